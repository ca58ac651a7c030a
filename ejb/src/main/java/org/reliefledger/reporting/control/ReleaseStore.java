package org.reliefledger.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.reliefledger.reports.anonymize.ReleasePeriod;
import org.reliefledger.reports.anonymize.ReleasedFigure;

/**
 * The released figures, written once and read ever after. Row and column "all" are stored as the
 * empty string (so the primary key covers them) and read back as {@code null}.
 */
@Dependent
public class ReleaseStore {

  private static final String ALL = "";

  @Resource(lookup = "java:app/jdbc/relief")
  DataSource dataSource;

  @Inject ReportSql sql;

  /** The published months of a year, oldest first. */
  public List<YearMonth> publishedMonths(int year) {
    return sql.list(
        "SELECT published_month FROM released_month WHERE published_month LIKE ? ORDER BY published_month",
        row -> YearMonth.parse(row.getString(1)),
        year + "-%");
  }

  /** Every published month, oldest first. */
  public List<YearMonth> publishedMonths() {
    return sql.list(
        "SELECT published_month FROM released_month ORDER BY published_month",
        row -> YearMonth.parse(row.getString(1)));
  }

  /** The k a year was protected with, if any month of it is published. */
  public Optional<Integer> minimumGroupOfYear(int year) {
    return sql
        .list(
            "SELECT MIN(min_group) FROM released_month WHERE published_month LIKE ? HAVING COUNT(*) > 0",
            row -> row.getInt(1),
            year + "-%")
        .stream()
        .findFirst();
  }

  /** Every figure released for the year (months, quarters, the year). */
  public List<ReleasedFigure> figuresOfYear(int year) {
    return sql.list(
        "SELECT period, row_label, column_label, shown, households, payments, amount_minor"
            + " FROM released_figure WHERE released_with LIKE ?",
        row ->
            new ReleasedFigure(
                ReleasePeriod.parse(row.getString(1)),
                orAll(row.getString(2)),
                orAll(row.getString(3)),
                row.getBoolean(4),
                row.getInt(5),
                row.getInt(6),
                row.getLong(7)),
        year + "-%");
  }

  /**
   * Stores a published month and the figures its publication released, in the caller's transaction.
   */
  public void store(
      YearMonth month, int minimumGroup, String publishedBy, List<ReleasedFigure> figures) {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement claim =
          connection.prepareStatement(
              "INSERT INTO released_month (published_month, min_group, published_by, published_at)"
                  + " VALUES (?, ?, ?, ?)")) {
        claim.setString(1, month.toString());
        claim.setInt(2, minimumGroup);
        claim.setString(3, publishedBy);
        claim.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
        claim.executeUpdate();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO released_figure (period, row_label, column_label, shown, households,"
                  + " payments, amount_minor, released_with) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (ReleasedFigure figure : figures) {
          insert.setString(1, figure.period().toString());
          insert.setString(2, figure.row() == null ? ALL : figure.row());
          insert.setString(3, figure.column() == null ? ALL : figure.column());
          insert.setBoolean(4, figure.shown());
          setOrNull(insert, 5, figure.shown(), figure.households());
          setOrNull(insert, 6, figure.shown(), figure.payments());
          if (figure.shown()) {
            insert.setLong(7, figure.amountMinorUnits());
          } else {
            insert.setNull(7, Types.BIGINT);
          }
          insert.setString(8, month.toString());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("storing a release failed, SQL state " + e.getSQLState());
    }
  }

  private static void setOrNull(PreparedStatement statement, int index, boolean shown, int value)
      throws SQLException {
    if (shown) {
      statement.setInt(index, value);
    } else {
      statement.setNull(index, Types.INTEGER);
    }
  }

  private static String orAll(String label) {
    return ALL.equals(label) ? null : label;
  }
}
