package org.reliefledger.ledger.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The chart the migrations install has what the domain code refers to by code. */
class DefaultChartTest {

  private static final String URL =
      "jdbc:h2:mem:"
          + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

  static {
    Flyway.configure().dataSource(URL, "sa", "").load().migrate();
  }

  @ParameterizedTest
  @EnumSource(SpendingCategory.class)
  void everyCategoryHasItsExpenseAccount(SpendingCategory category) throws SQLException {
    assertThat(typeOfAccount(category.expenseAccountCode())).isEqualTo("EXPENSE");
  }

  @Test
  void theGeneralFundExists() throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, "sa", "");
        PreparedStatement q = c.prepareStatement("SELECT restricted FROM fund WHERE code = ?")) {
      q.setString(1, Fund.GENERAL);
      try (ResultSet row = q.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getBoolean(1)).isFalse();
      }
    }
  }

  private static String typeOfAccount(String code) throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, "sa", "");
        PreparedStatement q =
            c.prepareStatement("SELECT account_type FROM account WHERE code = ?")) {
      q.setString(1, code);
      try (ResultSet row = q.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }
}
