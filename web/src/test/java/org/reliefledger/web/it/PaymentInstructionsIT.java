package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payment instructions over the API as each role meets them: intake assigned to the case writes
 * them, only the treasurer reads them and only while the request is approved (audited as a PII
 * read), and paying, cancelling or shredding removes them from the database. Also: an idempotency
 * fingerprint holds no hash of a payment reference or a donor.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentInstructionsIT {

  private static final String PAYEE = "Qzinstrcanary Landlordson";
  private static final String HANDLE = "@qzinstrhandle";
  private static final String ADDRESS = "41 Qzinstraddress Row";
  private static final String MEMO = "Qzinstrmemo May rent";
  private static final String INSTRUCTIONS =
      "{\"payeeName\":\""
          + PAYEE
          + "\",\"method\":\"zelle\",\"account\":\""
          + HANDLE
          + "\",\"address\":\""
          + ADDRESS
          + "\",\"memo\":\""
          + MEMO
          + "\"}";

  @ArquillianResource URL base;

  @Resource(lookup = "java:app/jdbc/relief")
  DataSource dataSource;

  @Test
  void intakeGivesThemOnlyTheTreasurerReadsThemWhileApprovedAndPayingDeletesThem()
      throws SQLException {
    Team team = Team.create(ApiClient.anonymous(base));
    Team.Fund fund = team.fundOfItsOwn("500.00");
    String code = team.openCaseWithDetails("{\"notes\":\"instructions test\"}");
    long request = team.openRequest(code, fund.code(), "Rent arrears");
    String path = path(request);

    assertThat(team.intake.put(path, INSTRUCTIONS).status()).isEqualTo(204);
    assertThat(storedInstructions(request)).isEqualTo(1);
    assertRefused(team.intake.put(path, INSTRUCTIONS.replace("zelle", "pigeon")), 422, "method");
    assertRefused(team.intake.put(path, INSTRUCTIONS.replace(PAYEE, " ")), 422, "payeeName");
    for (ApiClient notAssigned : List.of(team.otherIntake, team.committee1, team.treasurer)) {
      assertThat(notAssigned.put(path, INSTRUCTIONS).status()).isEqualTo(403);
    }
    assertRefused(team.treasurer.get(path), 409, null);

    approve(team, request);
    ApiClient.Reply read = team.treasurer.get(path);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    JsonObject instructions = read.json();
    assertThat(instructions.getString("payeeName")).isEqualTo(PAYEE);
    assertThat(instructions.getString("method")).isEqualTo("ZELLE");
    assertThat(instructions.getString("account")).isEqualTo(HANDLE);
    assertThat(instructions.getString("address")).isEqualTo(ADDRESS);
    assertThat(instructions.getString("memo")).isEqualTo(MEMO);
    for (ApiClient notTreasurer :
        List.of(team.committee1, team.committee3, team.auditor, team.admin, team.intake)) {
      ApiClient.Reply refused = notTreasurer.get(path);
      assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
      assertThat(refused.text()).doesNotContain("Qzinstr");
    }
    JsonObject audited =
        team.auditor.get("audit-events?type=PII_READ&actor=" + team.treasurerName).json();
    assertThat(audited.getInt("total")).isEqualTo(1);
    JsonObject event = audited.getJsonArray("items").getJsonObject(0);
    assertThat(event.getString("objectId")).isEqualTo(Long.toString(request));
    assertThat(event.getString("detail")).isEqualTo("payment-instructions");
    assertThat(team.auditor.get("audit-events").text()).doesNotContain("Qzinstr");

    ApiClient.Reply paid = pay(team, request, "rent TRF-1", null);
    assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    assertRefused(team.treasurer.get(path), 410, null);
    assertThat(storedInstructions(request)).isZero();
    assertRefused(team.intake.put(path, INSTRUCTIONS), 409, null);
  }

  @Test
  void cancellingOrShreddingTheCaseDeletesThem() throws SQLException {
    Team team = Team.create(ApiClient.anonymous(base));
    Team.Fund fund = team.fundOfItsOwn("500.00");
    String code = team.openCaseWithDetails("{\"notes\":\"instructions test\"}");
    long cancelled = team.openRequest(code, fund.code(), "Rent arrears");
    long open = team.openRequest(code, fund.code(), "Utilities");
    assertThat(team.intake.put(path(cancelled), INSTRUCTIONS).status()).isEqualTo(204);
    assertThat(team.intake.put(path(open), INSTRUCTIONS).status()).isEqualTo(204);
    approve(team, cancelled);

    ApiClient.Reply cancelling =
        team.treasurer.post(
            "disbursement-requests/" + cancelled + "/cancellation", "{\"reason\":\"moved\"}");
    assertThat(cancelling.status()).as(cancelling.toString()).isEqualTo(204);
    assertRefused(team.treasurer.get(path(cancelled)), 410, null);
    assertThat(storedInstructions(cancelled)).isZero();
    assertThat(storedInstructions(open)).isEqualTo(1);

    assertThat(team.intake.post("cases/" + code + "/shred", "").status()).isEqualTo(204);
    assertThat(storedInstructions(open)).isZero();
    assertRefused(team.intake.put(path(open), INSTRUCTIONS), 410, null);
  }

  /**
   * A stored SHA-256 of a payment reference or a donor's name would confirm a guess of it: the
   * fingerprint of two donations that differ only in their donor is the same, and a payment
   * repeated under its key with another reference is the same payment.
   */
  @Test
  void anIdempotencyFingerprintHoldsNoHashOfAReferenceOrADonor() throws SQLException {
    Team team = Team.create(ApiClient.anonymous(base));
    Team.Fund fund = team.fundOfItsOwn("500.00");
    String first = "fp-" + UUID.randomUUID();
    String second = "fp-" + UUID.randomUUID();
    donate(team, fund, first, "Qzfpdonor Alpha", "alpha@qzfp.example");
    donate(team, fund, second, "Qzfpdonor Beta", "beta@qzfp.example");
    assertThat(fingerprint(first)).isNotNull().isEqualTo(fingerprint(second));

    String code = team.openCaseWithDetails("{\"notes\":\"fingerprint test\"}");
    long request = team.openRequest(code, fund.code(), "Rent arrears");
    approve(team, request);
    String key = "fp-" + UUID.randomUUID();
    ApiClient.Reply paid = pay(team, request, "Qzfpref cheque to Alpha", key);
    ApiClient.Reply repeated = pay(team, request, "Qzfpref cheque to Beta", key);
    assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    assertThat(repeated.status()).as(repeated.toString()).isEqualTo(201);
    assertThat(repeated.json().getJsonNumber("journalEntryId"))
        .isEqualTo(paid.json().getJsonNumber("journalEntryId"));
  }

  private static String path(long request) {
    return "disbursement-requests/" + request + "/payment-instructions";
  }

  private static void assertRefused(ApiClient.Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    JsonObject error = reply.json();
    assertThat(error.getString("error")).isNotBlank();
    assertThat(error.getString("message")).doesNotContain("Qzinstr", "pigeon");
    if (field != null) {
      assertThat(error.getString("field")).isEqualTo(field);
    }
  }

  /** As many of the team's committee members approve as the request needs (2 at this amount). */
  private static void approve(Team team, long request) {
    int needed =
        team.treasurer.get("disbursement-requests/" + request).json().getInt("votesNeeded");
    List<ApiClient> members = List.of(team.committee1, team.committee2, team.committee3);
    assertThat(needed).isBetween(1, members.size());
    for (ApiClient member : members.subList(0, needed)) {
      ApiClient.Reply vote =
          member.post("disbursement-requests/" + request + "/votes", "{\"decision\":\"APPROVE\"}");
      assertThat(vote.status()).as(vote.toString()).isEqualTo(200);
    }
    assertThat(team.treasurer.get("disbursement-requests/" + request).json().getString("status"))
        .isEqualTo("APPROVED");
  }

  private static ApiClient.Reply pay(Team team, long request, String reference, String key) {
    String body =
        "{\"date\":\""
            + LocalDate.now(ZoneOffset.UTC)
            + "\",\"fromAccount\":\"1000\",\"reference\":\""
            + reference
            + "\"}";
    String payment = "disbursement-requests/" + request + "/payment";
    return key == null
        ? team.treasurer.post(payment, body)
        : team.treasurer.post(payment, body, Map.of("Idempotency-Key", key));
  }

  private static void donate(Team team, Team.Fund fund, String key, String name, String email) {
    ApiClient.Reply donation =
        team.treasurer.post(
            "donations",
            "{\"date\":\""
                + LocalDate.now(ZoneOffset.UTC)
                + "\",\"amount\":\"10.00\",\"fund\":\""
                + fund.code()
                + "\",\"depositAccount\":\"1000\",\"method\":\"CARD\",\"donor\":{\"name\":\""
                + name
                + "\",\"email\":\""
                + email
                + "\"}}",
            Map.of("Idempotency-Key", key));
    assertThat(donation.status()).as(donation.toString()).isEqualTo(201);
  }

  private long storedInstructions(long request) throws SQLException {
    return ((Number)
            valueOf("SELECT COUNT(*) FROM payment_instructions WHERE request_id = ?", request))
        .longValue();
  }

  private String fingerprint(String key) throws SQLException {
    return (String)
        valueOf(
            "SELECT request_fingerprint FROM idempotency_record WHERE idempotency_key = ?", key);
  }

  /** The first column of the first row {@code sql} finds with {@code parameter}, or null. */
  private Object valueOf(String sql, Object parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setObject(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getObject(1) : null;
      }
    }
  }
}
