package org.reliefledger.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V009 on a database holding cases from before it (free-text areas and languages): the schema is
 * migrated to the version just before V009, the old rows are written, then the rest runs.
 * Subclasses say which database; the same SQL must pass on H2 and PostgreSQL.
 */
abstract class VocabularyMigrationContract {

  private static final MigrationVersion VOCABULARIES = MigrationVersion.fromVersion("9");

  private Connection connection;

  /** Flyway on a fresh, empty database. */
  abstract Flyway flyway() throws SQLException;

  abstract Connection connect() throws SQLException;

  /** Throws the database away. */
  abstract void discard() throws SQLException;

  @BeforeEach
  void migrateWithOldCases() throws SQLException {
    Flyway all = flyway();
    PriorSchema.migrateJustBefore(all, VOCABULARIES);
    connection = connect();
    oldCase(50, "East", "es,haitian creole");
    oldCase(51, "east", "Español,english,ES,mam");
    oldCase(52, "12 Canary Street", "maria canary");
    oldCase(53, "Riverside", "");
    oldCase(54, "San José", "inglés,ht,spa");
    all.migrate();
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
    discard();
  }

  private void oldCase(long id, String area, String languages) throws SQLException {
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO cases (id, code, household_size_band, area, languages, created_by,"
                + " created_at) VALUES (?, ?, 'ONE', ?, ?, 'intake', CURRENT_TIMESTAMP)")) {
      insert.setLong(1, id);
      insert.setString(2, "C-" + id + "AB");
      insert.setString(3, area);
      insert.setString(4, languages);
      insert.executeUpdate();
    }
  }

  private List<List<String>> rows(String sql) throws SQLException {
    var rows = new ArrayList<List<String>>();
    try (Statement statement = connection.createStatement();
        var result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        var row = new ArrayList<String>();
        for (int column = 1; column <= columns; column++) {
          row.add(result.getString(column));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void everyDistinctOldAreaBecomesAnOpenAreaOfTheList() throws SQLException {
    assertThat(rows("SELECT code, name, retired_at FROM area ORDER BY code"))
        .containsExactly(
            Arrays.asList("AREA-1", "12 Canary Street", null),
            Arrays.asList("AREA-2", "East", null),
            Arrays.asList("AREA-3", "Riverside", null),
            Arrays.asList("AREA-4", "San José", null));
  }

  @Test
  void oldCasesReferToTheirAreasCodeWhateverItsLetterCase() throws SQLException {
    Map<String, String> areaOfCase = new LinkedHashMap<>();
    for (var row : rows("SELECT c.code, a.name FROM cases c JOIN area a ON a.code = c.area")) {
      areaOfCase.put(row.get(0), row.get(1));
    }
    assertThat(areaOfCase)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "C-50AB", "East",
                "C-51AB", "East",
                "C-52AB", "12 Canary Street",
                "C-53AB", "Riverside",
                "C-54AB", "San José"));
  }

  @Test
  void languageNamesBecomeCodesInOrderAndTheRestIsDropped() throws SQLException {
    assertThat(rows("SELECT code, languages FROM cases ORDER BY id"))
        .containsExactly(
            List.of("C-50AB", "es,ht"),
            List.of("C-51AB", "es,en"),
            List.of("C-52AB", ""),
            List.of("C-53AB", ""),
            List.of("C-54AB", "en,ht,es"));
  }

  @Test
  void aCaseCanOnlyReferToAListedArea() {
    assertThatThrownBy(() -> oldCase(60, "Somewhere new", "es"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("cases_area_listed");
  }

  @Test
  void twoAreasCannotShareANameInAnyLetterCase() {
    assertThatThrownBy(
            () -> {
              try (Statement statement = connection.createStatement()) {
                statement.execute(
                    "INSERT INTO area (code, name, name_key, created_by, created_at)"
                        + " VALUES ('EAST', 'EAST', 'east', 'admin', CURRENT_TIMESTAMP)");
              }
            })
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("area_name_unique");
  }

  @Test
  void theMigrationLeavesNoHelperTablesBehind() throws SQLException {
    assertThat(
            rows(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE LOWER(table_name) LIKE 'v009%'"))
        .isEmpty();
  }
}
