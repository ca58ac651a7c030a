package org.reliefledger.disbursement.boundary;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A freshly migrated database for one test: in-memory H2 in PostgreSQL mode, or a throw-away
 * PostgreSQL database when a server answers at {@code RELIEF_TEST_PG_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code RELIEF_TEST_PG_USER} or {@code
 * postgres}).
 */
final class Database implements AutoCloseable {

  private static final String PG_URL =
      env("RELIEF_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  private static final String PG_USER = env("RELIEF_TEST_PG_USER", "postgres");
  private static final String PG_PASSWORD = env("RELIEF_TEST_PG_PASSWORD", "");

  private final String url;
  private final String user;
  private final String password;
  private final String throwAway;

  private Database(String url, String user, String password, String throwAway) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.throwAway = throwAway;
    Flyway.configure().dataSource(url, user, password).load().migrate();
  }

  static Database h2() {
    return new Database(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
            + ";LOCK_TIMEOUT=20000;DB_CLOSE_DELAY=-1",
        "sa",
        "",
        null);
  }

  static Database postgres() {
    var name = ("disbursements_" + UUID.randomUUID()).replace("-", "").toLowerCase(Locale.ROOT);
    onServer("CREATE DATABASE " + name);
    return new Database(
        PG_URL.substring(0, PG_URL.lastIndexOf('/') + 1) + name, PG_USER, PG_PASSWORD, name);
  }

  static boolean postgresAnswers() {
    try (Connection ignored = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
      return true;
    } catch (SQLException unreachable) {
      return false;
    }
  }

  /** A persistence unit of its own: like another application instance on the same database. */
  EntityManagerFactory newInstance() {
    return Persistence.createEntityManagerFactory(
        "disbursement-se-test",
        Map.of(
            "jakarta.persistence.jdbc.url", url,
            "jakarta.persistence.jdbc.user", user,
            "jakarta.persistence.jdbc.password", password));
  }

  /** Runs plain SQL behind the application's back. */
  void execute(String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long number(String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        var rows = c.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (throwAway == null) {
      execute("SHUTDOWN");
    } else {
      onServer("DROP DATABASE IF EXISTS " + throwAway + " WITH (FORCE)");
    }
  }

  private static void onServer(String sql) {
    try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
      c.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
