package org.reliefledger.web.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the books behind the application's back. */
final class Sql {

  private Sql() {}

  /** The first column of every row of {@code query}, as numbers. */
  static List<Long> longs(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      var values = new ArrayList<Long>();
      while (rows.next()) {
        values.add(rows.getLong(1));
      }
      return values;
    }
  }
}
