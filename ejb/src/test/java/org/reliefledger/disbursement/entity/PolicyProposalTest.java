package org.reliefledger.disbursement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.reliefledger.ledger.entity.Money;

class PolicyProposalTest {

  private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
  private static final VotingPolicy FIRST = VotingPolicy.first(PolicyTerms.DEFAULT, "admin", NOW);
  private static final PolicyTerms LOOSER =
      new PolicyTerms(
          Money.parse("500.00"),
          1,
          Money.parse("99999999.00"),
          1,
          72,
          Money.parse("99999999.00"),
          90);

  @Test
  void aSecondPersonConfirmsItIntoTheNextVersion() {
    var proposal = new PolicyProposal(LOOSER, "ada", NOW);

    var next = proposal.confirm("ben", FIRST, NOW.plusSeconds(60));

    assertThat(next.version()).isEqualTo(2);
    assertThat(next.terms()).isEqualTo(LOOSER);
    assertThat(next.createdBy()).isEqualTo("ada");
    assertThat(proposal.isConfirmed()).isTrue();
    assertThat(proposal.policyVersion()).isEqualTo(2);
  }

  @Test
  void itsProposerCannotConfirmIt() {
    var proposal = new PolicyProposal(LOOSER, "ada", NOW);

    assertThatIllegalStateException().isThrownBy(() -> proposal.confirm("ada", FIRST, NOW));
    assertThat(proposal.isConfirmed()).isFalse();
    assertThat(proposal.isProposedBy("ada")).isTrue();
  }

  @Test
  void itIsConfirmedOnlyOnce() {
    var proposal = new PolicyProposal(LOOSER, "ada", NOW);
    proposal.confirm("ben", FIRST, NOW);

    assertThatIllegalStateException().isThrownBy(() -> proposal.confirm("cai", FIRST, NOW));
    assertThat(proposal.policyVersion()).isEqualTo(2);
  }

  @Test
  void invalidTermsCannotBeProposed() {
    var inverted =
        new PolicyTerms(
            Money.parse("500.00"), 3, Money.parse("2000.00"), 2, 72, Money.parse("3000.00"), 90);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PolicyProposal(inverted, "ada", NOW))
        .withMessageContaining("medium amounts");
  }
}
