package org.reliefledger.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reliefledger.web.it.ApiClient;

/**
 * The backup round trip an operator makes, with the shipped scripts: books and two cases on a
 * running jar, one case shredded, {@code bin/relief-backup}, then {@code bin/relief-restore} into a
 * fresh database and a start with the key file. The restored books verify and balance as before;
 * the kept case's details open and the shredded one's do not.
 *
 * <p>A plain JUnit test in Failsafe, in each execution on that execution's database: H2 in the H2
 * run, PostgreSQL in the PostgreSQL run.
 */
class BackupRestoreIT {

  private static final String PASSWORD = "backup-it-password";
  private static final String CANARY = "Backupcanary Kept-Household";
  private static final String SHREDDED_CANARY = "Backupcanary Shredded-Household";

  @Test
  void aRestoredBackupVerifiesBalancesAndOpensOnlyUnshreddedCases() throws Exception {
    Path work = Files.createTempDirectory(Path.of("target"), "it-backup-");
    JarDatabase original = JarDatabase.freshForThisRun("relief_backup_", work.resolve("data"));
    JarDatabase restored = null;
    try {
      ServerProcess server = ServerProcess.start(work, original.environment());
      var admin = ApiClient.anonymous(server.base()).as("admin", ServerProcess.ADMIN_PASSWORD);
      var treasurer = admin.newUser("backup-treasurer", PASSWORD, "TREASURER");
      var intake = admin.newUser("backup-intake", PASSWORD, "INTAKE");
      admin.area("BACKUP-AREA", "Backup area");
      for (String amount : List.of("120.00", "35.50", "1000.00")) {
        assertThat(treasurer.post("donations", donation(amount)).status()).isEqualTo(201);
      }
      String kept = openCase(intake, CANARY);
      String shredded = openCase(intake, SHREDDED_CANARY);
      assertThat(intake.post("cases/" + shredded + "/shred", "").status()).isEqualTo(204);
      String trialBefore = treasurer.get("reports/trial-balance?asOf=2200-12-31").text();
      long entriesBefore = verifiedEntries(treasurer);

      Path backup = backUp(work, server, original);
      server.stop();
      assertThat(Files.readString(work.resolve("server.log"))).doesNotContain("Backupcanary");

      Path restoredWork = Files.createDirectories(work.resolve("restored"));
      restored = JarDatabase.freshForThisRun("relief_restored_", restoredWork.resolve("data"));
      assertThat(run(restoreCommand(backup, restoredWork, restored)).exitCode()).isZero();
      assertThat(run(restoreCommand(backup, restoredWork, restored)).exitCode())
          .as("a second restore over the restored books is refused")
          .isNotZero();
      Files.createDirectories(restoredWork.resolve("data"));
      Files.copy(
          work.resolve("data").resolve("vault.key"),
          restoredWork.resolve("data").resolve("vault.key"));

      ServerProcess again = ServerProcess.start(restoredWork, restored.environment());
      try {
        var treasurerAgain = ApiClient.anonymous(again.base()).as("backup-treasurer", PASSWORD);
        var intakeAgain = ApiClient.anonymous(again.base()).as("backup-intake", PASSWORD);
        assertThat(verifiedEntries(treasurerAgain)).isEqualTo(entriesBefore);
        assertThat(treasurerAgain.get("reports/trial-balance?asOf=2200-12-31").text())
            .isEqualTo(trialBefore);
        var keptDetails = intakeAgain.get("cases/" + kept + "/pii?reason=OTHER");
        assertThat(keptDetails.status()).isEqualTo(200);
        assertThat(keptDetails.text()).contains(CANARY);
        assertThat(intakeAgain.get("cases/" + shredded + "/pii?reason=OTHER").status())
            .isEqualTo(410);
      } finally {
        again.stop();
      }
    } finally {
      original.drop();
      if (restored != null) {
        restored.drop();
      }
    }
  }

  private static String donation(String amount) {
    return "{\"date\":\"2026-05-04\",\"amount\":\""
        + amount
        + "\",\"fund\":\"GENERAL\",\"depositAccount\":\"1000\",\"method\":\"CASH\"}";
  }

  private static String openCase(ApiClient intake, String name) {
    var opened =
        intake.post(
            "cases",
            "{\"householdSize\":2,\"area\":\"BACKUP-AREA\",\"languages\":[\"es\"],"
                + "\"pii\":{\"name\":\""
                + name
                + "\"}}");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    return opened.json().getString("code");
  }

  private static long verifiedEntries(ApiClient treasurer) {
    var verification = treasurer.get("ledger/verify");
    assertThat(verification.status()).isEqualTo(200);
    assertThat(verification.json().getBoolean("valid")).as(verification.text()).isTrue();
    return verification.json().getJsonNumber("entries").longValue();
  }

  /** bin/relief-backup as an operator runs it; returns the file it wrote. */
  private static Path backUp(Path work, ServerProcess server, JarDatabase database)
      throws IOException, InterruptedException {
    var environment = new HashMap<>(database.environment());
    environment.put("RELIEF_URL", server.base().toString().replaceAll("/$", ""));
    environment.put("RELIEF_BACKUP_USER", "admin");
    environment.put("RELIEF_BACKUP_PASSWORD", ServerProcess.ADMIN_PASSWORD);
    Path target = work.resolve("backups");
    Result result =
        run(new Command(List.of(script("relief-backup"), target.toString()), environment));
    assertThat(result.exitCode()).as(result.output()).isZero();
    Path file = Path.of(result.output().lines().findFirst().orElseThrow().trim());
    assertThat(file).startsWith(target).isRegularFile();
    assertThat(Files.list(target).map(Path::getFileName).map(Path::toString))
        .as("no key material in the backup folder")
        .noneMatch(name -> name.contains("key"));
    return file;
  }

  private static Command restoreCommand(Path backup, Path restoredWork, JarDatabase restored) {
    var environment = new HashMap<>(restored.environment());
    environment.put("RELIEF_DATA_DIR", restoredWork.resolve("data").toString());
    return new Command(List.of(script("relief-restore"), backup.toString()), environment);
  }

  private static String script(String name) {
    return Path.of(System.getProperty("relief.test.bin", "../bin"), name)
        .toAbsolutePath()
        .toString();
  }

  record Command(List<String> arguments, Map<String, String> environment) {}

  record Result(int exitCode, String output) {}

  private static Result run(Command command) throws IOException, InterruptedException {
    var builder =
        new ProcessBuilder(new ArrayList<>(command.arguments())).redirectErrorStream(true);
    builder.environment().remove("RELIEF_DB_URL");
    builder.environment().putAll(command.environment());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();
    return new Result(process.exitValue(), output);
  }
}
