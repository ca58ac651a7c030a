package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.ChainVerification;
import org.reliefledger.ledger.entity.ChartResult;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.Side;
import org.reliefledger.ledger.entity.SpendingCategory;

/**
 * Disbursements in a real Payara Micro, over HTTP as intake, the committee and the treasurer use
 * them; the fund is fed and the books are checked through the {@link Ledger} injected in the
 * server. Each test makes its own users and fund, so the tests share nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DisbursementsIT {

  private static final String PASSWORD = "a-long-password-1";

  @ArquillianResource URL base;

  @Inject Ledger ledger;

  @Resource(lookup = "java:app/jdbc/relief")
  DataSource dataSource;

  private String run;
  private String fund;
  private ApiClient intake;
  private ApiClient treasurer;

  @BeforeEach
  void usersAndFund() {
    run = UUID.randomUUID().toString().substring(0, 6);
    fund = ("IT-" + run).toUpperCase();
    for (var member : List.of("ana", "ben", "cai")) {
      user(member, "COMMITTEE");
    }
    intake = user("intake", "INTAKE");
    treasurer = user("tess", "TREASURER");
    assertThat(ledger.addFund(fund, "Test fund " + run, true, EnumSet.of(SpendingCategory.RENT)))
        .isInstanceOf(ChartResult.Added.class);
  }

  private ApiClient user(String name, String role) {
    return ApiClient.anonymous(base).asAdmin().newUser(name + "-" + run, PASSWORD, role);
  }

  private ApiClient member(String name) {
    return ApiClient.anonymous(base).as(name + "-" + run, PASSWORD);
  }

  private void donate(String amount) {
    var money = Money.parse(amount);
    var posted =
        ledger.post(
            new EntryCommand(
                LocalDate.now(),
                "Donation",
                List.of(
                    new EntryCommand.Line("1000", fund, Side.DEBIT, money),
                    new EntryCommand.Line("4000", fund, Side.CREDIT, money))),
            null);
    assertThat(posted).isInstanceOf(EntryResult.Posted.class);
  }

  /** The fund as {@code GET /funds} shows it: {@code balance}, {@code held}, {@code available}. */
  private JsonObject fund() {
    var funds = treasurer.get("funds?limit=500");
    assertThat(funds.status()).isEqualTo(200);
    return funds.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("code").equals(fund))
        .findFirst()
        .orElseThrow();
  }

  private String openCase() {
    var opened = openCase(ApiClient.anonymous(base).asAdmin().area("EAST", "East"), "[\"es\"]");
    assertThat(opened.status()).isEqualTo(201);
    return opened.json().getString("code");
  }

  private ApiClient.Reply openCase(String area, String languages) {
    return intake.post(
        "cases", "{\"householdSize\":3,\"area\":\"" + area + "\",\"languages\":" + languages + "}");
  }

  private ApiClient.Reply request(String caseCode, String category, String amount) {
    return intake.post(
        "disbursement-requests",
        "{\"case\":\""
            + caseCode
            + "\",\"category\":\""
            + category
            + "\",\"amount\":\""
            + amount
            + "\",\"fund\":\""
            + fund
            + "\",\"payee\":\"LANDLORD\","
            + "\"justification\":\"Canary household behind on rent\"}");
  }

  private long opened(String caseCode, String amount) {
    var reply = request(caseCode, "RENT", amount);
    assertThat(reply.status()).isEqualTo(201);
    return reply.json().getJsonNumber("id").longValue();
  }

  private ApiClient.Reply vote(String member, long id, String decision) {
    return member(member)
        .post("disbursement-requests/" + id + "/votes", "{\"decision\":\"" + decision + "\"}");
  }

  private ApiClient.Reply pay(long id, Map<String, String> headers) {
    return treasurer.post(
        "disbursement-requests/" + id + "/payment",
        "{\"date\":\""
            + LocalDate.now()
            + "\",\"fromAccount\":\"1000\",\"reference\":\"TX-"
            + id
            + "\"}",
        headers);
  }

  private void assertBooksBalanceAndChainVerifies() {
    assertThat(ledger.verify()).isInstanceOf(ChainVerification.Intact.class);
    assertThat(ledger.cashRowsMatchPostings()).isTrue();
    assertThat(ledger.trialBalance(LocalDate.now()).balanced()).isTrue();
  }

  @Test
  void fromRequestToPaymentOverHttp() throws SQLException {
    donate("1000.00");
    var caseCode = openCase();
    JsonObject opened = intake.get("cases/" + caseCode).json();
    assertThat(opened.getString("area")).isEqualTo("EAST");
    assertThat(opened.getString("areaName")).isEqualTo("East");
    assertThat(opened.getJsonArray("languages").getString(0)).isEqualTo("es");

    assertThat(request(caseCode, "FOOD", "10.00").status()).isEqualTo(422);
    assertThat(request(caseCode, "RENT", "3000.01").json().getString("error"))
        .isEqualTo("over_cap");
    long id = opened(caseCode, "100.00");

    assertThat(vote("ana", id, "APPROVE").json().getString("status")).isEqualTo("OPEN");
    var recusal =
        member("cai").post("disbursement-requests/" + id + "/recusal", "{\"reason\":\"kin\"}");
    assertThat(recusal.status()).isEqualTo(204);
    assertThat(vote("cai", id, "APPROVE").status()).isEqualTo(403);
    var approved = vote("ben", id, "APPROVE");
    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
    assertThat(approved.json().getString("held")).isEqualTo("100.00");
    assertThat(vote("ana", id, "REJECT").status()).isEqualTo(409);
    assertThat(fund().getString("held")).isEqualTo("100.00");
    assertThat(fund().getString("available")).isEqualTo("900.00");

    var key = Map.of("Idempotency-Key", "pay-" + run);
    var paid = pay(id, key);
    assertThat(paid.status()).isEqualTo(201);
    var entry = paid.json().getJsonNumber("journalEntryId").longValue();
    var replayed = pay(id, key);
    assertThat(replayed.status()).isEqualTo(201);
    assertThat(replayed.json().getJsonNumber("journalEntryId").longValue()).isEqualTo(entry);
    assertThat(pay(id, Map.of()).status()).isEqualTo(409);
    assertThat(fund().getString("balance")).isEqualTo("900.00");
    assertThat(fund().getString("held")).isEqualTo("0.00");
    assertBooksBalanceAndChainVerifies();

    try (var connection = dataSource.getConnection();
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT action, detail FROM audit_event WHERE object_type ="
                        + " 'disbursement_request' AND object_id = '"
                        + id
                        + "' ORDER BY id")) {
      var actions = new ArrayList<String>();
      while (rows.next()) {
        actions.add(rows.getString(1));
        assertThat(String.valueOf(rows.getString(2)))
            .doesNotContain(caseCode)
            .doesNotContain("Canary");
      }
      assertThat(actions)
          .containsExactly(
              "REQUEST_OPENED",
              "VOTE_CAST",
              "MEMBER_RECUSED",
              "VOTE_CAST",
              "REQUEST_APPROVED",
              "REQUEST_PAID");
    }
  }

  /**
   * One insider alone may not change the rules: asking for more approvals than there are committee
   * members is refused and stores nothing; a proposed change is in force only once a second person
   * (not its proposer, not a treasurer) confirms it, once; both steps are in the audit trail.
   */
  @Test
  void aPolicyChangeNeedsASecondPersonAndOneTheCommitteeCannotMeetIsRefused() throws SQLException {
    var admin = ApiClient.anonymous(base).asAdmin();
    var current = admin.get("voting-policy").json();
    int members = committeeMembers();

    var refused = admin.put("voting-policy", terms(current, members + 1));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.json().getString("error")).isEqualTo("unmeetable_policy");
    assertThat(refused.json().getString("field")).isEqualTo("mediumApprovals");
    assertThat(refused.json().getString("message")).contains(members + " members");
    assertThat(admin.get("voting-policy").json().getInt("version"))
        .isEqualTo(current.getInt("version"));

    var proposed = admin.put("voting-policy", terms(current, current.getInt("mediumApprovals")));
    assertThat(proposed.status()).as(proposed.toString()).isEqualTo(202);
    long proposal = proposed.json().getJsonNumber("id").longValue();
    String confirmation = "voting-policy/proposals/" + proposal + "/confirmation";
    assertThat(admin.get("voting-policy").json().getInt("version"))
        .as("not in force before a second person confirms")
        .isEqualTo(current.getInt("version"));
    var ana = member("ana");
    assertThat(ana.get("voting-policy/proposals").text()).contains("\"id\":" + proposal + ",");
    var own = admin.post(confirmation, "");
    assertThat(own.status()).as(own.toString()).isEqualTo(403);
    assertThat(own.json().getString("error")).isEqualTo("own_proposal");
    assertThat(treasurer.post(confirmation, "").status()).isEqualTo(403);

    var confirmed = ana.post(confirmation, "");

    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    int version = confirmed.json().getInt("version");
    assertThat(version).isGreaterThan(current.getInt("version"));
    assertThat(admin.get("voting-policy").json().getInt("version")).isEqualTo(version);
    assertThat(member("ben").post(confirmation, "").status()).isEqualTo(409);
    assertThat(ana.get("voting-policy/proposals").text())
        .doesNotContain("\"id\":" + proposal + ",");
    var auditor = user("auditor", "AUDITOR");
    var amended =
        auditor
            .get("audit-events?type=POLICY_AMENDED&actor=" + "ana-" + run + "&limit=1")
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(amended.getString("objectId")).isEqualTo(Integer.toString(version));
    assertThat(amended.getString("detail"))
        .startsWith("proposal " + proposal + " by admin: ")
        .contains(
            "medium up to "
                + current.getString("mediumLimit")
                + ": "
                + current.getInt("mediumApprovals"));
    assertThat(auditor.get("audit-events?type=POLICY_PROPOSED&actor=admin").text())
        .contains("\"objectId\":\"" + proposal + "\"");
  }

  private int committeeMembers() throws SQLException {
    try (var connection = dataSource.getConnection();
        var rows =
            connection
                .createStatement()
                .executeQuery("SELECT COUNT(*) FROM app_user_role WHERE role = 'COMMITTEE'")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /** The terms of {@code policy} as a request body, with {@code mediumApprovals} instead. */
  private static String terms(JsonObject policy, int mediumApprovals) {
    return "{\"smallLimit\":\""
        + policy.getString("smallLimit")
        + "\",\"smallApprovals\":"
        + policy.getInt("smallApprovals")
        + ",\"mediumLimit\":\""
        + policy.getString("mediumLimit")
        + "\",\"mediumApprovals\":"
        + mediumApprovals
        + ",\"deadlineHours\":"
        + policy.getInt("deadlineHours")
        + ",\"caseCap\":\""
        + policy.getString("caseCap")
        + "\",\"capWindowDays\":"
        + policy.getInt("capWindowDays")
        + "}";
  }

  private ApiClient.Reply spendByHand(String amount) {
    return treasurer.post(
        "journal-entries",
        "{\"date\":\""
            + LocalDate.now()
            + "\",\"memo\":\"Rent paid by hand\",\"postings\":["
            + "{\"account\":\"5000\",\"fund\":\""
            + fund
            + "\",\"debit\":\""
            + amount
            + "\"},{\"account\":\"1000\",\"fund\":\""
            + fund
            + "\",\"credit\":\""
            + amount
            + "\"}]}");
  }

  /**
   * Money held for an approved request is spent only by its payment: a manual entry may take what
   * is available, not more, and the payment then still finds its money.
   */
  @Test
  void aCaseTakesOnlyAnOpenListedAreaAndIso639Languages() {
    var admin = ApiClient.anonymous(base).asAdmin();
    var added = admin.post("areas", "{\"name\":\"Vocab Hill " + run + "\"}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    String area = added.json().getString("code");
    assertThat(area).isEqualTo(("VOCAB-HILL-" + run).toUpperCase());

    // What an adversary typed before: an address as the area, a person's name as a language.
    for (var refused :
        List.of(
            openCase("12 Canary Street", "[\"es\"]"),
            openCase("NO-SUCH-AREA", "[\"es\"]"),
            openCase(area, "[\"es\",\"Maria Canary\"]"),
            openCase(area, "[\"Spanish\"]"),
            openCase(area, "[\"xx\"]"))) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
      assertThat(refused.text()).doesNotContain("Canary");
    }
    assertThat(openCase("12 Canary Street", "[\"es\"]").json().getString("field"))
        .isEqualTo("area");
    assertThat(openCase(area, "[\"Maria Canary\"]").json().getString("field"))
        .isEqualTo("languages");

    var opened = openCase(area.toLowerCase(), "[\"ES\",\"spa\",\"ht\",\"quc\"]");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    assertThat(opened.json().getString("area")).isEqualTo(area);
    assertThat(opened.json().getString("areaName")).isEqualTo("Vocab Hill " + run);
    assertThat(opened.json().getJsonArray("languages").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("es", "ht", "quc");
    String oldCase = opened.json().getString("code");

    // Only an administrator manages the list; names and codes are unique.
    assertThat(intake.post("areas", "{\"name\":\"Intake Town " + run + "\"}").status())
        .isEqualTo(403);
    assertThat(treasurer.post("areas/" + area + "/retirement", "").status()).isEqualTo(403);
    var sameName =
        admin.post("areas", "{\"code\":\"X" + run + "\",\"name\":\"VOCAB hill " + run + "\"}");
    assertThat(sameName.status()).isEqualTo(409);
    assertThat(sameName.json().getString("field")).isEqualTo("name");
    var sameCode =
        admin.post("areas", "{\"code\":\"" + area + "\",\"name\":\"Other " + run + "\"}");
    assertThat(sameCode.status()).isEqualTo(409);
    assertThat(sameCode.json().getString("field")).isEqualTo("code");
    var address = admin.post("areas", "{\"name\":\"12 Canary St, apt 4\"}");
    assertThat(address.status()).isEqualTo(422);
    assertThat(address.json().getString("field")).isEqualTo("name");
    assertThat(address.text()).doesNotContain("Canary");

    // A retired area: not for new cases, still the area of the old ones.
    var retired = admin.post("areas/" + area + "/retirement", "");
    assertThat(retired.status()).isEqualTo(200);
    assertThat(retired.json().getBoolean("retired")).isTrue();
    assertThat(admin.post("areas/" + area + "/retirement", "").status()).isEqualTo(200);
    assertThat(admin.post("areas/NO-SUCH-AREA/retirement", "").status()).isEqualTo(404);
    var afterRetirement = openCase(area, "[\"es\"]");
    assertThat(afterRetirement.status()).isEqualTo(422);
    assertThat(afterRetirement.json().getString("field")).isEqualTo("area");
    assertThat(intake.get("cases/" + oldCase).json().getString("areaName"))
        .isEqualTo("Vocab Hill " + run);
    JsonObject listed =
        intake.get("areas").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("code").equals(area))
            .findFirst()
            .orElseThrow();
    assertThat(listed.getBoolean("retired")).isTrue();
    assertThat(listed.getString("retiredAt")).isNotBlank();
  }

  @Test
  void aManualEntryCannotSpendWhatAnApprovedRequestHolds() {
    donate("1000.00");
    long id = opened(openCase(), "400.00");
    vote("ana", id, "APPROVE");
    assertThat(vote("ben", id, "APPROVE").json().getString("status")).isEqualTo("APPROVED");

    var tooMuch = spendByHand("600.01");
    assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(422);
    assertThat(tooMuch.json().getString("error")).isEqualTo("insufficient_funds");
    assertThat(spendByHand("600.00").status()).isEqualTo(201);
    assertThat(fund().getString("available")).isEqualTo("0.00");

    assertThat(pay(id, Map.of()).status()).isEqualTo(201);
    assertThat(fund().getString("balance")).isEqualTo("0.00");
    assertThat(fund().getString("held")).isEqualTo("0.00");
    assertBooksBalanceAndChainVerifies();
  }

  /**
   * The test: 20 requests of 100.00 against a fund holding 1,000.00, their deciding votes
   * cast from 20 threads at once: exactly 10 are approved; then all 20 paid from 20 threads at
   * once: exactly those 10 are paid, the fund ends at 0.00 with no holds left, the books balance
   * and the chain verifies.
   */
  @Test
  void twentyDecidingVotesAndTwentyPaymentsAtOnce() throws Exception {
    donate("1000.00");
    var ids = new ArrayList<Long>();
    for (int i = 0; i < 20; i++) {
      long id = opened(openCase(), "100.00");
      assertThat(vote("ana", id, "APPROVE").status()).isEqualTo(200);
      ids.add(id);
    }

    var decided = atOnce(20, i -> () -> vote("ben", ids.get(i), "APPROVE"));

    assertThat(decided).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(200));
    var approved =
        decided.stream()
            .filter(reply -> reply.json().getString("status").equals("APPROVED"))
            .map(reply -> reply.json().getJsonNumber("id").longValue())
            .toList();
    assertThat(approved).hasSize(10);
    assertThat(decided).filteredOn(reply -> reply.json().containsKey("notice")).hasSize(10);
    assertThat(fund().getString("held")).isEqualTo("1000.00");
    assertThat(fund().getString("available")).isEqualTo("0.00");

    var payments = atOnce(20, i -> () -> pay(ids.get(i), Map.of()));

    var paid = new ArrayList<Long>();
    for (int i = 0; i < 20; i++) {
      if (payments.get(i).status() == 201) {
        paid.add(ids.get(i));
      } else {
        assertThat(payments.get(i).status()).isEqualTo(409);
      }
    }
    assertThat(paid).containsExactlyInAnyOrderElementsOf(approved);
    assertThat(fund().getString("balance")).isEqualTo("0.00");
    assertThat(fund().getString("held")).isEqualTo("0.00");
    assertBooksBalanceAndChainVerifies();
  }

  /** Runs the {@code n} tasks on {@code n} threads released together; results in task order. */
  private static <T> List<T> atOnce(int n, IntFunction<Callable<T>> task) throws Exception {
    var pool = Executors.newFixedThreadPool(n);
    var ready = new CountDownLatch(n);
    var go = new CountDownLatch(1);
    try {
      var futures = new ArrayList<Future<T>>();
      for (int i = 0; i < n; i++) {
        var work = task.apply(i);
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return work.call();
                }));
      }
      ready.await();
      go.countDown();
      var results = new ArrayList<T>();
      for (var future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
