package org.reliefledger.cases.vault.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import org.reliefledger.bench.Table;
import org.reliefledger.cases.vault.DataKey;
import org.reliefledger.cases.vault.MasterKeyring;
import org.reliefledger.cases.vault.WrappedKey;

/**
 * A shred with 100,000 cases on the local PostgreSQL: the case's data key is deleted in the
 * transaction of a master key rotation that re-wraps the 99,999 others, then the old key leaves the
 * key file (what the retention timer does once a day for its whole batch). The baseline, in the
 * same database: one bare {@code UPDATE} rewriting the same 100,000 rows, the floor of any design
 * that re-wraps every key. Runs the vault's own controls outside the container, as its tests do
 * (package {@code control}, so it lives in this package).
 */
public final class ShredBenchmark {

  static final int CASES = 100_000;
  private static final long FIRST_CASE = 1_000;
  private static final double TARGET_SECONDS = 60;

  private ShredBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path folder = Files.createTempDirectory("relief-shred-bench");
    try (VaultDatabase database = VaultDatabase.postgres()) {
      VaultInstance vault = new VaultInstance(database, folder.resolve("vault.key")).start();
      addCasesWithKeys(database, vault.keys.keyring());
      database.execute("VACUUM ANALYZE case_key");

      long start = System.nanoTime();
      database.execute("UPDATE case_key SET wrapped_key = wrapped_key");
      double bare = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      Shred shred = vault.shred(FIRST_CASE);
      double shredding = (System.nanoTime() - start) / 1e9;

      String primary = vault.keys.keyring().primary().id();
      long rewrapped =
          database.count("SELECT COUNT(*) FROM case_key WHERE master_key_id = '" + primary + "'");
      var table = new Table();
      table.figure("bare UPDATE of 100,000 case_key rows", "%.2f s", bare);
      table.line(
          "shred of 1 case + master key rotation, 100,000 cases",
          String.format("%.2f s", shredding),
          shredding <= TARGET_SECONDS ? "≤ 60 s" : "MISSED ≤ 60 s");
      table.ratio("  ratio to the bare UPDATE", shredding / bare, Double.NaN);
      table.line(
          "  shredded, data keys re-wrapped",
          shred.byThisCall() + ", " + rewrapped,
          "true, " + (CASES - 1));
      table.print();
    } finally {
      try (var files = Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /** 100,000 cases, each with its own data key wrapped by the instance's master key. */
  private static void addCasesWithKeys(VaultDatabase database, MasterKeyring keyring)
      throws Exception {
    long last = FIRST_CASE + CASES - 1;
    database.execute(
        "INSERT INTO cases (id, code, household_size_band, area, languages, created_by,"
            + " created_at) SELECT g, 'B' || lpad(to_hex(g), 5, '0'), 'ONE', 'East', 'es',"
            + " 'bench', now() FROM generate_series("
            + FIRST_CASE
            + ", "
            + last
            + ") g");
    try (Connection connection =
            DriverManager.getConnection(database.url, database.user, database.password);
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO case_key (case_id, master_key_id, wrap_nonce, wrapped_key,"
                    + " created_at) VALUES (?, ?, ?, ?, ?)")) {
      connection.setAutoCommit(false);
      Timestamp now = Timestamp.from(Instant.now());
      for (long caseId = FIRST_CASE; caseId <= last; caseId++) {
        WrappedKey wrapped = keyring.wrap(DataKey.generate(), caseId);
        insert.setLong(1, caseId);
        insert.setString(2, wrapped.masterKeyId());
        insert.setBytes(3, wrapped.sealed().nonce());
        insert.setBytes(4, wrapped.sealed().ciphertext());
        insert.setTimestamp(5, now);
        insert.addBatch();
        if (caseId % 1000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      connection.commit();
    }
  }
}
