package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reliefledger.cases.boundary.AreaAddition;
import org.reliefledger.cases.boundary.Areas;
import org.reliefledger.cases.boundary.CaseOpening;
import org.reliefledger.cases.boundary.Cases;
import org.reliefledger.cases.entity.CaseCode;
import org.reliefledger.cases.vault.DataKey;
import org.reliefledger.cases.vault.PiiRecord;
import org.reliefledger.cases.vault.SealBrokenException;
import org.reliefledger.cases.vault.Sealed;
import org.reliefledger.cases.vault.WrappedKey;
import org.reliefledger.cases.vault.boundary.Caller;
import org.reliefledger.cases.vault.boundary.RetentionTimer;
import org.reliefledger.cases.vault.boundary.ShredOutcome;
import org.reliefledger.cases.vault.boundary.Vault;
import org.reliefledger.cases.vault.control.VaultKeys;
import org.reliefledger.disbursement.boundary.Disbursements;
import org.reliefledger.disbursement.boundary.RequestDraft;
import org.reliefledger.disbursement.boundary.RequestOpening;
import org.reliefledger.disbursement.entity.Payee;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.SpendingCategory;

/**
 * The vault in a real Payara Micro. Canary personal details planted through the API reach only the
 * intake users assigned to the case: no other role's response, no server log line, no database
 * dump. Shredding and the retention timer destroy them for good; master key rotation keeps them
 * readable.
 */
@ExtendWith(ArquillianExtension.class)
class VaultIT {

  private static final String CANARY_JSON =
      "{\"name\":\"Zyxwvut Quokkacanary\",\"phone\":\"+1 555 0199 4242\","
          + "\"address\":\"77 Canarywharf Lane\",\"notes\":\"canarynote: fled Quokkaland\"}";
  private static final PiiRecord CANARY =
      new PiiRecord(
          "Zyxwvut Quokkacanary",
          "+1 555 0199 4242",
          "77 Canarywharf Lane",
          "canarynote: fled Quokkaland");
  private static final String CANARY_JUSTIFICATION = "canaryjust Zyxwvut owes rent after the raid";

  /** A documentation address (RFC 5737) that a proxy reports as the client's. */
  private static final String CANARY_CLIENT_ADDRESS = "203.0.113.77";

  private static final int POSTGRESQL_PORT = 5432;

  // Free text about a request and a donor's details: sealed, read only by who needs them.
  private static final String CANARY_COMMENT = "Qzvotecanary: the landlord Pemberton is cruel";
  private static final String CANARY_RECUSAL = "Qzrecusecanary: I know the family";
  private static final String CANARY_REFERENCE = "Qzrefcanary cheque to Pemberton";
  private static final String CANARY_CANCELLATION = "Qzcancelcanary: the family moved away";
  private static final String CANARY_DONOR_NAME = "Qzdonorcanary Fairweather";
  private static final String CANARY_DONOR_EMAIL = "qzdonormail@canary.example";

  private static final List<String> CANARIES =
      List.of(
          "Zyxwvut",
          "Quokkacanary",
          "555 0199 4242",
          "Canarywharf",
          "canarynote",
          "canaryjust",
          "Qzvotecanary",
          "Pemberton",
          "Qzrecusecanary",
          "Qzrefcanary",
          "Qzcancelcanary",
          "Qzdonorcanary",
          "qzdonormail");

  @ArquillianResource URL base;

  @Resource(lookup = "java:app/jdbc/relief")
  DataSource dataSource;

  @EJB Vault vault;

  @EJB VaultKeys keys;

  @EJB RetentionTimer retention;

  @EJB Cases cases;

  @EJB Areas areas;

  @EJB Disbursements disbursements;

  // ---- over HTTP, as each role uses the API

  @Test
  @RunAsClient
  void canaryDetailsReachOnlyTheAssignedIntakeAndNoLogOrWorkbook() throws IOException {
    // Over loopback, so that this client's own address is 127.0.0.1: not to be logged either.
    Team team =
        Team.create(ApiClient.anonymous(overLoopback(base)).forwardedFor(CANARY_CLIENT_ADDRESS));
    Team.Fund fund = team.fundOfItsOwn("500.00");
    String code = team.openCaseWithDetails(CANARY_JSON);
    long request = team.openRequest(code, fund.code(), CANARY_JUSTIFICATION);
    String requestPath = "disbursement-requests/" + request;
    List<ApiClient.Reply> othersSaw = new ArrayList<>();
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    othersSaw.add(team.committee1.post(requestPath + "/votes", "{\"decision\":\"APPROVE\"}"));
    othersSaw.add(team.committee2.post(requestPath + "/votes", "{\"decision\":\"APPROVE\"}"));
    ApiClient.Reply payment =
        team.treasurer.post(
            requestPath + "/payment",
            "{\"date\":\"" + today + "\",\"fromAccount\":\"1000\",\"reference\":\"rent\"}");
    assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
    othersSaw.add(payment);
    for (ApiClient books : List.of(team.treasurer, team.auditor)) {
      othersSaw.add(books.get("journal-entries"));
      othersSaw.add(books.get("reports/trial-balance"));
      othersSaw.add(books.get("ledger/verify"));
      othersSaw.add(books.get("funds"));
    }
    for (ApiClient other : List.of(team.committee1, team.treasurer, team.auditor, team.admin)) {
      othersSaw.add(other.get("cases/" + code));
      othersSaw.add(other.get("cases/" + code + "/pii?reason=OTHER"));
      othersSaw.add(other.get("disbursement-requests"));
      othersSaw.add(other.get(requestPath));
      othersSaw.add(other.get("users"));
    }
    for (ApiClient notVoting : List.of(team.treasurer, team.auditor, team.admin, team.intake)) {
      othersSaw.add(notVoting.get(requestPath + "/justification"));
    }
    othersSaw.add(team.otherIntake.get("cases/" + code + "/pii?reason=OTHER"));

    ApiClient.Reply intakeReads =
        team.intake.get("cases/" + code + "/pii?reason=CONTACT_HOUSEHOLD");
    ApiClient.Reply memberReads = team.committee3.get(requestPath + "/justification");

    assertThat(intakeReads.status()).as(intakeReads.toString()).isEqualTo(200);
    assertThat(intakeReads.json().getString("name")).isEqualTo(CANARY.name());
    assertThat(intakeReads.json().getString("notes")).isEqualTo(CANARY.notes());
    assertThat(memberReads.status()).as(memberReads.toString()).isEqualTo(200);
    assertThat(memberReads.json().getString("justification")).isEqualTo(CANARY_JUSTIFICATION);
    for (ApiClient.Reply reply : othersSaw) {
      assertNoCanaryIn(reply.text());
    }
    assertTheBooksBalanceAfterPaying(team.auditor, fund, "475.00");
    assertNoCanaryInAnyWorkbook(team.auditor, fund);
    String serverLog = LeakSearch.serverLog();
    assertThat(serverLog).contains("Vault opened");
    assertNoCanaryIn(serverLog);
    assertThat(serverLog).doesNotContain(CANARY_CLIENT_ADDRESS);
    assertThat(ClientAddresses.loopbackClients(serverLog, Set.of(POSTGRESQL_PORT, base.getPort())))
        .isEmpty();
  }

  /**
   * Vote comments, recusal and cancellation reasons, payment references and donors planted through
   * the API: the eligible committee member reads the comment and reasons, the treasurer the payment
   * reference and the donor; the requester, a recused member, the auditor and the admin read none.
   * None reaches another response, a workbook, the server log, or the database as an attacker reads
   * it (the H2 files themselves, or pg_dump).
   */
  @Test
  @RunAsClient
  void notesAndDonorsAreSealedAndReadOnlyByThoseWhoNeedThem() throws Exception {
    Team team = Team.create(ApiClient.anonymous(base));
    ApiClient recused =
        team.admin.newUser(
            "recused-" + UUID.randomUUID().toString().substring(0, 8), Team.PASSWORD, "COMMITTEE");
    Team.Fund fund = team.fundOfItsOwn("500.00");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    ApiClient.Reply donation =
        team.treasurer.post(
            "donations",
            "{\"date\":\""
                + today
                + "\",\"amount\":\"20.00\",\"fund\":\""
                + fund.code()
                + "\",\"depositAccount\":\"1000\",\"method\":\"CARD\",\"donor\":{\"name\":\""
                + CANARY_DONOR_NAME
                + "\",\"email\":\""
                + CANARY_DONOR_EMAIL
                + "\"}}");
    assertThat(donation.status()).as(donation.toString()).isEqualTo(201);
    assertThat(donation.json().getString("donorDetails")).isEqualTo("SEALED");
    String code = team.openCaseWithDetails(CANARY_JSON);
    long paid = team.openRequest(code, fund.code(), CANARY_JUSTIFICATION);
    long cancelled = team.openRequest(code, fund.code(), CANARY_JUSTIFICATION);
    List<ApiClient.Reply> othersSaw = new ArrayList<>();
    othersSaw.add(donation);
    for (long request : List.of(paid, cancelled)) {
      String path = "disbursement-requests/" + request;
      othersSaw.add(recused.post(path + "/recusal", "{\"reason\":\"" + CANARY_RECUSAL + "\"}"));
      othersSaw.add(
          team.committee1.post(
              path + "/votes",
              "{\"decision\":\"APPROVE\",\"comment\":\"" + CANARY_COMMENT + "\"}"));
      othersSaw.add(team.committee2.post(path + "/votes", "{\"decision\":\"APPROVE\"}"));
    }
    othersSaw.add(
        team.treasurer.post(
            "disbursement-requests/" + paid + "/payment",
            "{\"date\":\""
                + today
                + "\",\"fromAccount\":\"1000\",\"reference\":\""
                + CANARY_REFERENCE
                + "\"}"));
    ApiClient.Reply cancelling =
        team.treasurer.post(
            "disbursement-requests/" + cancelled + "/cancellation",
            "{\"reason\":\"" + CANARY_CANCELLATION + "\"}");
    assertThat(cancelling.status()).as(cancelling.toString()).isEqualTo(204);

    String paidNotes = "disbursement-requests/" + paid + "/notes";
    ApiClient.Reply memberReads = team.committee3.get(paidNotes);
    ApiClient.Reply memberReadsCancelled =
        team.committee3.get("disbursement-requests/" + cancelled + "/notes");
    ApiClient.Reply treasurerReads = team.treasurer.get(paidNotes);
    ApiClient.Reply treasurerReadsDonor =
        team.treasurer.get("donations/" + donation.json().getJsonNumber("id") + "/donor");

    assertThat(memberReads.status()).as(memberReads.toString()).isEqualTo(200);
    assertThat(memberReads.text())
        .contains(CANARY_COMMENT, CANARY_RECUSAL)
        .doesNotContain(CANARY_REFERENCE);
    assertThat(memberReadsCancelled.text()).contains(CANARY_CANCELLATION, CANARY_COMMENT);
    assertThat(treasurerReads.status()).as(treasurerReads.toString()).isEqualTo(200);
    assertThat(treasurerReads.text())
        .contains(CANARY_REFERENCE)
        .doesNotContain(CANARY_COMMENT, CANARY_RECUSAL);
    assertThat(treasurerReadsDonor.status()).isEqualTo(200);
    assertThat(treasurerReadsDonor.json().getString("name")).isEqualTo(CANARY_DONOR_NAME);
    assertThat(treasurerReadsDonor.json().getString("email")).isEqualTo(CANARY_DONOR_EMAIL);
    for (ApiClient refused : List.of(team.intake, recused, team.auditor, team.admin)) {
      ApiClient.Reply reply = refused.get(paidNotes);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
      othersSaw.add(reply);
    }
    for (ApiClient refused : List.of(team.committee3, team.auditor, team.intake)) {
      othersSaw.add(refused.get("donations/" + donation.json().getJsonNumber("id") + "/donor"));
    }
    for (ApiClient anyone : List.of(team.committee3, team.treasurer, team.auditor)) {
      othersSaw.add(anyone.get("disbursement-requests/" + paid));
      othersSaw.add(anyone.get("disbursement-requests"));
      othersSaw.add(anyone.get("journal-entries"));
    }
    for (ApiClient.Reply reply : othersSaw) {
      assertNoCanaryIn(reply.text());
    }
    assertNoCanaryInAnyWorkbook(team.auditor, fund);
    assertNoCanaryIn(LeakSearch.serverLog());
    String database = LeakSearch.databaseAsAnAttackerReadsIt();
    assertThat(database).contains(code);
    assertNoCanaryIn(database);
  }

  @Test
  @RunAsClient
  void onlyIntakeAssignedToTheCaseReadsItsDetails() {
    Team team = Team.create(ApiClient.anonymous(base));
    String code = team.openCaseWithDetails(CANARY_JSON);
    String pii = "cases/" + code + "/pii";

    for (ApiClient refused :
        List.of(team.committee1, team.treasurer, team.auditor, team.admin, team.otherIntake)) {
      assertThat(refused.get(pii + "?reason=OTHER").status()).isEqualTo(403);
    }
    assertThat(team.intake.get(pii).status()).isEqualTo(400);
    var typedReason = team.intake.get(pii + "?reason=because%20I%20want%20to");
    assertThat(typedReason.status()).isEqualTo(400);
    assertThat(typedReason.json().getString("error")).isEqualTo("reason_required");
    assertThat(typedReason.text()).contains("CONTACT_HOUSEHOLD").doesNotContain("because");
    assertThat(team.otherIntake.post("cases/" + code + "/shred", "").status()).isEqualTo(403);

    String assignments = "vault/cases/" + code + "/intake-assignments";
    // A name no account has yet (to be created later) and a user without INTAKE are refused.
    for (String notIntake : List.of(team.otherIntakeName + "-later", team.treasurerName)) {
      var refused = team.admin.post(assignments, "{\"username\":\"" + notIntake + "\"}");
      assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
      assertThat(refused.json().getString("error")).isEqualTo("not_an_intake_user");
    }
    var later = team.admin.newUser(team.otherIntakeName + "-later", Team.PASSWORD, "INTAKE");
    assertThat(later.get(pii + "?reason=OTHER").status()).isEqualTo(403);
    var assigned = team.admin.post(assignments, "{\"username\":\"" + team.otherIntakeName + "\"}");
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(202);
    assertThat(team.otherIntake.get(pii + "?reason=ARRANGE_PAYMENT").status())
        .as("not before a second administrator confirms")
        .isEqualTo(403);
    String confirmation = assignments + "/" + team.otherIntakeName + "/confirmation";
    assertThat(team.admin.post(confirmation, "").status()).as("by its proposer").isEqualTo(403);
    assertThat(team.admin.get("vault/intake-assignments").text()).contains(code);
    var confirmed = Team.secondAdmin(team.admin).post(confirmation, "");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
    var trail =
        team.auditor.get("audit-events?type=CASE_INTAKE_ASSIGNMENT_PROPOSED&actor=admin&limit=500");
    assertThat(trail.text())
        .contains(code + "\"")
        .contains("user=" + team.otherIntakeName + "\"")
        .doesNotContain("user=" + team.treasurerName);
    var nowReads = team.otherIntake.get(pii + "?reason=ARRANGE_PAYMENT");
    assertThat(nowReads.status()).isEqualTo(200);
    assertThat(nowReads.json().getString("phone")).isEqualTo(CANARY.phone());
  }

  @Test
  @RunAsClient
  void theAuditTrailShowsAuditorsEveryReadAndExportAndNothingPersonal() {
    Team team = Team.create(ApiClient.anonymous(base));
    Team.Fund fund = team.fundOfItsOwn("500.00");
    String code = team.openCaseWithDetails(CANARY_JSON);
    long request = team.openRequest(code, fund.code(), CANARY_JUSTIFICATION);
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    assertThat(team.intake.get("cases/" + code + "/pii?reason=CONTACT_HOUSEHOLD").status())
        .isEqualTo(200);
    assertThat(team.committee1.get("disbursement-requests/" + request + "/justification").status())
        .isEqualTo(200);
    assertThat(team.auditor.get("reports/trial-balance.xlsx?asOf=" + today).status())
        .isEqualTo(200);

    for (ApiClient notAuditor : List.of(team.admin, team.treasurer, team.committee1, team.intake)) {
      assertThat(notAuditor.get("audit-events").status()).isEqualTo(403);
    }
    JsonObject read =
        onlyEvent(
            team.auditor,
            "type=PII_READ&actor=" + team.intakeName + "&from=" + today + "&to=" + today);
    assertThat(read.getString("objectType")).isEqualTo("case");
    assertThat(read.getString("objectId")).isEqualTo(code);
    assertThat(read.getString("detail")).isEqualTo("reason=CONTACT_HOUSEHOLD");
    JsonObject justification =
        onlyEvent(team.auditor, "type=JUSTIFICATION_READ&actor=" + team.committee1Name);
    assertThat(justification.getString("objectId")).isEqualTo(Long.toString(request));
    JsonObject export = onlyEvent(team.auditor, "type=REPORT_EXPORTED&actor=" + team.auditorName);
    assertThat(export.getString("objectId")).isEqualTo("trial-balance");
    assertThat(export.getString("detail")).isEqualTo("as of " + today);
    assertThat(team.auditor.get("audit-events?type=PII_READ&to=2000-01-01").json().getInt("total"))
        .isZero();

    // The intake user opened the case, sealed its details, opened the request, read the details.
    var byIntake = team.auditor.get("audit-events?actor=" + team.intakeName).json();
    assertThat(byIntake.getInt("total")).isEqualTo(4);
    List<String> newestFirst =
        byIntake.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("action"))
            .toList();
    assertThat(newestFirst)
        .containsExactly("PII_READ", "REQUEST_OPENED", "PII_SEALED", "CASE_OPENED");
    for (int offset = 0; offset < 4; offset += 3) {
      var page =
          team.auditor.get("audit-events?limit=3&offset=" + offset + "&actor=" + team.intakeName);
      assertThat(page.json().getInt("total")).isEqualTo(4);
      assertThat(
              page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                  .map(e -> e.getString("action")))
          .containsExactlyElementsOf(newestFirst.subList(offset, Math.min(offset + 3, 4)));
    }

    for (String bad :
        List.of(
            "from=2026-02-30",
            "from=2026-03-02&to=2026-03-01",
            "limit=0",
            "limit=501",
            "offset=-1",
            "type=PII%20READ",
            "actor=Robert%27)%3B--")) {
      var refused = team.auditor.get("audit-events?" + bad);
      assertThat(refused.status()).as(bad).isEqualTo(422);
      assertThat(refused.json().getString("error")).as(bad).isNotBlank();
    }

    // The whole trail, page by page: no personal detail planted today is in it.
    int total = team.auditor.get("audit-events?limit=1").json().getInt("total");
    for (int offset = 0; offset < total; offset += 500) {
      assertNoCanaryIn(team.auditor.get("audit-events?limit=500&offset=" + offset).text());
    }
  }

  /** The one audit event that {@code query} selects. */
  private static JsonObject onlyEvent(ApiClient auditor, String query) {
    var reply = auditor.get("audit-events?" + query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().getInt("total")).as(query).isEqualTo(1);
    return reply.json().getJsonArray("items").getJsonObject(0);
  }

  @Test
  @RunAsClient
  void shreddingMakesTheDetailsGoneAndRotationKeepsOthersReadable() {
    Team team = Team.create(ApiClient.anonymous(base));
    String shredded = team.openCaseWithDetails(CANARY_JSON);
    String kept = team.openCaseWithDetails(CANARY_JSON);
    ApiClient.Reply donation =
        team.treasurer.post(
            "donations",
            "{\"date\":\""
                + LocalDate.now(ZoneOffset.UTC)
                + "\",\"amount\":\"5.00\",\"fund\":\"GENERAL\",\"depositAccount\":\"1000\","
                + "\"method\":\"CASH\",\"donor\":{\"name\":\""
                + CANARY_DONOR_NAME
                + "\"}}");
    assertThat(donation.status()).as(donation.toString()).isEqualTo(201);

    assertThat(team.intake.post("cases/" + shredded + "/shred", "").status()).isEqualTo(204);
    assertThat(team.intake.get("cases/" + shredded + "/pii?reason=OTHER").status()).isEqualTo(410);
    assertThat(team.admin.post("cases/" + shredded + "/shred", "").status()).isEqualTo(204);

    assertThat(team.treasurer.post("vault/master-key/rotation", "{}").status()).isEqualTo(403);
    var rotated = team.admin.post("vault/master-key/rotation", "{}");
    assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
    assertThat(rotated.json().getInt("rewrapped")).isPositive();
    var read = team.intake.get("cases/" + kept + "/pii?reason=OTHER");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getString("address")).isEqualTo(CANARY.address());
    var donor = team.treasurer.get("donations/" + donation.json().getJsonNumber("id") + "/donor");
    assertThat(donor.status()).as("a donor key is re-wrapped too").isEqualTo(200);
    assertThat(donor.json().getString("name")).isEqualTo(CANARY_DONOR_NAME);
  }

  /**
   * Payara's access log would start each line with the client's address: the shipped jar must leave
   * it off (no {@code --accesslog} when it was built, and off in its domain).
   */
  @Test
  @RunAsClient
  void theShippedJarWritesNoAccessLog() throws IOException {
    try (ZipFile jar =
        new ZipFile(System.getProperty("relief.test.jar", "target/relief-ledger.jar"))) {
      assertThat(entryText(jar, "MICRO-INF/deploy/payaramicro.properties"))
          .contains("payaramicro.enableAccessLog=false");
      assertThat(entryText(jar, "MICRO-INF/domain/domain.xml"))
          .contains("access-logging-enabled=\"false\"")
          .doesNotContain("access-logging-enabled=\"true\"");
    }
  }

  // ---- in the server, with the database and the keys at hand

  @Test
  void aFullDatabaseDumpHoldsNoCanary() throws Exception {
    String code = openCase(CANARY);
    openRequest(code);

    String dump = dump();

    assertThat(dump).contains(code);
    assertNoCanaryIn(dump);
    for (String canary : CANARIES) {
      assertThat(dump)
          .doesNotContainIgnoringCase(
              HexFormat.of().formatHex(canary.getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void aShreddedCaseDoesNotOpenFromAnOldCopyEvenWithTheMasterKey() throws Exception {
    String code = openCase(CANARY);
    openCase(CANARY);
    long caseId = caseId(code);
    Sealed oldCopy = sealedEnvelope(caseId);

    ShredOutcome outcome = vault.shred(new CaseCode(code), new Caller("it-admin", Set.of("ADMIN")));

    assertThat(outcome).isInstanceOf(ShredOutcome.Shredded.class);
    assertThat(sealedEnvelopeCount(caseId)).isZero();
    List<DataKey> everyRemainingKey = remainingDataKeys();
    assertThat(everyRemainingKey).isNotEmpty();
    for (DataKey remaining : everyRemainingKey) {
      assertThatThrownBy(() -> PiiRecord.openWith(remaining, oldCopy, caseId))
          .isInstanceOf(SealBrokenException.class);
    }
  }

  /**
   * An adversary holding the server's current key file and every file of its database (PostgreSQL:
   * the database's table files and every WAL segment; H2: its file), after a checkpoint, opens no
   * data key of any shredded case. The same scan before the shred opens the canary's details, and
   * after it still opens the other cases' keys: it reads what is there.
   */
  @Test
  void theDatabaseFilesAndTheKeyFileOpenNoKeyOfAShreddedCase() throws Exception {
    String code = openCase(CANARY);
    openRequest(code);
    String kept = openCase(CANARY);
    long caseId = caseId(code);
    Sealed envelope = sealedEnvelope(caseId);

    Map<Long, List<byte[]>> before = attackTheFiles();
    assertThat(before).containsKey(caseId);
    assertThat(before.get(caseId))
        .as("the canary's data key, found in the files, opens its details")
        .anyMatch(key -> openedDetails(key, envelope, caseId).contains(CANARY.name()));

    ShredOutcome shred = vault.shred(new CaseCode(code), new Caller("it-admin", Set.of("ADMIN")));

    assertThat(shred).isInstanceOf(ShredOutcome.Shredded.class);
    Map<Long, List<byte[]>> after = attackTheFiles();
    assertThat(after).as("the scan still opens the kept case's key").containsKey(caseId(kept));
    assertThat(after.keySet()).doesNotContain(caseId).doesNotContainAnyElementsOf(shreddedCases());
  }

  @Test
  void retentionShredsExactlyTheCasesPastTheirDate() throws Exception {
    String quiet = openCase(CANARY);
    String stillAsking = openCase(CANARY);
    String recent = openCase(CANARY);
    openRequest(stillAsking);
    OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(200);
    update("UPDATE cases SET created_at = ? WHERE code IN (?, ?)", longAgo, quiet, stillAsking);
    update(
        "UPDATE disbursement_request SET opened_at = ? WHERE case_id = ?",
        longAgo,
        caseId(stillAsking));

    int shredded = retention.shredDue(Instant.now());

    assertThat(shredded).isPositive();
    assertThat(isShredded(quiet)).isTrue();
    assertThat(isShredded(stillAsking)).as("an open request keeps its case").isFalse();
    assertThat(isShredded(recent)).isFalse();
    assertThat(retention.shredDue(Instant.now())).as("a second run finds nothing new").isZero();
  }

  @Test
  void aCaseWhoseDetailsCannotBeSealedIsNotOpenedAtAll() throws Exception {
    String opener = "it-intake-unsealable";
    PiiRecord unsealable = new PiiRecord("Zyxwvut \uD800", CANARY.phone(), null, null);
    List<Long> before = caseAndVaultRowCounts();

    assertThatThrownBy(() -> cases.open(2, northside(), List.of("en"), unsealable, opener))
        .isInstanceOf(EJBException.class);

    assertThat(caseAndVaultRowCounts()).isEqualTo(before);
    assertThat(cases.openedBy(opener, 10)).isEmpty();
  }

  @Test
  void withoutAUsableMasterKeyNoCaseIsOpened() throws Exception {
    String opener = "it-intake-keyless";
    String primary = keys.keyring().primary().id();
    List<Long> before = caseAndVaultRowCounts();
    // What an instance sees after another one rotated its master key away.
    update(
        "UPDATE vault_master_key SET retired_at = ? WHERE key_id = ?",
        OffsetDateTime.now(ZoneOffset.UTC),
        primary);
    try {
      assertThatThrownBy(() -> cases.open(2, northside(), List.of("en"), CANARY, opener))
          .isInstanceOf(EJBException.class);
    } finally {
      update("UPDATE vault_master_key SET retired_at = NULL WHERE key_id = ?", primary);
    }

    assertThat(caseAndVaultRowCounts()).isEqualTo(before);
    assertThat(cases.openedBy(opener, 10)).isEmpty();
    assertThat(cases.open(2, northside(), List.of("en"), CANARY, opener))
        .as("the same opening, once the key is usable again")
        .isInstanceOf(CaseOpening.Opened.class);
  }

  // ---- helpers

  /** Checkpoints, then runs {@link RawFileAttack} on every file of the database. */
  private Map<Long, List<byte[]>> attackTheFiles() throws Exception {
    List<Path> files = databaseFiles();
    Path keyFile =
        ConfigProvider.getConfig()
            .getOptionalValue("relief.vault.key.file", String.class)
            .map(Path::of)
            .orElse(
                Path.of(
                    ConfigProvider.getConfig().getValue("relief.data.dir", String.class),
                    "vault.key"));
    return RawFileAttack.open(
        RawFileAttack.candidates(files), RawFileAttack.masterKeys(keyFile), allCaseIds());
  }

  /**
   * H2: its file. PostgreSQL: every file of this database's folder and every WAL segment, as root
   * on the server's machine reads them (skipped where they cannot be read).
   */
  private List<Path> databaseFiles() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      String url = connection.getMetaData().getURL();
      if (url.startsWith("jdbc:h2:file:")) {
        statement.execute("CHECKPOINT SYNC");
        String base = url.substring("jdbc:h2:file:".length()).split(";")[0];
        return List.of(Path.of(base + ".mv.db"));
      }
      statement.execute("CHECKPOINT");
      Path dataDirectory;
      long databaseOid;
      try (ResultSet row = statement.executeQuery("SHOW data_directory")) {
        row.next();
        dataDirectory = Path.of(row.getString(1));
      }
      try (ResultSet row =
          statement.executeQuery(
              "SELECT oid FROM pg_database WHERE datname = current_database()")) {
        row.next();
        databaseOid = row.getLong(1);
      }
      Path database = dataDirectory.resolve("base").resolve(Long.toString(databaseOid));
      Path wal = dataDirectory.resolve("pg_wal");
      assumeTrue(
          Files.isReadable(database) && Files.isReadable(wal),
          "the PostgreSQL server's files under " + dataDirectory + " cannot be read here");
      List<Path> files = new ArrayList<>();
      for (Path folder : List.of(database, wal)) {
        try (var listed = Files.list(folder)) {
          files.addAll(listed.filter(Files::isRegularFile).toList());
        }
      }
      assertThat(files).isNotEmpty();
      return files;
    }
  }

  private static String openedDetails(byte[] dataKey, Sealed envelope, long caseId) {
    try {
      return RawFileAttack.openDetails(dataKey, envelope.nonce(), envelope.ciphertext(), caseId);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Long> allCaseIds() throws SQLException {
    return ids("SELECT id FROM cases");
  }

  private List<Long> shreddedCases() throws SQLException {
    return ids("SELECT case_id FROM case_pii WHERE shredded_at IS NOT NULL");
  }

  private List<Long> ids(String query) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  /** The listed area the in-server openings use, added by the first test that needs it. */
  private String northside() {
    AreaAddition added = areas.add("NORTHSIDE", "Northside", "it-admin");
    assertThat(added).isInstanceOfAny(AreaAddition.Added.class, AreaAddition.Taken.class);
    return "NORTHSIDE";
  }

  /**
   * Rows of cases, data keys, sealed details and the cases' audit events (other components' timers
   * may audit meanwhile).
   */
  private List<Long> caseAndVaultRowCounts() throws SQLException {
    List<Long> counts = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table :
          List.of("cases", "case_key", "case_pii", "audit_event WHERE object_type = 'case'")) {
        try (ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          row.next();
          counts.add(row.getLong(1));
        }
      }
    }
    return counts;
  }

  private static URL overLoopback(URL server) throws IOException {
    return new URL(server.getProtocol(), "127.0.0.1", server.getPort(), server.getFile());
  }

  /**
   * The payment left the fund {@code balance}, nothing held, and the ledger balanced and intact.
   */
  private static void assertTheBooksBalanceAfterPaying(
      ApiClient auditor, Team.Fund fund, String balance) {
    JsonObject funded =
        auditor.get("funds?limit=500").json().getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .filter(f -> f.getString("code").equals(fund.code()))
            .findFirst()
            .orElseThrow();
    assertThat(funded.getString("balance")).isEqualTo(balance);
    assertThat(funded.getString("held")).isEqualTo("0.00");
    JsonObject trialBalance = auditor.get("reports/trial-balance").json();
    assertThat(trialBalance.getString("totalDebit"))
        .isEqualTo(trialBalance.getString("totalCredit"));
    assertThat(auditor.get("ledger/verify").json().getBoolean("valid")).isTrue();
  }

  private static void assertNoCanaryInAnyWorkbook(ApiClient auditor, Team.Fund fund)
      throws IOException {
    LeakSearch.assertNoneInAnyWorkbook(auditor, fund.code(), fund.name(), CANARIES);
  }

  private static String entryText(ZipFile zip, String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    assertThat(entry).as(name).isNotNull();
    try (var in = zip.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertNoCanaryIn(String text) {
    LeakSearch.assertNoneIn(text, CANARIES);
  }

  private String openCase(PiiRecord details) {
    CaseOpening opening = cases.open(2, northside(), List.of("en"), details, "it-intake");
    assertThat(opening).isInstanceOf(CaseOpening.Opened.class);
    return ((CaseOpening.Opened) opening).opened().code();
  }

  private void openRequest(String code) {
    RequestOpening opening =
        disbursements.open(
            new RequestDraft(
                code,
                SpendingCategory.RENT,
                Money.ofMinor(2500),
                "GENERAL",
                Payee.LANDLORD,
                CANARY_JUSTIFICATION),
            "it-intake");
    assertThat(opening).isInstanceOf(RequestOpening.Opened.class);
  }

  private long caseId(String code) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT id FROM cases WHERE code = ?")) {
      query.setString(1, code);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private boolean isShredded(String code) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT p.shredded_at FROM case_pii p JOIN cases c ON c.id = p.case_id"
                    + " WHERE c.code = ?")) {
      query.setString(1, code);
      try (ResultSet row = query.executeQuery()) {
        return row.next() && row.getObject(1) != null;
      }
    }
  }

  private Sealed sealedEnvelope(long caseId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT pii_nonce, pii_sealed FROM case_pii WHERE case_id = " + caseId)) {
      row.next();
      return new Sealed(row.getBytes(1), row.getBytes(2));
    }
  }

  private long sealedEnvelopeCount(long caseId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT COUNT(*) FROM case_key WHERE case_id = "
                    + caseId
                    + " UNION ALL SELECT COUNT(*) FROM case_pii WHERE pii_sealed IS NOT NULL"
                    + " AND case_id = "
                    + caseId)) {
      long total = 0;
      while (row.next()) {
        total += row.getLong(1);
      }
      return total;
    }
  }

  /** Every data key the database still holds, unwrapped with this instance's master key. */
  private List<DataKey> remainingDataKeys() throws SQLException {
    List<DataKey> remaining = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT case_id, master_key_id, wrap_nonce, wrapped_key FROM case_key")) {
      while (rows.next()) {
        WrappedKey wrapped =
            new WrappedKey(rows.getString(2), new Sealed(rows.getBytes(3), rows.getBytes(4)));
        remaining.add(keys.keyring().unwrap(wrapped, rows.getLong(1)));
      }
    }
    return remaining;
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        update.setObject(i + 1, parameters[i]);
      }
      assertThat(update.executeUpdate()).isPositive();
    }
  }

  /** The whole database as its own dump tool writes it: H2's SCRIPT, or pg_dump. */
  private String dump() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      if (connection.getMetaData().getDatabaseProductName().startsWith("H2")) {
        StringBuilder script = new StringBuilder();
        try (Statement statement = connection.createStatement();
            ResultSet lines = statement.executeQuery("SCRIPT")) {
          while (lines.next()) {
            script.append(lines.getString(1)).append('\n');
          }
        }
        return script.toString();
      }
    }
    var config = ConfigProvider.getConfig();
    return LeakSearch.pgDump(
        config.getValue("relief.db.url", String.class),
        config.getValue("relief.db.user", String.class),
        config.getValue("relief.db.password", String.class));
  }
}
