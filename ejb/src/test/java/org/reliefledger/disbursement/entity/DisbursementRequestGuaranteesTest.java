package org.reliefledger.disbursement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefledger.disbursement.entity.VotingPolicyTest.DEFAULT;
import static org.reliefledger.disbursement.entity.VotingPolicyTest.NOW;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.SpendingCategory;

/** Random sequences of votes, recusals and the passing of time never break the guarantees. */
class DisbursementRequestGuaranteesTest {

  static final List<String> MEMBERS = List.of("ana", "ben", "cai", "dee", "eli", "fay", "gus");
  static final Committee COMMITTEE = new Committee(new HashSet<>(MEMBERS));

  /** One step: who acts (an index into MEMBERS, or the requester), what, and how much later. */
  record Step(int who, Decision decision, boolean recuse, long minutesLater, long fundCents) {}

  @Provide
  Arbitrary<Step> steps() {
    return Combinators.combine(
            Arbitraries.integers().between(0, MEMBERS.size()),
            Arbitraries.of(Decision.class),
            Arbitraries.integers().between(0, 9).map(n -> n == 0),
            Arbitraries.longs().between(0, 20 * 60),
            Arbitraries.longs().between(0, 5_000_00))
        .as(Step::new);
  }

  @Property(tries = 500)
  void theGuaranteesHoldWhateverHappens(
      @ForAll @LongRange(min = 1, max = 3_000_00) long amountCents,
      @ForAll @Size(max = 30) List<@From("steps") Step> steps) {
    var requester = "ana";
    var details =
        new NewRequest(
            1L, SpendingCategory.RENT, Money.ofMinor(amountCents), Payee.LANDLORD, "x", requester);
    var opened =
        DisbursementRequest.open(
            details, Fund.unrestricted("GENERAL", "General"), DEFAULT, List.of(), NOW);
    var request = ((OpenOutcome.Opened) opened).request();
    var now = NOW;

    for (var step : steps) {
      now = now.plus(Duration.ofMinutes(step.minutesLater()));
      var member = step.who() == MEMBERS.size() ? requester : MEMBERS.get(step.who());
      var context =
          new VotingContext(DEFAULT, COMMITTEE, () -> Money.ofMinor(step.fundCents()), now);
      var before = request.status();

      var outcome =
          step.recuse()
              ? request.recuse(member, context)
              : request.castVote(member, step.decision(), context);

      var after = request.status();
      if (before != RequestStatus.OPEN) {
        assertThat(after).isEqualTo(before);
        assertThat(outcome).isEqualTo(new VoteOutcome.RequestClosed(before));
      }
      if (outcome instanceof VoteOutcome.Approved approved) {
        assertThat(approved.tally().approvalReached()).isTrue();
        assertThat(step.fundCents()).isGreaterThanOrEqualTo(amountCents);
      } else if (outcome instanceof VoteOutcome.Rejected rejected) {
        assertThat(rejected.tally().approvalUnreachable()).isTrue();
      } else if (outcome instanceof VoteOutcome.AwaitingFunds) {
        assertThat(after).isEqualTo(RequestStatus.OPEN);
        assertThat(step.fundCents()).isLessThan(amountCents);
      } else if (outcome instanceof VoteOutcome.RequesterMayNotVote) {
        assertThat(member).isEqualTo(requester);
      }
      assertThat(request.held().minorUnits())
          .isEqualTo(after == RequestStatus.APPROVED ? amountCents : 0);
      assertThat(after == RequestStatus.EXPIRED).isEqualTo(outcomeExpired(outcome, before));
      var voters = request.votes().stream().map(Vote::member).toList();
      assertThat(voters).doesNotHaveDuplicates().doesNotContain(requester);
      assertThat(voters).noneMatch(request.recusedMembers()::contains);
    }
  }

  private static boolean outcomeExpired(VoteOutcome outcome, RequestStatus before) {
    return before == RequestStatus.EXPIRED
        || outcome.equals(new VoteOutcome.RequestClosed(RequestStatus.EXPIRED));
  }
}
