package org.reliefledger.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefledger.web.it.ApiClient;
import org.reliefledger.web.it.RawFileAttack;

/**
 * Committee vault mode on the shipped jar ({@code RELIEF_VAULT_MODE=committee}): the root key is
 * split 2-of-3, a case with details is sealed, and after a restart the vault is sealed: nothing on
 * disk opens a data key (the key file and every database file, scanned by {@link RawFileAttack}),
 * the details answer 503 while the ledger works, one share does not open it, a wrong one is
 * refused, two do. Then a lockdown: on PostgreSQL it is asked on one instance and another instance
 * on the same database seals itself, signs out and pauses case reads within seconds; on H2 (one
 * process only) on the same instance.
 */
class CommitteeVaultIT {

  private static final String CANARY = "Quokkacommittee Zyxwvut";

  @Test
  void aRestartSealsTheVaultAndOnlyKSharesOpenItAndALockdownReachesEveryInstance()
      throws Exception {
    boolean postgres = "postgres".equals(System.getProperty("relief.test.db"));
    Path work = Files.createTempDirectory(Path.of("target"), "it-committee-");
    JarDatabase database =
        postgres
            ? JarDatabase.freshPostgres("relief_committee_")
            : JarDatabase.h2In(work.resolve("instance-a").resolve("data"));
    Path keyFile = work.resolve("vault.key");
    var environment = new HashMap<>(database.environment());
    environment.put("RELIEF_VAULT_MODE", "committee");
    environment.put("RELIEF_VAULT_KEY_FILE", keyFile.toString());
    List<ServerProcess> running = new ArrayList<>();
    try {
      ServerProcess first = ServerProcess.start(work.resolve("instance-a"), environment);
      running.add(first);
      ApiClient admin = admin(first);
      admin.newUser("holder-two", "holder-two-password", "COMMITTEE");
      admin.newUser("holder-three", "holder-three-password", "TREASURER");
      ApiClient intake = admin.newUser("intake-one", "intake-one-password", "INTAKE");
      var beforeSplit = intake.post("cases", caseWithDetails(admin));
      assertThat(beforeSplit.status()).as(beforeSplit.toString()).isEqualTo(503);
      assertThat(beforeSplit.json().getString("error")).isEqualTo("vault_sealed");
      var split =
          admin.post(
              "vault/committee/split",
              "{\"threshold\":2,\"holders\":[\"admin\",\"holder-two\",\"holder-three\"]}");
      assertThat(split.status()).as(split.toString()).isEqualTo(200);
      String shareOne = admin.get("vault/committee/share").text().strip();
      ApiClient two = anonymous(first).as("holder-two", "holder-two-password");
      String shareTwo = two.get("vault/committee/share").text().strip();
      var sheet =
          anonymous(first)
              .as("holder-three", "holder-three-password")
              .get("vault/committee/share?format=sheet");
      assertThat(sheet.text()).contains("RL1-2-3-").contains("holder-three");
      assertThat(two.get("vault/committee/share").status()).as("handed out once").isEqualTo(410);

      var opened = intake.post("cases", caseWithDetails(admin));
      assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
      String code = opened.json().getString("code");
      assertThat(intake.get("cases/" + code + "/pii?reason=CONTACT_HOUSEHOLD").text())
          .contains(CANARY);

      first.stop();
      running.clear();
      assertThat(openableDataKeys(database, work, keyFile))
          .as("data keys opened from disk")
          .isZero();

      first = ServerProcess.start(work.resolve("instance-a"), environment);
      running.add(first);
      if (postgres) {
        running.add(ServerProcess.start(work.resolve("instance-b"), environment));
      }
      intake = anonymous(first).as("intake-one", "intake-one-password");
      var sealed = intake.get("cases/" + code + "/pii?reason=CONTACT_HOUSEHOLD");
      assertThat(sealed.status()).isEqualTo(503);
      assertThat(sealed.json().getString("error")).isEqualTo("vault_sealed");
      assertThat(admin(first).get("accounts").status()).as("the ledger works").isEqualTo(200);

      ApiClient unsealer = anonymous(first).as("holder-two", "holder-two-password");
      var oneShare = unsealer.post("vault/unseal", share(shareOne));
      assertThat(oneShare.status()).isEqualTo(202);
      var wrong = unsealer.post("vault/unseal", share(changed(shareTwo)));
      assertThat(wrong.status()).as("a wrong share among k").isEqualTo(422);
      assertThat(wrong.text()).doesNotContain(shareOne).doesNotContain("holder");
      assertThat(intake.get("cases/" + code + "/pii?reason=CONTACT_HOUSEHOLD").status())
          .isEqualTo(503);
      assertThat(unsealer.post("vault/unseal", share(shareTwo)).status()).isEqualTo(202);
      assertThat(unsealer.post("vault/unseal", share(shareOne)).status()).isEqualTo(200);
      assertThat(intake.get("cases/" + code + "/pii?reason=CONTACT_HOUSEHOLD").text())
          .contains(CANARY);

      ServerProcess other = running.get(running.size() - 1);
      if (postgres) {
        var otherUnseal = anonymous(other).as("holder-two", "holder-two-password");
        otherUnseal.post("vault/unseal", share(shareOne));
        assertThat(otherUnseal.post("vault/unseal", share(shareTwo)).status()).isEqualTo(200);
      }
      ApiClient member = anonymous(first).as("holder-two", "holder-two-password");
      assertThat(member.post("vault/lockdown", "{\"confirmation\":\"lock\"}").status())
          .isEqualTo(400);
      assertThat(member.post("vault/lockdown", "{\"confirmation\":\"lock down\"}").status())
          .isEqualTo(200);
      ApiClient otherIntake = anonymous(other).as("intake-one", "intake-one-password");
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (otherIntake.get("cases/" + code).status() != 503 && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      var paused = otherIntake.get("cases/" + code);
      assertThat(paused.status()).as("case reads paused on the other instance").isEqualTo(503);
      assertThat(paused.json().getString("error")).isEqualTo("locked_down");
      var report =
          anonymous(other)
              .as("holder-three", "holder-three-password")
              .get("reports/trial-balance.xlsx?asOf=2026-01-31");
      assertThat(report.status()).as("report downloads refused").isEqualTo(503);
      assertThat(admin(other).get("vault/unseal").json().getBoolean("sealed")).isTrue();
      assertThat(admin(other).get("accounts").status()).as("the ledger works").isEqualTo(200);
      var otherUnseal = anonymous(other).as("holder-two", "holder-two-password");
      otherUnseal.post("vault/unseal", share(shareTwo));
      var lifted = otherUnseal.post("vault/unseal", share(shareOne));
      assertThat(lifted.json().getBoolean("lockdownLifted")).isTrue();
      assertThat(otherIntake.get("cases/" + code).status()).isEqualTo(200);

      VaultScreens.lockDownInSpanishAndUnsealInEnglish(
          other.base(), "holder-two", "holder-two-password", shareOne, shareTwo, changed(shareTwo));
      assertThat(otherIntake.get("cases/" + code + "/pii?reason=CONTACT_HOUSEHOLD").text())
          .contains(CANARY);
    } finally {
      for (ServerProcess server : running) {
        server.stop();
      }
      database.drop();
    }
  }

  /** The RawFileAttack on the key file and every file of the database: how many keys open. */
  private static int openableDataKeys(JarDatabase database, Path work, Path keyFile)
      throws Exception {
    List<Path> files = new ArrayList<>();
    List<Long> caseIds = new ArrayList<>();
    try (var connection = database.connect();
        var statement = connection.createStatement()) {
      try (ResultSet ids = statement.executeQuery("SELECT id FROM cases")) {
        while (ids.next()) {
          caseIds.add(ids.getLong(1));
        }
      }
      if (database.postgresName() == null) {
        statement.execute("CHECKPOINT SYNC");
      } else {
        statement.execute("CHECKPOINT");
        try (ResultSet row =
            statement.executeQuery(
                "SELECT current_setting('data_directory'), oid FROM pg_database"
                    + " WHERE datname = current_database()")) {
          row.next();
          Path dataDirectory = Path.of(row.getString(1));
          for (Path folder :
              List.of(
                  dataDirectory.resolve("base").resolve(Long.toString(row.getLong(2))),
                  dataDirectory.resolve("pg_wal"))) {
            try (var listed = Files.list(folder)) {
              files.addAll(listed.filter(Files::isRegularFile).toList());
            }
          }
        }
      }
    }
    if (database.postgresName() == null) {
      try (var listed = Files.walk(work.resolve("instance-a").resolve("data"))) {
        files.addAll(listed.filter(file -> file.toString().endsWith(".mv.db")).toList());
      }
    }
    assertThat(caseIds).isNotEmpty();
    assertThat(files).isNotEmpty();
    var candidates = RawFileAttack.candidates(files);
    assertThat(candidates).as("wrapped data keys found in the files").isNotEmpty();
    return RawFileAttack.open(candidates, RawFileAttack.masterKeys(keyFile), caseIds).size();
  }

  private static String caseWithDetails(ApiClient admin) {
    String area = admin.area("NORTH-C", "Northside committee");
    return "{\"householdSize\":2,\"area\":\""
        + area
        + "\",\"languages\":[\"en\"],\"pii\":{\"name\":\""
        + CANARY
        + "\",\"phone\":\"555-0199\"}}";
  }

  private static String share(String text) {
    return "{\"share\":\"" + text + "\"}";
  }

  /** The same share with one bit of its value flipped: well-formed, and wrong. */
  private static String changed(String share) {
    String[] parts = share.split("-", 4);
    byte[] value = Base64.getUrlDecoder().decode(parts[3]);
    value[0] ^= 1;
    return String.join("-", parts[0], parts[1], parts[2], "")
        + Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  private static ApiClient anonymous(ServerProcess server) {
    return ApiClient.anonymous(server.base());
  }

  private static ApiClient admin(ServerProcess server) {
    return anonymous(server).as("admin", ServerProcess.ADMIN_PASSWORD);
  }
}
