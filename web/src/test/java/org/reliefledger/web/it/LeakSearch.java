package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Where a test looks for canaries as an attacker would: the server's log, every workbook the API
 * offers, and the database read from outside the server (every byte of the H2 files, or pg_dump).
 * Shared by the API's and the screens' canary tests so both search the same places the same way.
 */
public final class LeakSearch {

  private LeakSearch() {}

  public static void assertNoneIn(String text, List<String> canaries) {
    for (String canary : canaries) {
      assertThat(text).doesNotContainIgnoringCase(canary);
    }
  }

  /** Everything the test server logged (Payara's --logToFile writes server.log.0, .1 ...). */
  public static String serverLog() throws IOException {
    StringBuilder log = new StringBuilder();
    try (var files = Files.list(Path.of(System.getProperty("relief.test.tmpdir")))) {
      for (Path file :
          files.filter(file -> file.getFileName().toString().startsWith("server.log")).toList()) {
        log.append(Files.readString(file, StandardCharsets.ISO_8859_1));
      }
    }
    return log.toString();
  }

  /**
   * Every workbook the API offers, for this month: none holds a canary, and each holds what it must
   * (the fund, or the month), so the search provably reads what is really there.
   */
  public static void assertNoneInAnyWorkbook(
      ApiClient auditor, String fundCode, String fundName, List<String> canaries)
      throws IOException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String month = YearMonth.from(today).toString();
    String period = "?from=" + today.withDayOfMonth(1) + "&to=" + today;
    Map<String, String> mustHold =
        Map.of(
            "reports/donor-monthly?month=" + month, fundName,
            "reports/transparency" + period, month,
            "reports/trial-balance.xlsx?asOf=" + today, fundCode,
            "reports/activities" + period, fundName,
            "reports/general-ledger" + period, fundCode);
    for (var workbook : mustHold.entrySet()) {
      ApiClient.Reply reply = auditor.get(workbook.getKey());
      assertThat(reply.status()).as(workbook.getKey() + " " + reply.status()).isEqualTo(200);
      String text = XlsxText.of(reply.body());
      assertThat(text).as(workbook.getKey()).contains(workbook.getValue());
      assertNoneIn(text, canaries);
    }
  }

  /**
   * The test database as someone who took its files reads it, from outside the server: every byte
   * of the embedded H2 files (deleted and old rows included), or pg_dump of the test PostgreSQL
   * database.
   */
  public static String databaseAsAnAttackerReadsIt() throws Exception {
    if (!"postgres".equals(System.getProperty("relief.test.db"))) {
      return h2Files(Path.of(System.getProperty("relief.test.datadir")));
    }
    return pgDump(
        System.getProperty("relief.test.pg.url"),
        System.getProperty("relief.test.pg.user"),
        System.getProperty("relief.test.pg.password"));
  }

  /** Every byte of the H2 database files under {@code dataDir}, as text. */
  public static String h2Files(Path dataDir) throws IOException {
    StringBuilder files = new StringBuilder();
    try (var paths = Files.walk(dataDir)) {
      for (Path file :
          paths
              .filter(Files::isRegularFile)
              .filter(path -> path.getFileName().toString().contains(".db"))
              .toList()) {
        files.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return files.toString();
  }

  /** The whole database as its own dump tool writes it. */
  public static String pgDump(String url, String user, String password) throws Exception {
    ProcessBuilder pgDumpCommand =
        new ProcessBuilder(
                "pg_dump", "--dbname=postgresql://" + url.substring("jdbc:postgresql://".length()))
            .redirectErrorStream(true);
    pgDumpCommand.environment().put("PGUSER", user);
    pgDumpCommand.environment().put("PGPASSWORD", password == null ? "" : password);
    Process pgDump = pgDumpCommand.start();
    pgDump.getOutputStream().close();
    String dump = new String(pgDump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(pgDump.waitFor()).as(dump).isZero();
    return dump;
  }
}
