package org.reliefledger.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.reliefledger.web.it.ApiClient;

/**
 * Crash safety of the shipped jar: under posting load over HTTP the server is killed with SIGKILL,
 * restarted on the same database, and the books must hold everything it acknowledged, nothing
 * half-written, no negative fund, a zero trial balance and an intact chain.
 *
 * <p>A plain JUnit test in Failsafe (it needs its own server process, not Arquillian's). It runs
 * once per build: on PostgreSQL when the build has one (RELIEF_TEST_PG_URL, in its own fresh
 * database), otherwise on a fresh embedded H2 data directory.
 */
class CrashRecoveryIT {

  private static final String TREASURER = "crash-treasurer";
  private static final String TREASURER_PASSWORD = "crash-treasurer-password";
  private static final int POSTERS = 4;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 60;

  /** A posting request that the server answered 201, with the id it gave and its key if any. */
  record Acknowledged(long id, String key, String body) {}

  @Test
  void killedUnderLoadTheServerRestartsWithEveryAcknowledgedEntryAndConsistentBooks()
      throws Exception {
    boolean postgres = JarDatabase.postgresRun();
    Assumptions.assumeTrue(
        postgres || System.getenv("RELIEF_TEST_PG_URL") == null,
        "crash test runs on PostgreSQL in this build");
    Path work = Files.createTempDirectory(Path.of("target"), "it-crash-");
    JarDatabase database = JarDatabase.freshForThisRun("relief_crash_", work.resolve("data"));
    try {
      ServerProcess server = ServerProcess.start(work, database.environment());
      createTreasurer(server);
      Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
      Queue<String> unexpected = new ConcurrentLinkedQueue<>();
      var load = new AtomicBoolean(true);
      ExecutorService posters = Executors.newFixedThreadPool(POSTERS);
      for (int i = 0; i < POSTERS; i++) {
        posters.submit(() -> post(treasurer(server), load, acknowledged, unexpected));
      }
      long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < waitUntil) {
        Thread.sleep(50);
      }
      server.kill();
      load.set(false);
      posters.shutdown();
      assertThat(posters.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
      assertThat(unexpected).as("answers before the kill").isEmpty();
      assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

      ServerProcess restarted = ServerProcess.start(work, database.environment());
      ApiClient treasurer = treasurer(restarted);
      var verification = treasurer.get("ledger/verify");
      assertThat(verification.status()).isEqualTo(200);
      assertThat(verification.json().getBoolean("valid")).as(verification.text()).isTrue();
      assertThat(verification.json().getJsonNumber("entries").longValue())
          .isGreaterThanOrEqualTo(acknowledged.size());
      for (Acknowledged first : keyed(acknowledged)) {
        var replayed =
            treasurer.post("journal-entries", first.body(), Map.of("Idempotency-Key", first.key()));
        assertThat(replayed.status()).as("replay after restart").isEqualTo(201);
        assertThat(replayed.json().getJsonNumber("id").longValue()).isEqualTo(first.id());
      }
      assertThat(treasurer.post("journal-entries", donation(100)).status())
          .as("posting works after the restart")
          .isEqualTo(201);
      restarted.stop();

      try (Connection books = database.connect()) {
        assertBooksHold(books, acknowledged);
      }
    } finally {
      database.drop();
    }
  }

  private static void assertBooksHold(Connection books, Queue<Acknowledged> acknowledged)
      throws SQLException {
    Set<Long> stored = new HashSet<>(Sql.longs(books, "select id from journal_entry"));
    assertThat(stored)
        .as("every acknowledged entry")
        .containsAll(acknowledged.stream().map(Acknowledged::id).toList());
    assertThat(
            Sql.longs(
                books,
                "select e.id from journal_entry e left join posting p on p.journal_entry_id = e.id"
                    + " group by e.id"
                    + " having count(p.id) < 2 or sum(p.debit_minor) <> sum(p.credit_minor)"))
        .as("unbalanced or half-written entries")
        .isEmpty();
    assertThat(Sql.longs(books, "select fund_id from fund_balance where cash_minor < 0"))
        .as("funds below zero")
        .isEmpty();
    assertThat(
            Sql.longs(
                books,
                "select b.fund_id from fund_balance b left join (select p.fund_id,"
                    + " sum(p.debit_minor - p.credit_minor) cash from posting p"
                    + " join account a on a.id = p.account_id where a.account_type = 'ASSET'"
                    + " group by p.fund_id) c on c.fund_id = b.fund_id"
                    + " where b.cash_minor <> coalesce(c.cash, 0)"))
        .as("cash rows that differ from their postings")
        .isEmpty();
    assertThat(
            Sql.longs(
                books,
                "select coalesce(sum(debit_minor), 0) - coalesce(sum(credit_minor), 0) from posting"))
        .as("trial balance: debits minus credits")
        .containsExactly(0L);
    assertThat(
            Sql.longs(
                books,
                "select e.id from journal_entry e join journal_entry before_it"
                    + " on before_it.sequence_number = e.sequence_number - 1"
                    + " where e.previous_hash <> before_it.hash"))
        .as("broken chain links")
        .isEmpty();
    assertThat(
            Sql.longs(
                books,
                "select h.last_sequence - (select count(*) from journal_entry)"
                    + " from ledger_chain_head h"))
        .as("chain head sequence minus entries")
        .containsExactly(0L);
  }

  private static void post(
      ApiClient treasurer,
      AtomicBoolean load,
      Queue<Acknowledged> acknowledged,
      Queue<String> unexpected) {
    var random = ThreadLocalRandom.current();
    while (load.get()) {
      long cents = random.nextLong(100, 5_000);
      String body = random.nextInt(3) == 0 ? payment(cents) : donation(cents);
      String key = random.nextBoolean() ? UUID.randomUUID().toString() : null;
      ApiClient.Reply reply;
      try {
        reply =
            treasurer.post(
                "journal-entries", body, key == null ? Map.of() : Map.of("Idempotency-Key", key));
      } catch (UncheckedIOException killed) {
        return;
      }
      if (reply.status() == 201) {
        JsonObject entry = reply.json();
        acknowledged.add(new Acknowledged(entry.getJsonNumber("id").longValue(), key, body));
      } else if (reply.status() != 422) {
        unexpected.add(reply.status() + " " + reply.text());
      }
    }
  }

  private static List<Acknowledged> keyed(Queue<Acknowledged> acknowledged) {
    var keyed = new ArrayList<Acknowledged>();
    for (Acknowledged entry : acknowledged) {
      if (entry.key() != null && keyed.size() < 20) {
        keyed.add(entry);
      }
    }
    return keyed;
  }

  static String donation(long cents) {
    return entry("1000", "4000", cents);
  }

  static String payment(long cents) {
    return entry("5000", "1000", cents);
  }

  private static String entry(String debitAccount, String creditAccount, long cents) {
    String amount = String.format("%d.%02d", cents / 100, cents % 100);
    return "{\"date\":\"2026-03-02\",\"memo\":\"Crash test\",\"postings\":["
        + "{\"account\":\""
        + debitAccount
        + "\",\"fund\":\"GENERAL\",\"debit\":\""
        + amount
        + "\"},{\"account\":\""
        + creditAccount
        + "\",\"fund\":\"GENERAL\",\"credit\":\""
        + amount
        + "\"}]}";
  }

  private static void createTreasurer(ServerProcess server) {
    var admin = ApiClient.anonymous(server.base()).as("admin", ServerProcess.ADMIN_PASSWORD);
    var created =
        admin.post(
            "users",
            "{\"username\":\""
                + TREASURER
                + "\",\"password\":\""
                + TREASURER_PASSWORD
                + "\",\"roles\":[\"TREASURER\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  private static ApiClient treasurer(ServerProcess server) {
    return ApiClient.anonymous(server.base()).as(TREASURER, TREASURER_PASSWORD);
  }
}
