package org.reliefledger.cases.vault.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A fresh database migrated by Flyway, with the vault's entities mapped by EclipseLink outside a
 * container: in-memory H2 in PostgreSQL mode, or a new database on the local PostgreSQL. Work runs
 * in resource-local transactions, as the container would run a business method.
 */
abstract class VaultDatabase implements AutoCloseable {

  final String url;
  final String user;
  final String password;
  private final EntityManagerFactory factory;

  private VaultDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
    Flyway.configure().dataSource(url, user, password).load().migrate();
    factory =
        Persistence.createEntityManagerFactory(
            "vault-test",
            Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.driver",
                    url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver",
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password,
                "eclipselink.persistencexml", "META-INF/vault-test-persistence.xml"));
    seedCasesAndRequests();
  }

  /**
   * The cases (ids 50 to 61) and disbursement requests (350 and 351 of case 50, 400 of case 52)
   * that the vault's rows refer to.
   */
  private void seedCasesAndRequests() {
    try {
      execute("INSERT INTO fund (id, code, name, restricted) VALUES (1000, 'TEST', 'Test', FALSE)");
      execute(
          "INSERT INTO area (code, name, name_key, created_by, created_at)"
              + " VALUES ('EAST', 'East', 'east', 'admin', CURRENT_TIMESTAMP)");
      for (long caseId = 50; caseId <= 61; caseId++) {
        execute(
            "INSERT INTO cases (id, code, household_size_band, area, languages, created_by,"
                + " created_at) VALUES ("
                + caseId
                + ", 'C-"
                + caseId
                + "QQ', 'ONE', 'EAST', 'es', 'intake', CURRENT_TIMESTAMP)");
      }
      for (long[] request : new long[][] {{350, 50}, {351, 50}, {400, 52}}) {
        execute(
            "INSERT INTO disbursement_request (id, row_version, case_id, fund_id, category,"
                + " amount_minor, currency, payee, requested_by, opened_at, deadline,"
                + " policy_version, status) VALUES ("
                + request[0]
                + ", 1, "
                + request[1]
                + ", 1000, 'RENT', 10000, 'USD', 'LANDLORD', 'intake', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 1, 'OPEN')");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot seed the vault test database", e);
    }
  }

  static VaultDatabase h2() {
    return new H2(
        "jdbc:h2:mem:vault-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
  }

  /**
   * A new database on the PostgreSQL of {@code relief.test.postgres.url} (default the local server)
   * as {@code relief.test.postgres.user} (default {@code RELIEF_TEST_PG_USER}, else {@code
   * postgres}, as the other PostgreSQL tests).
   *
   * @throws SQLException when no PostgreSQL answers there
   */
  static VaultDatabase postgres() throws SQLException {
    return new Postgres(
        System.getProperty("relief.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
        System.getProperty("relief.test.postgres.user", env("RELIEF_TEST_PG_USER", "postgres")),
        System.getProperty("relief.test.postgres.password", env("RELIEF_TEST_PG_PASSWORD", "")));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  EntityManager entityManager() {
    return factory.createEntityManager();
  }

  /** Runs the work in one transaction of the given entity manager and commits. */
  static <T> T inTransaction(EntityManager em, Function<EntityManager, T> work) {
    em.getTransaction().begin();
    try {
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.clear();
    }
  }

  /** Everything the database holds, as its own dump tool writes it. */
  abstract String dump() throws Exception;

  long count(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void close() throws Exception {
    factory.close();
  }

  private static final class H2 extends VaultDatabase {

    H2(String url) {
      super(url, "sa", "");
    }

    @Override
    String dump() throws SQLException {
      StringBuilder dump = new StringBuilder();
      try (Connection connection = DriverManager.getConnection(url, user, password);
          Statement statement = connection.createStatement();
          ResultSet lines = statement.executeQuery("SCRIPT")) {
        while (lines.next()) {
          dump.append(lines.getString(1)).append('\n');
        }
      }
      return dump.toString();
    }

    @Override
    public void close() throws Exception {
      super.close();
      execute("SHUTDOWN");
    }
  }

  private static final class Postgres extends VaultDatabase {

    private final String serverUrl;
    private final String name;

    private Postgres(String serverUrl, String user, String password, String name)
        throws SQLException {
      super(createDatabase(serverUrl, user, password, name), user, password);
      this.serverUrl = serverUrl;
      this.name = name;
    }

    Postgres(String serverUrl, String user, String password) throws SQLException {
      this(
          serverUrl, user, password, "vault_test_" + UUID.randomUUID().toString().replace("-", ""));
    }

    private static String createDatabase(
        String serverUrl, String user, String password, String name) throws SQLException {
      try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      }
      return serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
    }

    @Override
    String dump() throws IOException, InterruptedException {
      Process pgDump =
          new ProcessBuilder(
                  "pg_dump",
                  "--dbname=postgresql://"
                      + user
                      + ":"
                      + password
                      + "@"
                      + url.substring("jdbc:postgresql://".length()))
              .redirectErrorStream(true)
              .start();
      String dump = new String(pgDump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (pgDump.waitFor() != 0) {
        throw new IOException("pg_dump failed: " + dump);
      }
      return dump;
    }

    @Override
    public void close() throws Exception {
      super.close();
      try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
          Statement statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }
  }
}
