package org.reliefledger.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefledger.testing.JpaBoundary;
import org.reliefledger.testing.TestDatabase;

/** The audit trail as the auditor reads it, over real EclipseLink and a migrated H2 database. */
class AuditTest {

  private TestDatabase database;
  private EntityManagerFactory instance;
  private JpaBoundary<Audit> audit;

  @BeforeEach
  void start() {
    database = TestDatabase.h2();
    instance = database.newInstance();
    audit = new JpaBoundary<>(instance, Audit.class);
    audit.call(
        a -> {
          a.recordAs("ana", "PII_READ", "case", "C-AAAA", "reason=OTHER");
          a.recordAs("ben", "USER_CREATED", "user", "carla", "roles [AUDITOR]");
          a.recordAs("ana", "PII_READ", "case", "C-BBBB", "reason=CONTACT_HOUSEHOLD");
          a.recordAs("ana", "REPORT_EXPORTED", "report", "donor-monthly", "month 2026-03");
          return null;
        });
  }

  @AfterEach
  void stop() {
    audit.close();
    instance.close();
    database.close();
  }

  private AuditPage select(AuditSelection selection, int limit, int offset) {
    return audit.call(a -> a.events(selection, limit, offset));
  }

  @Test
  void newestFirstAPageAtATimeWithTheTotal() {
    var first = select(AuditSelection.all(), 3, 0);
    var second = select(AuditSelection.all(), 3, 3);

    assertThat(first.total()).isEqualTo(4);
    assertThat(first.items())
        .extracting(AuditEntry::objectId)
        .containsExactly("donor-monthly", "C-BBBB", "carla");
    assertThat(second.items()).extracting(AuditEntry::objectId).containsExactly("C-AAAA");
    assertThat(second.total()).isEqualTo(4);
  }

  @Test
  void typeAndActorNarrowTheSelectionTogether() {
    var reads = select(new AuditSelection(null, null, "PII_READ", " ana "), 50, 0);
    var byBen = select(new AuditSelection(null, null, null, "ben"), 50, 0);
    var none = select(new AuditSelection(null, null, "PII_READ", "ben"), 50, 0);

    assertThat(reads.items()).extracting(AuditEntry::objectId).containsExactly("C-BBBB", "C-AAAA");
    assertThat(reads.total()).isEqualTo(2);
    assertThat(byBen.items()).extracting(AuditEntry::action).containsExactly("USER_CREATED");
    assertThat(none.items()).isEmpty();
    assertThat(none.total()).isZero();
  }

  @Test
  void daysAreWholeUtcDaysInclusive() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    assertThat(select(new AuditSelection(today, today, null, null), 50, 0).total()).isEqualTo(4);
    assertThat(select(new AuditSelection(today.plusDays(1), null, null, null), 50, 0).total())
        .isZero();
    assertThat(select(new AuditSelection(null, today.minusDays(1), null, null), 50, 0).total())
        .isZero();
  }

  @Test
  void theTypesOfferedAreThoseInTheTrail() {
    assertThat(audit.call(Audit::types))
        .containsExactly("PII_READ", "REPORT_EXPORTED", "USER_CREATED");
  }
}
