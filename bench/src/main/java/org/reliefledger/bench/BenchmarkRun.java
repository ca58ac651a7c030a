package org.reliefledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;

/**
 * The database benchmarks of {@code bench/run.sh}, in one run on the local PostgreSQL: pgbench as
 * the baseline, postings through the service layer over 50 funds and on one hot fund, postings over
 * HTTP against the real jar, votes over HTTP while postings run, and the jar's cold start and
 * memory. Prints each figure and each ratio as it goes, then a Markdown table for
 * docs/benchmarks.md.
 */
public final class BenchmarkRun {

  static final int WORKERS = 20;
  static final int FUNDS = 50;
  static final int VOTERS = 50;
  private static final String ENTRIES = "select count(*) from journal_entry";
  // Rows written by one transaction share its id (xmin): how many transactions wrote entries.
  private static final String TRANSACTIONS =
      "select count(distinct xmin::text) from journal_entry";

  private BenchmarkRun() {}

  public static void main(String[] args) throws Exception {
    Duration duration =
        Duration.ofSeconds(Long.parseLong(Databases.env("RELIEF_BENCH_SECONDS", "20")));
    var table = new Table();
    System.out.printf(
        "Relief Ledger benchmarks, %s, %d CPUs, JDK %s, %d s per load%n",
        Instant.now(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.version(),
        duration.toSeconds());

    OptionalDouble pgbench = Pgbench.tps(WORKERS, WORKERS, duration);
    OptionalDouble pgbenchOneRow = Pgbench.tps(1, WORKERS, duration);
    if (pgbench.isPresent()) {
      table.figure("pgbench tpcb-like, 20 clients (scale 20)", "%.0f TPS", pgbench.getAsDouble());
      table.figure(
          "pgbench tpcb-like, 20 clients, scale 1 (all on one row)",
          "%.0f TPS",
          pgbenchOneRow.getAsDouble());
    } else {
      table.line("pgbench tpcb-like, 20 clients", "MISSING: pgbench is not installed", "");
    }

    List<String> funds = Postings.funds(FUNDS);
    Load.Result serial;
    Load.Result direct;
    Load.Result spread;
    Load.Result hotDirect;
    Load.Result hot;
    double entriesPerTransaction;
    boolean booksRight;
    long negative;
    String database = "relief_bench_service";
    String url = Databases.createMigrated(database);
    try (var ledger = new InProcessLedger(url, WORKERS + 2)) {
      ledger.addFunds(funds);
      Load.run(WORKERS, Duration.ofSeconds(3), () -> ledger.poster(funds));
      Load.run(WORKERS, Duration.ofSeconds(3), () -> ledger.groupPoster(funds));
      serial = Load.run(1, duration, () -> ledger.poster(funds));
      direct = Load.run(WORKERS, duration, () -> ledger.poster(funds));
      long entriesBefore = Databases.number(url, ENTRIES);
      long transactionsBefore = Databases.number(url, TRANSACTIONS);
      spread = Load.run(WORKERS, duration, () -> ledger.groupPoster(funds));
      entriesPerTransaction =
          (Databases.number(url, ENTRIES) - entriesBefore)
              / (double) (Databases.number(url, TRANSACTIONS) - transactionsBefore);
      hotDirect = Load.run(WORKERS, duration, () -> ledger.poster(funds.subList(0, 1)));
      hot = Load.run(WORKERS, duration, () -> ledger.groupPoster(funds.subList(0, 1)));
      booksRight = ledger.booksAreRight();
      negative = negativeFunds(url);
    } finally {
      Databases.drop(database);
    }
    table.figure(
        "service layer, 50 funds, 1 worker, direct (serial)", "%.0f entries/s", serial.perSecond());
    table.figure(
        "service layer, 50 funds, 20 workers, direct (one transaction per entry)",
        "%.0f entries/s",
        direct.perSecond());
    table.counts("  (of which)", direct);
    table.figure(
        "service layer, 50 funds, 20 workers, group commit", "%.0f entries/s", spread.perSecond());
    table.counts("  (of which)", spread);
    table.figure("  entries per transaction (mean batch)", "%.1f", entriesPerTransaction);
    table.ratio("  ratio group commit / direct", spread.perSecond() / direct.perSecond(), Double.NaN);
    if (pgbench.isPresent()) {
      table.ratio(
          "  ratio direct to pgbench TPS", direct.perSecond() / pgbench.getAsDouble(), Double.NaN);
      table.ratio(
          "  ratio group commit to pgbench TPS", spread.perSecond() / pgbench.getAsDouble(), 0.5);
      table.ratio(
          "  ratio group commit to pgbench scale 1 (one hot row)",
          spread.perSecond() / pgbenchOneRow.getAsDouble(),
          Double.NaN);
    }
    table.figure(
        "service layer, one hot fund, 20 workers, direct", "%.0f entries/s", hotDirect.perSecond());
    table.counts("  (of which)", hotDirect);
    table.figure(
        "service layer, one hot fund, 20 workers, group commit", "%.0f entries/s", hot.perSecond());
    table.counts("  (of which)", hot);
    table.ratio("  ratio to 50 funds (group commit)", hot.perSecond() / spread.perSecond(), 0.3);
    long deadlocks =
        serial.deadlocks()
            + direct.deadlocks()
            + spread.deadlocks()
            + hotDirect.deadlocks()
            + hot.deadlocks();
    table.line("  deadlocks (all runs)", String.valueOf(deadlocks), "0");
    table.line("  overdrafts: funds below zero", String.valueOf(negative), "0");
    table.line("  chain verifies, cash rows = postings", String.valueOf(booksRight), "true");

    database = "relief_bench_http";
    url = Databases.create(database);
    Path work = Files.createTempDirectory("relief-bench-server");
    try (var server = Server.start(Server.jar(), url, work);
        var ledger = new InProcessLedger(url, 2)) {
      table.figure(
          "cold start of relief-ledger.jar to healthy (empty database)",
          "%.1f s",
          server.startup().toMillis() / 1000.0);
      table.figure("  resident memory when healthy", "%.0f MB", server.residentMb());
      ledger.addFunds(funds);
      var http = new HttpPoster(server.api());
      http.createTreasurer();
      Load.run(WORKERS, Duration.ofSeconds(5), () -> http.poster(funds));
      var overHttp = Load.run(WORKERS, duration, () -> http.poster(funds));
      table.figure(
          "HTTP POST /journal-entries (group commit), 50 funds, 20 clients",
          "%.0f entries/s",
          overHttp.perSecond());
      table.counts("  (of which)", overHttp);
      table.figure("  latency p50", "%.1f ms", overHttp.percentileMillis(50));
      table.figure("  latency p99", "%.1f ms", overHttp.percentileMillis(99));
      table.ratio(
          "  ratio to service layer (group commit)",
          overHttp.perSecond() / spread.perSecond(),
          Double.NaN);
      table.figure("  peak resident memory after the load", "%.0f MB", server.peakResidentMb());
      voteUnderPostings(table, http, funds, duration);
      table.line(
          "  chain verifies, cash rows = postings", String.valueOf(ledger.booksAreRight()), "true");
    } finally {
      Databases.drop(database);
    }
    table.print();
  }

  /** 50 committee members voting over HTTP while 20 clients post entries, both for duration. */
  private static void voteUnderPostings(
      Table table, HttpPoster http, List<String> funds, Duration duration) throws Exception {
    var voters = HttpVoters.prepare(http, VOTERS, VOTERS, funds.get(0));
    // Warm-up: each member's first request verifies the password hash, the slow step of sign-in.
    Load.run(VOTERS, Duration.ofSeconds(5), voters::voter);
    var postings =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Load.run(WORKERS, duration, () -> http.poster(funds));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
              }
            });
    var votes = Load.run(VOTERS, duration, voters::voter);
    var meanwhile = postings.join();
    table.figure(
        "voting, 50 voters, 20 clients posting meanwhile", "%.0f votes/s", votes.perSecond());
    table.line(
        "  (of which)",
        String.format(
            "%d answered 2xx, %d non-2xx, %d without answer%s",
            votes.posted(),
            votes.refused(),
            votes.failed() + votes.deadlocks(),
            votes.failureTypes().isEmpty() ? "" : " " + votes.failureTypes()),
        "0 non-2xx");
    table.figure("  vote latency p50", "%.1f ms", votes.percentileMillis(50));
    table.figure("  vote latency p99", "%.1f ms", votes.percentileMillis(99));
    table.figure("  postings meanwhile", "%.0f entries/s", meanwhile.perSecond());
    table.counts("  (of which)", meanwhile);
  }

  private static long negativeFunds(String url) {
    return Databases.number(
        url,
        "select count(*) from (select p.fund_id from posting p join account a on a.id = p.account_id"
            + " where a.account_type = 'ASSET' group by p.fund_id"
            + " having sum(p.debit_minor - p.credit_minor) < 0) negative");
  }
}
