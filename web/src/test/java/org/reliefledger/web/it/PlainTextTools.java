package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's {@code hledger}, {@code bean-check} and {@code bean-query} run on an exported journal:
 * the independent tools' view of each account's balance, in cents, keyed {@code code:fund} (the
 * top-level class left out, so it compares with the trial balance's rows).
 */
final class PlainTextTools {

  private PlainTextTools() {}

  static void assumeInstalled(String tool) {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin", tool)),
        tool + " is not installed (.ci/run installs hledger and beancount): test skipped");
  }

  /** {@code hledger bal}: every account with a non-zero balance. */
  static Map<String, Long> hledgerBalances(Path journal) throws IOException, InterruptedException {
    return balances(
        run("hledger", "-f", journal.toString(), "bal", "--flat", "--no-total", "-O", "csv"));
  }

  /** Fails with bean-check's own words unless the file is valid Beancount. */
  static void beanCheck(Path books) throws IOException, InterruptedException {
    run("bean-check", books.toString());
  }

  /** {@code bean-query}: the sum of each account's postings. */
  static Map<String, Long> beancountBalances(Path books) throws IOException, InterruptedException {
    return balances(
        run(
            "bean-query",
            "-f",
            "csv",
            books.toString(),
            "SELECT account, sum(number) GROUP BY account"));
  }

  /** Rows of {@code account,amount[ commodity]} (the header and zero sums skipped). */
  private static Map<String, Long> balances(String csv) {
    var balances = new HashMap<String, Long>();
    for (String line : csv.lines().skip(1).toList()) {
      String[] cells = line.replace("\"", "").split(",", 2);
      long cents = new BigDecimal(cells[1].trim().split(" ")[0]).movePointRight(2).longValueExact();
      if (cents != 0) {
        String account = cells[0].trim();
        balances.put(account.substring(account.indexOf(':') + 1), cents);
      }
    }
    return balances;
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(command[0] + ": " + errors + output).isZero();
    return output;
  }
}
