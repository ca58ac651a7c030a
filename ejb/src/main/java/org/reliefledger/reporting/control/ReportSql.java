package org.reliefledger.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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

  /** Turns one result row into a value. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
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

  /** Every row of {@code sql}, mapped. */
  public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
    var values = new ArrayList<T>();
    query(sql, row -> values.add(mapper.map(row)), parameters);
    return values;
  }

  /** The one row of an aggregate query without GROUP BY, mapped. */
  public <T> T one(String sql, RowMapper<T> mapper, Object... parameters) {
    List<T> values = list(sql, mapper, parameters);
    if (values.size() != 1) {
      throw new IllegalStateException("an aggregate query returned " + values.size() + " rows");
    }
    return values.get(0);
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
