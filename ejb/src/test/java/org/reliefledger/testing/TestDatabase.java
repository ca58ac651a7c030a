package org.reliefledger.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A freshly migrated database for one test: in-memory H2 in PostgreSQL mode, or a throw-away
 * PostgreSQL database when a server answers (see {@link #postgresAnswers()}).
 */
public final class TestDatabase implements AutoCloseable {

  private static final String PG_ADMIN_URL =
      env("RELIEF_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  private static final String PG_USER = env("RELIEF_TEST_PG_USER", "postgres");
  private static final String PG_PASSWORD = env("RELIEF_TEST_PG_PASSWORD", "");

  private final String url;
  private final String user;
  private final String password;
  private final String postgresDatabase;

  private TestDatabase(String url, String user, String password, String postgresDatabase) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.postgresDatabase = postgresDatabase;
    Flyway.configure().dataSource(url, user, password).load().migrate();
  }

  public static TestDatabase h2() {
    return new TestDatabase(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";LOCK_TIMEOUT=20000;DB_CLOSE_DELAY=-1",
        "sa",
        "",
        null);
  }

  public static TestDatabase postgres() {
    String name = "ledger_jpa_" + UUID.randomUUID().toString().replace("-", "");
    admin("CREATE DATABASE " + name.toLowerCase(Locale.ROOT));
    String url = PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name;
    return new TestDatabase(url, PG_USER, PG_PASSWORD, name);
  }

  public static boolean postgresAnswers() {
    try (Connection ignored = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD)) {
      return true;
    } catch (SQLException unreachable) {
      return false;
    }
  }

  /** A new persistence unit on this database: a separate cache, like another app instance. */
  public EntityManagerFactory newInstance() {
    return Persistence.createEntityManagerFactory(
        "ledger-se-test",
        Map.of(
            "jakarta.persistence.jdbc.url", url,
            "jakarta.persistence.jdbc.user", user,
            "jakarta.persistence.jdbc.password", password));
  }

  /** Runs plain SQL behind the application's back. */
  public void execute(String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row {@code sql} returns, as text. */
  public List<String> strings(String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      var values = new ArrayList<String>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (postgresDatabase == null) {
      execute("SHUTDOWN");
    } else {
      admin("DROP DATABASE IF EXISTS " + postgresDatabase + " WITH (FORCE)");
    }
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
