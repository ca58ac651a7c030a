package org.reliefledger.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Every migration applies cleanly on H2 in the mode the application uses, in well under a second.
 * The container tests repeat this on PostgreSQL.
 */
class MigrationsOnH2Test {

  @Test
  void allMigrationsApplyInPostgresCompatibilityMode() {
    var flyway =
        Flyway.configure()
            .dataSource(
                "jdbc:h2:mem:migrations-"
                    + System.nanoTime()
                    + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "sa",
                "")
            .locations("classpath:db/migration")
            .load();
    var result = flyway.migrate();
    assertThat(result.success).isTrue();
    assertThat(flyway.info().pending()).isEmpty();
    assertThat(flyway.info().applied()).hasSizeGreaterThanOrEqualTo(1);
  }
}
