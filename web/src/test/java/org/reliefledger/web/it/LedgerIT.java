package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.ChainVerification;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.Side;

/**
 * The ledger in a real Payara Micro: the whole API flow with roles and status codes, tampering
 * found by verify, concurrent posters that never overdraw, and one entry per idempotency key
 * however many threads send it. Other IT classes share the database, so every test works in funds
 * of its own and leaves the chain intact.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerIT {

  private static final String PASSWORD = "ledger-it-password";

  @ArquillianResource URL base;

  @Inject Ledger ledger;

  @Resource(lookup = "java:app/jdbc/relief")
  DataSource dataSource;

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /** A new user with {@code role}, signed in. */
  private ApiClient user(String role) {
    String name = unique(role).toLowerCase(Locale.ROOT);
    return ApiClient.anonymous(base).asAdmin().newUser(name, PASSWORD, role);
  }

  private static String fund(ApiClient treasurer, boolean restricted, String categories) {
    String code = unique(restricted ? "RENT" : "OPS");
    var created =
        treasurer.post(
            "funds",
            "{\"code\":\""
                + code
                + "\",\"name\":\"IT fund\",\"restricted\":"
                + restricted
                + ",\"allowedCategories\":["
                + categories
                + "]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return code;
  }

  private static String donation(String fund, String amount) {
    return "{\"date\":\"2026-03-01\",\"amount\":\""
        + amount
        + "\",\"fund\":\""
        + fund
        + "\",\"depositAccount\":\"1000\",\"method\":\"BANK_TRANSFER\"}";
  }

  private static String entry(String fund, String expense, String amount) {
    return "{\"date\":\"2026-03-05\",\"memo\":\"IT payment\",\"postings\":["
        + "{\"account\":\""
        + expense
        + "\",\"fund\":\""
        + fund
        + "\",\"debit\":\""
        + amount
        + "\"},"
        + "{\"account\":\"1000\",\"fund\":\""
        + fund
        + "\",\"credit\":\""
        + amount
        + "\"}]}";
  }

  private static JsonObject fundRow(ApiClient client, String code) {
    return client.get("funds").json().getJsonArray("items").stream()
        .map(v -> (JsonObject) v)
        .filter(f -> f.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @RunAsClient
  void theWholeFlowWithRolesAndStatusCodes() {
    ApiClient treasurer = user("TREASURER");
    ApiClient auditor = user("AUDITOR");
    ApiClient committee = user("COMMITTEE");
    String rent = fund(treasurer, true, "\"RENT\"");

    var gift =
        treasurer.post(
            "donations",
            "{\"date\":\"2026-03-01\",\"amount\":\"500.00\",\"fund\":\""
                + rent
                + "\",\"depositAccount\":\"1000\",\"method\":\"CASH\","
                + "\"donor\":{\"name\":\"Canary Donorname\",\"email\":\"canary@example.org\"}}");
    assertThat(gift.status()).as(gift.toString()).isEqualTo(201);
    long giftEntry = gift.json().getJsonNumber("journalEntryId").longValue();
    var grant =
        treasurer.post(
            "grants",
            "{\"date\":\"2026-03-02\",\"amount\":\"1000\",\"fund\":\""
                + rent
                + "\",\"depositAccount\":\"1000\",\"grantor\":\"City Foundation\","
                + "\"restriction\":\"rent only\",\"periodEnd\":\"2026-12-31\"}");
    assertThat(grant.status()).as(grant.toString()).isEqualTo(201);

    var paid = treasurer.post("journal-entries", entry(rent, "5000", "1250.00"));
    assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    assertThat(paid.json().getString("hash")).matches("[0-9a-f]{64}");
    assertThat(fundRow(committee, rent).getString("balance")).isEqualTo("250.00");
    assertThat(fundRow(committee, rent).getString("available")).isEqualTo("250.00");

    assertThat(
            treasurer
                .post("journal-entries", entry(rent, "5000", "250.01"))
                .json()
                .getString("error"))
        .isEqualTo("insufficient_funds");
    assertThat(
            treasurer
                .post("journal-entries", entry(rent, "5020", "1.00"))
                .json()
                .getString("error"))
        .isEqualTo("restricted_fund");
    assertThat(treasurer.post("journal-entries", entry(rent, "5000", "1.005")).status())
        .isEqualTo(422);
    var unbalanced =
        treasurer.post(
            "journal-entries",
            "{\"date\":\"2026-03-05\",\"memo\":\"x\",\"postings\":["
                + "{\"account\":\"1000\",\"fund\":\""
                + rent
                + "\",\"debit\":\"5\"},"
                + "{\"account\":\"4000\",\"fund\":\""
                + rent
                + "\",\"credit\":\"4\"}]}");
    assertThat(unbalanced.status()).isEqualTo(422);
    assertThat(unbalanced.json().getString("error")).isEqualTo("unbalanced");
    assertThat(auditor.post("journal-entries", entry(rent, "5000", "1.00")).status())
        .isEqualTo(403);
    assertThat(committee.get("journal-entries").status()).isEqualTo(403);

    var reversal =
        treasurer.post(
            "journal-entries/" + paid.json().getJsonNumber("id").longValue() + "/reversal",
            "{\"date\":\"2026-03-06\",\"memo\":\"paid twice\"}");
    assertThat(reversal.status()).as(reversal.toString()).isEqualTo(201);
    assertThat(fundRow(committee, rent).getString("balance")).isEqualTo("1500.00");
    assertThat(
            treasurer
                .post(
                    "journal-entries/" + paid.json().getJsonNumber("id").longValue() + "/reversal",
                    "{\"date\":\"2026-03-06\",\"memo\":\"again\"}")
                .status())
        .isEqualTo(409);
    assertThat(
            treasurer
                .post(
                    "journal-entries/999999999/reversal",
                    "{\"date\":\"2026-03-06\",\"memo\":\"x\"}")
                .status())
        .isEqualTo(404);

    var listed = auditor.get("journal-entries?from=2026-03-01&to=2026-03-06&limit=500");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.text()).doesNotContainIgnoringCase("canary");
    assertThat(listed.text()).contains("\"reversedBy\":" + reversal.json().getJsonNumber("id"));
    assertThat(listed.text()).contains("\"id\":" + giftEntry);

    var trial = auditor.get("reports/trial-balance?asOf=2026-12-31");
    assertThat(trial.status()).isEqualTo(200);
    assertThat(trial.json().getString("totalDebit"))
        .isEqualTo(trial.json().getString("totalCredit"));
    assertThat(committee.get("reports/trial-balance").status()).isEqualTo(403);
    var verified = auditor.get("ledger/verify");
    assertThat(verified.json().getBoolean("valid")).as(verified.toString()).isTrue();
    assertThat(committee.get("accounts").json().getJsonArray("items")).isNotEmpty();
    assertThat(
            treasurer
                .post("accounts", "{\"code\":\"1000\",\"name\":\"x\",\"type\":\"ASSET\"}")
                .status())
        .isEqualTo(409);
  }

  @Test
  @RunAsClient
  void theSameKeyReplaysAndAnotherBodyConflicts() {
    ApiClient treasurer = user("TREASURER");
    String ops = fund(treasurer, false, "");
    String key = UUID.randomUUID().toString();

    var first = treasurer.post("donations", donation(ops, "20.00"), Map.of("Idempotency-Key", key));
    var again = treasurer.post("donations", donation(ops, "20.00"), Map.of("Idempotency-Key", key));
    var other = treasurer.post("donations", donation(ops, "21.00"), Map.of("Idempotency-Key", key));

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(other.status()).isEqualTo(409);
    assertThat(fundRow(treasurer, ops).getString("balance")).isEqualTo("20.00");
  }

  @Test
  void verifyReportsEveryEntryChangedWithPlainSqlNotOnlyTheFirst() throws SQLException {
    long first = tamperTarget("first tamper target");
    long second = tamperTarget("second tamper target");
    String tamper =
        "UPDATE posting SET credit_minor = %d WHERE journal_entry_id = %d AND credit_minor > 0";
    try (var connection = dataSource.getConnection()) {
      connection.createStatement().executeUpdate(String.format(tamper, 778, first));
      connection.createStatement().executeUpdate(String.format(tamper, 778, second));
      assertThat(ledger.verify())
          .isInstanceOfSatisfying(
              ChainVerification.Broken.class,
              broken -> {
                assertThat(broken.firstBrokenEntryId()).isEqualTo(first);
                assertThat(broken.reason()).isEqualTo(ChainVerification.Reason.HASH_MISMATCH);
                assertThat(broken.count()).isEqualTo(2);
                assertThat(broken.breaks())
                    .extracting(ChainVerification.Break::entryId)
                    .containsExactly(first, second);
              });
    } finally {
      try (var connection = dataSource.getConnection()) {
        connection.createStatement().executeUpdate(String.format(tamper, 777, first));
        connection.createStatement().executeUpdate(String.format(tamper, 777, second));
      }
    }
    assertThat(ledger.verify()).isInstanceOf(ChainVerification.Intact.class);
  }

  private long tamperTarget(String memo) {
    var posted =
        (EntryResult.Posted)
            ledger.post(
                new EntryCommand(
                    LocalDate.of(2026, 3, 9),
                    memo,
                    List.of(
                        new EntryCommand.Line("1000", "GENERAL", Side.DEBIT, Money.ofMinor(777)),
                        new EntryCommand.Line("4000", "GENERAL", Side.CREDIT, Money.ofMinor(777)))),
                null);
    return posted.entry().id();
  }

  @Test
  @RunAsClient
  void datesOutsideTheBooksAreRefusedWith422NamingTheFieldNeverA500() {
    ApiClient treasurer = user("TREASURER");
    String ops = fund(treasurer, false, "");
    var failures = new ArrayList<String>();
    for (String date :
        List.of("0000-01-01", "1899-12-31", "2201-01-01", "+999999999-12-31", "-999999999-01-01")) {
      String json = "\"" + date + "\"";
      expectDateRefused(
          failures,
          "journal entry " + date,
          treasurer.post(
              "journal-entries", donationEntry(ops, "1.00").replace("\"2026-03-05\"", json)),
          "date");
      expectDateRefused(
          failures,
          "donation " + date,
          treasurer.post(
              "donations",
              "{\"date\":"
                  + json
                  + ",\"amount\":\"1.00\",\"fund\":\""
                  + ops
                  + "\","
                  + "\"depositAccount\":\"1000\",\"method\":\"CASH\"}"),
          "date");
      expectDateRefused(
          failures,
          "grant period end " + date,
          treasurer.post(
              "grants",
              "{\"date\":\"2026-03-05\",\"amount\":\"1.00\",\"fund\":\""
                  + ops
                  + "\","
                  + "\"depositAccount\":\"1000\",\"grantor\":\"Dates\",\"periodEnd\":"
                  + json
                  + "}"),
          "periodEnd");
      expectDateRefused(
          failures,
          "payment " + date,
          treasurer.post(
              "disbursement-requests/999999999/payment",
              "{\"date\":" + json + ",\"fromAccount\":\"1000\",\"reference\":\"D\"}"),
          "date");
      String query = URLEncoder.encode(date, StandardCharsets.UTF_8);
      expectDateRefused(
          failures, "journal from " + date, treasurer.get("journal-entries?from=" + query), "from");
      expectDateRefused(
          failures,
          "trial balance as of " + date,
          treasurer.get("reports/trial-balance?asOf=" + query),
          "asOf");
    }
    assertThat(failures).isEmpty();
    assertThat(fundRow(treasurer, ops).getString("balance")).isEqualTo("0.00");
    assertThat(treasurer.get("ledger/verify").json().getBoolean("valid")).isTrue();
  }

  private static void expectDateRefused(
      List<String> failures, String what, ApiClient.Reply reply, String field) {
    if (reply.status() != 422 || !field.equals(reply.json().getString("field", ""))) {
      failures.add(what + ": " + reply);
    }
  }

  private static <T> List<T> atOnce(int threads, Callable<T> work) throws Exception {
    var pool = Executors.newFixedThreadPool(threads);
    try {
      var start = new CountDownLatch(1);
      var futures = new ArrayList<Future<T>>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return work.call();
                }));
      }
      start.countDown();
      var results = new ArrayList<T>();
      for (var future : futures) {
        results.add(future.get(180, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @RunAsClient
  void concurrentPostersNeverOverdrawAndEveryAcknowledgedEntryExists() throws Exception {
    ApiClient treasurer = user("TREASURER");
    ApiClient auditor = user("AUDITOR");
    List<String> funds = List.of(fund(treasurer, false, ""), fund(treasurer, false, ""));
    var seeds = new AtomicInteger();

    List<List<long[]>> acknowledged =
        atOnce(
            10,
            () -> {
              var random = new Random(seeds.incrementAndGet());
              var mine = new ArrayList<long[]>();
              for (int i = 0; i < 12; i++) {
                String fund = funds.get(random.nextInt(funds.size()));
                long cents = 100 + random.nextInt(20_000);
                String amount = Money.ofMinor(cents).toDecimalString();
                boolean in = random.nextInt(3) == 0;
                var reply =
                    in
                        ? treasurer.post("journal-entries", donationEntry(fund, amount))
                        : treasurer.post("journal-entries", entry(fund, "5010", amount));
                if (reply.status() == 201) {
                  mine.add(
                      new long[] {
                        reply.json().getJsonNumber("id").longValue(),
                        funds.indexOf(fund),
                        in ? cents : -cents
                      });
                } else {
                  assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
                  assertThat(reply.json().getString("error")).isEqualTo("insufficient_funds");
                }
              }
              return mine;
            });

    List<long[]> all = acknowledged.stream().flatMap(List::stream).toList();
    assertThat(all).isNotEmpty();
    for (int f = 0; f < funds.size(); f++) {
      int index = f;
      long expected = all.stream().filter(a -> a[1] == index).mapToLong(a -> a[2]).sum();
      assertThat(fundRow(auditor, funds.get(f)).getString("balance"))
          .isEqualTo(Money.ofMinor(expected).toDecimalString());
    }
    String listed = auditor.get("journal-entries?from=2026-03-01&to=2026-03-05&limit=500").text();
    var everything = new StringBuilder(listed);
    for (int offset = 500; listed.contains("\"id\""); offset += 500) {
      listed =
          auditor
              .get("journal-entries?from=2026-03-01&to=2026-03-05&limit=500&offset=" + offset)
              .text();
      everything.append(listed);
    }
    assertThat(all).allSatisfy(a -> assertThat(everything).contains("\"id\":" + a[0] + ","));
    var trial = auditor.get("reports/trial-balance?asOf=2026-12-31").json();
    assertThat(trial.getString("totalDebit")).isEqualTo(trial.getString("totalCredit"));
    assertThat(auditor.get("ledger/verify").json().getBoolean("valid")).isTrue();
  }

  private static String donationEntry(String fund, String amount) {
    return "{\"date\":\"2026-03-05\",\"memo\":\"IT gift\",\"postings\":["
        + "{\"account\":\"1000\",\"fund\":\""
        + fund
        + "\",\"debit\":\""
        + amount
        + "\"},"
        + "{\"account\":\"4000\",\"fund\":\""
        + fund
        + "\",\"credit\":\""
        + amount
        + "\"}]}";
  }

  @Test
  @RunAsClient
  void theSameCodeAddedByManyThreadsIsStoredOnceAndTheOthersHearConflict() throws Exception {
    ApiClient treasurer = user("TREASURER");
    String account = unique("ACC");
    String fund = unique("RACE");

    List<Integer> accounts =
        atOnce(
            8,
            () ->
                treasurer
                    .post(
                        "accounts",
                        "{\"code\":\"" + account + "\",\"name\":\"Race\",\"type\":\"EXPENSE\"}")
                    .status());
    List<Integer> funds =
        atOnce(
            8,
            () ->
                treasurer
                    .post(
                        "funds",
                        "{\"code\":\""
                            + fund
                            + "\",\"name\":\"Race\",\"restricted\":false,\"allowedCategories\":[]}")
                    .status());

    assertThat(accounts).containsOnly(201, 409).containsOnlyOnce(201);
    assertThat(funds).containsOnly(201, 409).containsOnlyOnce(201);
    assertThat(fundRow(treasurer, fund).getString("balance")).isEqualTo("0.00");
  }

  @Test
  void cashRowsEqualThePostings() {
    assertThat(ledger.cashRowsMatchPostings()).isTrue();
  }

  @Test
  @RunAsClient
  void theSameKeyFromManyThreadsCreatesOneEntry() throws Exception {
    ApiClient treasurer = user("TREASURER");
    String ops = fund(treasurer, false, "");
    String key = UUID.randomUUID().toString();

    List<ApiClient.Reply> replies =
        atOnce(
            10,
            () ->
                treasurer.post(
                    "journal-entries", donationEntry(ops, "3.00"), Map.of("Idempotency-Key", key)));

    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
    assertThat(replies)
        .extracting(r -> r.json().getJsonNumber("id").longValue())
        .containsOnly(replies.get(0).json().getJsonNumber("id").longValue());
    assertThat(fundRow(treasurer, ops).getString("balance")).isEqualTo("3.00");
  }
}
