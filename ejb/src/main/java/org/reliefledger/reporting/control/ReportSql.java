package org.reliefledger.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs read-only SQL on the application's data source inside the caller's transaction. Reports
 * aggregate in the database (GROUP BY) and read rows as they come: no entity is loaded.
 */
@Dependent
public class ReportSql {

  /** Reads one result row. */
  @FunctionalInterface
  public interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  @Resource(lookup = "java:app/jdbc/relief")
  DataSource dataSource;

  /** Runs {@code sql} with {@code parameters} (dates, strings, numbers) and reads every row. */
  public void query(String sql, RowReader reader, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    } catch (SQLException e) {
      // The SQL state only: a driver message may quote parameter values.
      throw new IllegalStateException("report query failed, SQL state " + e.getSQLState());
    }
  }

  /** Opens a connection for a caller that streams a result and closes it itself. */
  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }
}
