package org.reliefledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pgbench's built-in TPC-B-like script on a throw-away database: what this PostgreSQL does on this
 * machine, the baseline every ledger figure is compared with.
 */
final class Pgbench {

  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial");
  private static final String DATABASE = "relief_bench_pgbench";

  private Pgbench() {}

  /**
   * Initializes at {@code scale} (the number of branch rows every transaction updates one of: at
   * scale 1 all clients queue on one row, as ledger posters queue on the chain head) and runs
   * {@code clients} clients for {@code duration}.
   *
   * @return the TPS, or empty when pgbench is not installed
   */
  static OptionalDouble tps(int scale, int clients, Duration duration)
      throws IOException, InterruptedException {
    if (!installed()) {
      return OptionalDouble.empty();
    }
    Databases.create(DATABASE);
    try {
      run(List.of("-i", "-q", "-s", String.valueOf(scale)));
      String out =
          run(
              List.of(
                  "-b",
                  "tpcb-like",
                  "-c",
                  String.valueOf(clients),
                  "-j",
                  String.valueOf(Runtime.getRuntime().availableProcessors()),
                  "-T",
                  String.valueOf(duration.toSeconds())));
      Matcher tps = TPS.matcher(out);
      if (!tps.find()) {
        throw new IllegalStateException("pgbench printed no tps line:\n" + out);
      }
      return OptionalDouble.of(Double.parseDouble(tps.group(1)));
    } finally {
      Databases.drop(DATABASE);
    }
  }

  private static boolean installed() throws InterruptedException {
    try {
      return new ProcessBuilder("pgbench", "--version").start().waitFor() == 0;
    } catch (IOException notFound) {
      return false;
    }
  }

  private static String run(List<String> arguments) throws IOException, InterruptedException {
    var command = new ArrayList<>(List.of("pgbench", "-h", Databases.HOST, "-p", Databases.PORT));
    command.addAll(List.of("-U", Databases.USER));
    command.addAll(arguments);
    command.add(DATABASE);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("pgbench failed:\n" + out);
    }
    return out;
  }
}
