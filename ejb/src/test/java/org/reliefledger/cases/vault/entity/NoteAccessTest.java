package org.reliefledger.cases.vault.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reliefledger.disbursement.entity.NoteKind;

class NoteAccessTest {

  private final NoteAccess access = new NoteAccess("ines", Set.of("paul"));

  @Test
  void committeeMembersWhoMayVoteReadCommentsAndReasonsButNotThePaymentReference() {
    assertThat(access.readableBy("ana", Set.of("COMMITTEE")))
        .containsExactlyInAnyOrder(
            NoteKind.VOTE_COMMENT, NoteKind.RECUSAL_REASON, NoteKind.CANCELLATION_REASON);
  }

  @Test
  void theTreasurerReadsThePaymentReferenceAndTheCancellationReasonOnly() {
    assertThat(access.readableBy("tess", Set.of("TREASURER")))
        .containsExactlyInAnyOrder(NoteKind.PAYMENT_REFERENCE, NoteKind.CANCELLATION_REASON);
  }

  @Test
  void theRequesterRecusedMembersAndOtherRolesReadNothing() {
    assertThat(access.readableBy("ines", Set.of("COMMITTEE", "INTAKE"))).isEmpty();
    assertThat(access.readableBy("paul", Set.of("COMMITTEE"))).isEmpty();
    for (String role : Set.of("INTAKE", "AUDITOR", "ADMIN")) {
      assertThat(access.readableBy("ana", Set.of(role))).as(role).isEmpty();
    }
  }
}
