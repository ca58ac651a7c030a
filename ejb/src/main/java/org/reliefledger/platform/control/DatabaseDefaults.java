package org.reliefledger.platform.control;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Fills in the database settings a newcomer never has to type: an embedded H2 file under the data
 * directory when {@code RELIEF_DB_URL} is unset, and the JDBC data source class that fits whichever
 * URL is in force. Lowest priority, so environment and system properties win.
 *
 * <p>It reads the two inputs (URL and data directory) straight from system properties and the
 * environment, because a config source may not ask the config it is part of.
 */
public class DatabaseDefaults implements ConfigSource {

  static final String URL = "relief.db.url";
  static final String DATA_DIR = "relief.data.dir";

  // LOCK_TIMEOUT: every ledger write waits for the chain-head row lock (see LedgerLocks); H2's
  // default of one second is too short for a burst of concurrent postings.
  // WRITE_DELAY=0: H2 otherwise keeps committed transactions in memory for up to half a second, so
  // a killed process lost entries it had already acknowledged (found by CrashRecoveryIT on H2).
  private static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=20000"
          + ";WRITE_DELAY=0";

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(URL, DATA_DIR);
  }

  @Override
  public String getValue(String propertyName) {
    return switch (propertyName) {
      case URL -> embeddedUrl();
      case DATA_DIR -> dataDir().toString();
      default -> null;
    };
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(URL, embeddedUrl(), DATA_DIR, dataDir().toString());
  }

  @Override
  public int getOrdinal() {
    return 1;
  }

  @Override
  public String getName() {
    return "relief-ledger-database-defaults";
  }

  static String embeddedUrlIn(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.resolve("relief").toAbsolutePath().normalize() + H2_OPTIONS;
  }

  private String embeddedUrl() {
    return embeddedUrlIn(dataDir());
  }

  private Path dataDir() {
    String configured = setting(DATA_DIR, "RELIEF_DATA_DIR");
    return Path.of(configured == null || configured.isBlank() ? "data" : configured.trim());
  }

  private static String setting(String property, String environmentVariable) {
    String value = System.getProperty(property);
    return value != null ? value : System.getenv(environmentVariable);
  }
}
