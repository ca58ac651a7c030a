package org.reliefledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * The local PostgreSQL server the benchmarks run on: creates and drops their own databases (trust
 * authentication as {@code postgres}, as on the CI machine).
 */
final class Databases {

  static final String HOST = env("RELIEF_BENCH_PG_HOST", "127.0.0.1");
  static final String PORT = env("RELIEF_BENCH_PG_PORT", "5432");
  static final String USER = env("RELIEF_BENCH_PG_USER", "postgres");
  static final String PASSWORD = env("RELIEF_BENCH_PG_PASSWORD", "");

  private Databases() {}

  static String url(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  /** Creates an empty database (dropping a leftover of the same name) and returns its URL. */
  static String create(String database) {
    drop(database);
    admin("CREATE DATABASE " + database);
    return url(database);
  }

  /** Creates a database with the application's schema (Flyway, as the server does at start). */
  static String createMigrated(String database) {
    String url = create(database);
    Flyway.configure().dataSource(url, USER, PASSWORD).load().migrate();
    return url;
  }

  static void drop(String database) {
    admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  }

  /** The first column of the first row of {@code sql}, a number. */
  static long number(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
