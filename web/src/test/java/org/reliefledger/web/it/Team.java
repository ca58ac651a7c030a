package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/**
 * Users of every role, freshly created by the test administrator under unique names, and the steps
 * of the disbursement flow they take over the API.
 */
final class Team {

  static final String PASSWORD = "it-password-0123";
  private static final String SECOND_ADMIN_PREFIX = "it-admin2-";

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  final ApiClient admin;
  final String intakeName;
  final ApiClient intake;
  final ApiClient otherIntake;
  final String otherIntakeName;
  final String committee1Name;
  final ApiClient committee1;
  final ApiClient committee2;
  final ApiClient committee3;
  final String treasurerName;
  final ApiClient treasurer;
  final String auditorName;
  final ApiClient auditor;

  private Team(ApiClient anonymous) {
    admin = anonymous.asAdmin();
    intakeName = "intake-" + suffix;
    intake = admin.newUser(intakeName, PASSWORD, "INTAKE");
    otherIntakeName = "intake2-" + suffix;
    otherIntake = admin.newUser(otherIntakeName, PASSWORD, "INTAKE");
    committee1Name = "committee1-" + suffix;
    committee1 = admin.newUser(committee1Name, PASSWORD, "COMMITTEE");
    committee2 = admin.newUser("committee2-" + suffix, PASSWORD, "COMMITTEE");
    committee3 = admin.newUser("committee3-" + suffix, PASSWORD, "COMMITTEE");
    treasurerName = "treasurer-" + suffix;
    treasurer = admin.newUser(treasurerName, PASSWORD, "TREASURER");
    auditorName = "auditor-" + suffix;
    auditor = admin.newUser(auditorName, PASSWORD, "AUDITOR");
  }

  static Team create(ApiClient anonymous) {
    return new Team(anonymous);
  }

  /**
   * An enabled administrator other than the deployment's (for what takes two): one an earlier test
   * made, or a new one, confirmed by a committee member while {@code admin} is the only one.
   */
  static ApiClient secondAdmin(ApiClient admin) {
    var listed = admin.get("users?limit=500").json().getJsonArray("items");
    for (JsonObject user : listed.getValuesAs(JsonObject.class)) {
      if (user.getString("username").startsWith(SECOND_ADMIN_PREFIX)
          && user.getBoolean("enabled")
          && user.getJsonArray("roles").toString().contains("\"ADMIN\"")) {
        return admin.as(user.getString("username"), PASSWORD);
      }
    }
    // The deployment's administrator is the only one: a committee member confirms the second.
    String name = SECOND_ADMIN_PREFIX + UUID.randomUUID().toString().substring(0, 8);
    var created =
        admin.post(
            "users",
            "{\"username\":\""
                + name
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"roles\":[\"ADMIN\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(202);
    long grant = created.json().getJsonObject("grant").getJsonNumber("id").longValue();
    var member =
        admin.newUser(
            "committee-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD, "COMMITTEE");
    var confirmed = member.post("users/role-grants/" + grant + "/confirmation", "");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    return admin.as(name, PASSWORD);
  }

  /** Intake opens a case with the canary details; returns its code. */
  String openCaseWithDetails(String detailsJson) {
    var opened =
        intake.post(
            "cases",
            "{\"householdSize\":3,\"area\":\""
                + admin.area("EASTSIDE", "Eastside")
                + "\",\"languages\":[\"es\"],\"pii\":"
                + detailsJson
                + "}");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    return opened.json().getString("code");
  }

  /**
   * The treasurer adds an unrestricted fund of this team's own, under a unique code, and records a
   * check donation of {@code amount} into it today; returns the fund's code. Holds that other tests
   * leave on shared funds cannot get in its way.
   */
  Fund fundOfItsOwn(String amount) {
    String code = "T-" + suffix.toUpperCase(Locale.ROOT);
    String name = "Team fund " + suffix;
    var added =
        treasurer.post(
            "funds", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"restricted\":false}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    var donation =
        treasurer.post(
            "donations",
            "{\"date\":\""
                + LocalDate.now(ZoneOffset.UTC)
                + "\",\"amount\":\""
                + amount
                + "\",\"fund\":\""
                + code
                + "\",\"depositAccount\":\"1000\",\"method\":\"CHECK\"}");
    assertThat(donation.status()).as(donation.toString()).isEqualTo(201);
    return new Fund(code, name);
  }

  record Fund(String code, String name) {}

  /** Intake asks for 25.00 of rent for the case from {@code fund}; returns the request's id. */
  long openRequest(String code, String fund, String justification) {
    var opened =
        intake.post(
            "disbursement-requests",
            "{\"case\":\""
                + code
                + "\",\"category\":\"RENT\",\"amount\":\"25.00\",\"fund\":\""
                + fund
                + "\",\"payee\":\"LANDLORD\",\"justification\":\""
                + justification
                + "\"}");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    return opened.json().getJsonNumber("id").longValue();
  }
}
