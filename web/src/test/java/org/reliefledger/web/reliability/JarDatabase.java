package org.reliefledger.web.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Where a {@link ServerProcess} keeps its books, and how a test reads them afterwards: an embedded
 * H2 file in a data directory, or a fresh PostgreSQL database of its own on the build's server
 * (RELIEF_TEST_PG_URL), dropped again by {@link #drop()}.
 */
record JarDatabase(String url, String user, String password, String postgresName) {

  static JarDatabase h2In(Path dataDir) {
    return new JarDatabase(
        "jdbc:h2:file:"
            + dataDir.resolve("relief").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "relief",
        "relief",
        null);
  }

  /**
   * The database of a jar test that runs once per build: a fresh PostgreSQL database named {@code
   * prefix} and a random suffix in the PostgreSQL run, or H2 under {@code work} when the build has
   * no PostgreSQL; the H2 run of a build with PostgreSQL skips the test.
   */
  static JarDatabase oncePerBuild(Path work, String prefix) throws SQLException {
    boolean postgres = postgresRun();
    Assumptions.assumeTrue(
        postgres || System.getenv("RELIEF_TEST_PG_URL") == null,
        "jar tests run once per build: on PostgreSQL in this one");
    return freshForThisRun(prefix, work.resolve("data"));
  }

  /** Whether this Failsafe execution is the PostgreSQL one (else H2). */
  static boolean postgresRun() {
    return "postgres".equals(System.getProperty("relief.test.db"));
  }

  /**
   * A fresh database on this execution's engine: PostgreSQL (named {@code prefix} and a random
   * suffix) in the PostgreSQL run, else an embedded file in {@code dataDir}.
   */
  static JarDatabase freshForThisRun(String prefix, Path dataDir) throws SQLException {
    return postgresRun() ? freshPostgres(prefix) : h2In(dataDir);
  }

  /** A new, empty database named {@code prefix} and a random suffix. */
  static JarDatabase freshPostgres(String prefix) throws SQLException {
    String server = System.getProperty("relief.test.pg.url");
    String name = prefix + UUID.randomUUID().toString().replace("-", "");
    var database =
        new JarDatabase(
            server.substring(0, server.lastIndexOf('/') + 1) + name,
            System.getProperty("relief.test.pg.user"),
            System.getProperty("relief.test.pg.password"),
            name);
    database.admin("CREATE DATABASE " + name);
    return database;
  }

  /** The environment variables that point the jar at this database (none: H2 in its data dir). */
  Map<String, String> environment() {
    return postgresName == null
        ? Map.of()
        : Map.of("RELIEF_DB_URL", url, "RELIEF_DB_USER", user, "RELIEF_DB_PASSWORD", password);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  void drop() throws SQLException {
    if (postgresName != null) {
      admin("DROP DATABASE IF EXISTS " + postgresName + " WITH (FORCE)");
    }
  }

  private void admin(String sql) throws SQLException {
    String server = System.getProperty("relief.test.pg.url");
    try (Connection c =
            DriverManager.getConnection(
                server,
                System.getProperty("relief.test.pg.user"),
                System.getProperty("relief.test.pg.password"));
        var statement = c.createStatement()) {
      statement.execute(sql);
    }
  }
}
