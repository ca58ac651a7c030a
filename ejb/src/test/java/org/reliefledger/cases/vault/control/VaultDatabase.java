package org.reliefledger.cases.vault.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
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
 * A fresh in-memory H2 database (PostgreSQL mode) migrated by Flyway, with the vault's entities
 * mapped by EclipseLink outside a container. Work runs in resource-local transactions, as the
 * container would run a business method.
 */
final class VaultDatabase implements AutoCloseable {

  private final String url =
      "jdbc:h2:mem:vault-"
          + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
  private final EntityManagerFactory factory;

  VaultDatabase() {
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    factory =
        Persistence.createEntityManagerFactory(
            "vault-test",
            Map.of(
                "jakarta.persistence.jdbc.url",
                url,
                "eclipselink.persistencexml",
                "META-INF/vault-test-persistence.xml"));
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

  /** Everything the database holds, as H2's {@code SCRIPT} writes it: a full dump. */
  String dump() throws SQLException {
    StringBuilder dump = new StringBuilder();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet lines = statement.executeQuery("SCRIPT")) {
      while (lines.next()) {
        dump.append(lines.getString(1)).append('\n');
      }
    }
    return dump.toString();
  }

  long count(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    factory.close();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }
}
