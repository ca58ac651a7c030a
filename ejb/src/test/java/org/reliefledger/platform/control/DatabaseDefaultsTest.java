package org.reliefledger.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseDefaultsTest {

  @Test
  void embeddedDatabaseLivesInTheDataDirectoryInPostgresMode() {
    String url = DatabaseDefaults.embeddedUrlIn(Path.of("some", "dir"));
    assertThat(url)
        .startsWith("jdbc:h2:file:" + Path.of("some", "dir", "relief").toAbsolutePath())
        .contains(";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
  }

  @Test
  void relativeDataDirectoriesBecomeAbsoluteBecauseH2RefusesImplicitRelativePaths() {
    assertThat(DatabaseDefaults.embeddedUrlIn(Path.of("data"))).startsWith("jdbc:h2:file:/");
  }
}
