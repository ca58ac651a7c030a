package org.reliefledger.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductionWarningsTest {

  @Test
  void aDatabaseServerWithTheShippedPasswordIsNamed() {
    assertThat(ProductionWarnings.warnings("jdbc:postgresql://db/fund", "relief", 0))
        .singleElement()
        .asString()
        .contains("RELIEF_DB_PASSWORD");
  }

  @Test
  void theEmbeddedDatabaseAndAnOwnPasswordAreFine() {
    assertThat(ProductionWarnings.warnings("jdbc:h2:file:./data/relief", "relief", 0)).isEmpty();
    assertThat(ProductionWarnings.warnings("jdbc:postgresql://db/fund", "s3cret-of-its-own", 0))
        .isEmpty();
  }

  @Test
  void demoUsersAreNamed() {
    assertThat(ProductionWarnings.warnings("jdbc:h2:file:./data/relief", "relief", 7))
        .singleElement()
        .asString()
        .startsWith("7 demo users");
  }
}
