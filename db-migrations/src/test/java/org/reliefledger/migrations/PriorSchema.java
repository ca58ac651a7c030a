package org.reliefledger.migrations;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/** Migrates a database to the version just before a migration under test, to write old rows. */
final class PriorSchema {

  private PriorSchema() {}

  /** Runs {@code all}'s migrations older than {@code version}, and no others. */
  static void migrateJustBefore(Flyway all, MigrationVersion version) {
    MigrationVersion before =
        List.of(all.info().all()).stream()
            .map(MigrationInfo::getVersion)
            .filter(v -> v != null && v.compareTo(version) < 0)
            .max(MigrationVersion::compareTo)
            .orElseThrow();
    Flyway.configure().configuration(all.getConfiguration()).target(before).load().migrate();
  }
}
