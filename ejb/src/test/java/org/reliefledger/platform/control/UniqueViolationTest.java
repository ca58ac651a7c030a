package org.reliefledger.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueViolationTest {

  @Test
  void findsTheUniqueViolationBehindThePersistenceLayersWrapping() {
    var clash = new PersistenceException(new RuntimeException(new SQLException("dup", "23505")));
    assertThat(UniqueViolation.causedBy(clash)).isTrue();
  }

  @Test
  void otherDatabaseFailuresAreNotClashes() {
    assertThat(
            UniqueViolation.causedBy(new PersistenceException(new SQLException("gone", "08006"))))
        .isFalse();
    assertThat(UniqueViolation.causedBy(new PersistenceException("no cause"))).isFalse();
  }
}
