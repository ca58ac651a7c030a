package org.reliefledger.cases.vault.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reliefledger.disbursement.entity.RequestStatus;

class InstructionsAccessTest {

  private static final PiiAccess CASE = new PiiAccess("intake-a", Set.of("intake-b"));

  @Test
  void intakeAssignedToTheCaseWritesThemAndNobodyElse() {
    var access = new InstructionsAccess(RequestStatus.OPEN, CASE);

    assertThat(access.mayWrite("intake-a", Set.of("INTAKE"))).isTrue();
    assertThat(access.mayWrite("intake-b", Set.of("INTAKE"))).isTrue();
    assertThat(access.mayWrite("intake-c", Set.of("INTAKE"))).isFalse();
    assertThat(access.mayWrite("intake-a", Set.of("TREASURER"))).isFalse();
  }

  @Test
  void onlyTheTreasurerReadsThemAndOnlyWhileApproved() {
    assertThat(InstructionsAccess.mayRead(Set.of("TREASURER"))).isTrue();
    assertThat(InstructionsAccess.mayRead(Set.of("COMMITTEE", "AUDITOR", "ADMIN", "INTAKE")))
        .isFalse();
    for (RequestStatus status : RequestStatus.values()) {
      var access = new InstructionsAccess(status, CASE);
      assertThat(access.readable()).as(status.name()).isEqualTo(status == RequestStatus.APPROVED);
      assertThat(access.stillPayable())
          .as(status.name())
          .isEqualTo(status == RequestStatus.OPEN || status == RequestStatus.APPROVED);
      assertThat(access.settled())
          .as(status.name())
          .isEqualTo(status == RequestStatus.PAID || status == RequestStatus.CANCELLED);
    }
  }
}
