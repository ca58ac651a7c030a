package org.reliefledger.disbursement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.reliefledger.disbursement.entity.VotingPolicyTest.DEFAULT;
import static org.reliefledger.disbursement.entity.VotingPolicyTest.NOW;
import static org.reliefledger.disbursement.entity.VotingPolicyTest.usd;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefledger.disbursement.entity.VoteOutcome.AlreadyRecused;
import org.reliefledger.disbursement.entity.VoteOutcome.Approved;
import org.reliefledger.disbursement.entity.VoteOutcome.AwaitingFunds;
import org.reliefledger.disbursement.entity.VoteOutcome.Counted;
import org.reliefledger.disbursement.entity.VoteOutcome.NotOnCommittee;
import org.reliefledger.disbursement.entity.VoteOutcome.RecusedMayNotVote;
import org.reliefledger.disbursement.entity.VoteOutcome.Rejected;
import org.reliefledger.disbursement.entity.VoteOutcome.RequestClosed;
import org.reliefledger.disbursement.entity.VoteOutcome.RequesterMayNotVote;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.SpendingCategory;

class DisbursementRequestTest {

  static final Fund GENERAL = Fund.unrestricted("GENERAL", "General fund");
  static final String REQUESTER = "intake";
  static final Committee FIVE = Committee.of("ana", "ben", "cai", "dee", "eli");

  /** A fund with plenty of money unless a test sets less. */
  final AtomicReference<Money> available = new AtomicReference<>(usd("100000.00"));

  final AtomicInteger fundReads = new AtomicInteger();

  VotingContext at(Instant now, Committee committee) {
    return new VotingContext(
        DEFAULT,
        committee,
        () -> {
          fundReads.incrementAndGet();
          return available.get();
        },
        now);
  }

  VotingContext now(Committee committee) {
    return at(NOW.plusSeconds(60), committee);
  }

  static NewRequest newRequest(String amount, String requester) {
    return new NewRequest(
        42L,
        SpendingCategory.RENT,
        usd(amount),
        Payee.LANDLORD,
        "Rent for March; Canary family behind two months",
        requester);
  }

  static DisbursementRequest opened(String amount) {
    return opened(amount, REQUESTER);
  }

  static DisbursementRequest opened(String amount, String requester) {
    var outcome =
        DisbursementRequest.open(newRequest(amount, requester), GENERAL, DEFAULT, List.of(), NOW);
    return ((OpenOutcome.Opened) outcome).request();
  }

  @Nested
  class Opening {

    @Test
    void opensUnderTheCurrentPolicyWithItsDeadline() {
      var request = opened("125.00");

      assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
      assertThat(request.amount()).isEqualTo(usd("125.00"));
      assertThat(request.policyVersion()).isEqualTo(1);
      assertThat(request.openedAt()).isEqualTo(NOW);
      assertThat(request.deadline()).isEqualTo(NOW.plus(Duration.ofHours(72)));
      assertThat(request.held()).isEqualTo(usd("0.00"));
      assertThat(request.decidedAt()).isEmpty();
    }

    @Test
    void aRestrictedFundRefusesCategoriesItDoesNotAllow() {
      var rentOnly = Fund.restricted("RENT-GRANT", "Rent grant", EnumSet.of(SpendingCategory.RENT));
      var food =
          new NewRequest(42L, SpendingCategory.FOOD, usd("50.00"), Payee.VENDOR, "food", "i");

      var outcome = DisbursementRequest.open(food, rentOnly, DEFAULT, List.of(), NOW);

      assertThat(outcome)
          .isEqualTo(new OpenOutcome.CategoryNotAllowed("RENT-GRANT", SpendingCategory.FOOD));
      assertThat(((OpenOutcome.CategoryNotAllowed) outcome).message())
          .isEqualTo("fund RENT-GRANT is restricted and may not pay for FOOD");
      assertThat(
              DisbursementRequest.open(newRequest("50.00", "i"), rentOnly, DEFAULT, List.of(), NOW))
          .isInstanceOf(OpenOutcome.Opened.class);
    }

    @Test
    void aZeroAmountIsRefused() {
      assertThat(
              DisbursementRequest.open(newRequest("0.00", "i"), GENERAL, DEFAULT, List.of(), NOW))
          .isInstanceOf(OpenOutcome.AmountNotPositive.class);
    }

    @Test
    void theCaseCapRefusesWhatWouldGoOverIt() {
      var history = List.of(opened("2000.00").asPriorRequest(), opened("900.00").asPriorRequest());

      var outcome =
          DisbursementRequest.open(newRequest("100.01", "i"), GENERAL, DEFAULT, history, NOW);

      assertThat(outcome).isInstanceOf(OpenOutcome.OverCap.class);
      assertThat(((OpenOutcome.OverCap) outcome).check().remaining()).isEqualTo(usd("100.00"));
    }

    @Test
    void toStringCarriesNeitherJustificationNorCase() {
      assertThat(opened("125.00").toString()).doesNotContain("Canary").doesNotContain("42");
    }
  }

  @Nested
  class WhoMayVote {

    @Test
    void theRequesterMayNotVoteOnTheirOwnRequest() {
      var request = opened("100.00", "ana");

      assertThat(request.castVote("ana", Decision.APPROVE, now(FIVE)))
          .isInstanceOf(RequesterMayNotVote.class);
      assertThat(request.votes()).isEmpty();
    }

    @Test
    void theRequesterIsNotCountedAsEligible() {
      var request = opened("100.00", "ana");

      assertThat(request.tally(DEFAULT, FIVE).eligible()).isEqualTo(4);
      assertThat(opened("100.00").tally(DEFAULT, FIVE).eligible()).isEqualTo(5);
    }

    @Test
    void aRecusedMemberMayNotVoteAndTheirEarlierVoteIsWithdrawn() {
      var request = opened("100.00");
      request.castVote("ben", Decision.APPROVE, now(FIVE));

      var recusal = request.recuse("ben", now(FIVE));

      assertThat(recusal).isEqualTo(new Counted(new Tally(0, 0, 0, 4, 2)));
      assertThat(request.castVote("ben", Decision.APPROVE, now(FIVE)))
          .isInstanceOf(RecusedMayNotVote.class);
      assertThat(request.votes()).isEmpty();
      assertThat(request.recusals()).singleElement().extracting(Recusal::member).isEqualTo("ben");
      assertThat(request.recuse("ben", now(FIVE))).isInstanceOf(AlreadyRecused.class);
      assertThat(request.recusals()).hasSize(1);
    }

    @Test
    void onlyCommitteeMembersVote() {
      var request = opened("100.00");

      assertThat(request.castVote("zed", Decision.APPROVE, now(FIVE)))
          .isInstanceOf(NotOnCommittee.class);
      assertThat(request.recuse("zed", now(FIVE))).isInstanceOf(NotOnCommittee.class);
    }

    @Test
    void aMemberWhoLeftTheCommitteeNoLongerCounts() {
      var request = opened("100.00");
      request.castVote("ana", Decision.APPROVE, now(FIVE));

      var withoutAna = Committee.of("ben", "cai", "dee", "eli");

      assertThat(request.tally(DEFAULT, withoutAna)).isEqualTo(new Tally(0, 0, 0, 4, 2));
    }
  }

  @Nested
  class Deciding {

    @Test
    void aSmallRequestIsApprovedByTheSecondApprovalAndHoldsItsAmount() {
      var request = opened("500.00");

      var first = request.castVote("ana", Decision.APPROVE, now(FIVE));
      var second = request.castVote("ben", Decision.APPROVE, now(FIVE));

      assertThat(first).isEqualTo(new Counted(new Tally(1, 0, 0, 5, 2)));
      assertThat(second).isEqualTo(new Approved(new Tally(2, 0, 0, 5, 2), usd("500.00")));
      assertThat(request.status()).isEqualTo(RequestStatus.APPROVED);
      assertThat(request.held()).isEqualTo(usd("500.00"));
      assertThat(request.decidedAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void aMediumRequestNeedsThree() {
      var request = opened("500.01");
      request.castVote("ana", Decision.APPROVE, now(FIVE));
      request.castVote("ben", Decision.APPROVE, now(FIVE));

      assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
      assertThat(request.castVote("cai", Decision.APPROVE, now(FIVE))).isInstanceOf(Approved.class);
    }

    @Test
    void abstentionsNeitherApproveNorReject() {
      var request = opened("100.00");

      request.castVote("ana", Decision.ABSTAIN, now(FIVE));
      request.castVote("ben", Decision.ABSTAIN, now(FIVE));
      var outcome = request.castVote("cai", Decision.ABSTAIN, now(FIVE));

      assertThat(outcome).isEqualTo(new Counted(new Tally(0, 0, 3, 5, 2)));
    }

    @Test
    void aMemberMayChangeTheirVoteWhileOpenAndOnlyTheLiveOneCounts() {
      var request = opened("100.00");
      request.castVote("ana", Decision.REJECT, now(FIVE));

      var changed = request.castVote("ana", Decision.APPROVE, now(FIVE));

      assertThat(changed).isEqualTo(new Counted(new Tally(1, 0, 0, 5, 2)));
      assertThat(request.votes())
          .singleElement()
          .satisfies(vote -> assertThat(vote.decision()).isEqualTo(Decision.APPROVE));
    }

    @Test
    void rejectedAsSoonAsApprovalIsUnreachable() {
      var three = Committee.of("ana", "ben", "cai");
      var request = opened("100.00");

      assertThat(request.castVote("ana", Decision.REJECT, now(three)))
          .isEqualTo(new Counted(new Tally(0, 1, 0, 3, 2)));
      assertThat(request.castVote("ben", Decision.REJECT, now(three)))
          .isEqualTo(new Rejected(new Tally(0, 2, 0, 3, 2)));
      assertThat(request.status()).isEqualTo(RequestStatus.REJECTED);
      assertThat(request.held()).isEqualTo(usd("0.00"));
    }

    @Test
    void aRecusalCanMakeApprovalUnreachable() {
      var three = Committee.of("ana", "ben", "cai");
      var request = opened("100.00");
      request.castVote("ana", Decision.REJECT, now(three));

      var outcome = request.recuse("ben", now(three));

      assertThat(outcome).isEqualTo(new Rejected(new Tally(0, 1, 0, 2, 2)));
      assertThat(request.status()).isEqualTo(RequestStatus.REJECTED);
    }

    @Test
    void aRecusalThatWouldMakeApprovalUnreachableIsNamedBeforehandAndChangesNothing() {
      var three = Committee.of("ana", "ben", "cai");
      var request = opened("100.00");
      request.castVote("ana", Decision.REJECT, now(three));

      assertThat(request.impossibleWithout("ben", now(three)))
          .contains(new VoteOutcome.WouldMakeImpossible(1, 2));
      assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
      assertThat(request.recusedMembers()).isEmpty();

      var four = Committee.of("ana", "ben", "cai", "dee");
      assertThat(request.impossibleWithout("ben", now(four))).isEmpty();
      assertThat(request.impossibleWithout("zed", now(three))).as("not a member").isEmpty();
    }

    @Test
    void aRecusalLowersTheMajorityForLargeAmountsAndCanDecide() {
      var six = Committee.of("ana", "ben", "cai", "dee", "eli", "fay");
      var request = opened("2500.00");
      request.castVote("ana", Decision.APPROVE, now(six));
      request.castVote("ben", Decision.APPROVE, now(six));
      assertThat(request.castVote("cai", Decision.APPROVE, now(six)))
          .isEqualTo(new Counted(new Tally(3, 0, 0, 6, 4)));

      assertThat(request.recuse("dee", now(six)))
          .isEqualTo(new Approved(new Tally(3, 0, 0, 5, 3), usd("2500.00")));
      assertThat(request.status()).isEqualTo(RequestStatus.APPROVED);
    }

    @Test
    void aCommitteeTooSmallForTheTierRejectsAtTheFirstVote() {
      var request = opened("600.00", "ana");
      var two = Committee.of("ana", "ben", "cai");

      assertThat(request.castVote("ben", Decision.APPROVE, now(two)))
          .isEqualTo(new Rejected(new Tally(1, 0, 0, 2, 3)));
    }

    @Test
    void theFundIsReadOnlyWhenAVoteWouldApprove() {
      var request = opened("100.00");
      request.castVote("ana", Decision.APPROVE, now(FIVE));
      request.castVote("ben", Decision.REJECT, now(FIVE));
      assertThat(fundReads).hasValue(0);

      request.castVote("cai", Decision.APPROVE, now(FIVE));
      assertThat(fundReads).hasValue(1);
    }
  }

  @Nested
  class Funds {

    @Test
    void aRequestTheFundCannotCoverStaysOpenAndSaysWhy() {
      available.set(usd("99.99"));
      var request = opened("100.00");
      request.castVote("ana", Decision.APPROVE, now(FIVE));

      var outcome = request.castVote("ben", Decision.APPROVE, now(FIVE));

      assertThat(outcome)
          .isEqualTo(new AwaitingFunds(new Tally(2, 0, 0, 5, 2), usd("99.99"), usd("100.00")));
      assertThat(((AwaitingFunds) outcome).message())
          .contains("only 99.99 available of the 100.00 requested");
      assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
      assertThat(request.held()).isEqualTo(usd("0.00"));
      assertThat(request.shortfall()).contains(usd("0.01"));
    }

    @Test
    void theNextVoteApprovesOnceTheFundCanCover() {
      available.set(usd("0.00"));
      var request = opened("100.00");
      request.castVote("ana", Decision.APPROVE, now(FIVE));
      request.castVote("ben", Decision.APPROVE, now(FIVE));

      available.set(usd("100.00"));
      var outcome = request.castVote("cai", Decision.ABSTAIN, now(FIVE));

      assertThat(outcome).isInstanceOf(Approved.class);
      assertThat(request.held()).isEqualTo(usd("100.00"));
      assertThat(request.shortfall()).isEmpty();
    }
  }

  @Nested
  class Deadline {

    @Test
    void aVoteJustBeforeTheDeadlineCounts() {
      var request = opened("100.00");
      var justBefore = request.deadline().minusMillis(1);

      assertThat(request.castVote("ana", Decision.APPROVE, at(justBefore, FIVE)))
          .isInstanceOf(Counted.class);
    }

    @Test
    void atTheDeadlineTheRequestExpiresInsteadOfCountingTheVote() {
      var request = opened("100.00");
      request.castVote("ana", Decision.APPROVE, now(FIVE));

      var outcome = request.castVote("ben", Decision.APPROVE, at(request.deadline(), FIVE));

      assertThat(outcome).isEqualTo(new RequestClosed(RequestStatus.EXPIRED));
      assertThat(request.status()).isEqualTo(RequestStatus.EXPIRED);
      assertThat(request.held()).isEqualTo(usd("0.00"));
      assertThat(request.decidedAt()).contains(request.deadline());
    }

    @Test
    void expiryHappensOnceAndOnlyToOpenRequests() {
      var request = opened("100.00");

      assertThat(request.expireIfDue(request.deadline().minusSeconds(1))).isFalse();
      assertThat(request.expireIfDue(request.deadline())).isTrue();
      assertThat(request.expireIfDue(request.deadline().plusSeconds(1))).isFalse();

      var approved = approvedRequest();
      assertThat(approved.expireIfDue(approved.deadline().plusSeconds(1))).isFalse();
      assertThat(approved.status()).isEqualTo(RequestStatus.APPROVED);
    }
  }

  @Nested
  class Closed {

    @Test
    void votesAndRecusalsOnAClosedRequestAreRefusedAndChangeNothing() {
      var request = approvedRequest();

      assertThat(request.castVote("cai", Decision.REJECT, now(FIVE)))
          .isEqualTo(new RequestClosed(RequestStatus.APPROVED));
      assertThat(request.castVote("ana", Decision.REJECT, now(FIVE)))
          .isEqualTo(new RequestClosed(RequestStatus.APPROVED));
      assertThat(request.recuse("dee", now(FIVE)))
          .isEqualTo(new RequestClosed(RequestStatus.APPROVED));
      assertThat(request.votes()).extracting(Vote::decision).containsOnly(Decision.APPROVE);
      assertThat(request.recusals()).isEmpty();
    }
  }

  @Nested
  class PaymentAndCancellation {

    @Test
    void onlyAnApprovedRequestIsPaidAndOnlyOnce() {
      assertThat(opened("100.00").paymentRefusal())
          .contains(new PaymentOutcome.NotApproved(RequestStatus.OPEN));

      var request = approvedRequest();
      assertThat(request.paymentRefusal()).isEmpty();

      var paid = request.markPaid(77L, "treasurer", NOW.plusSeconds(120));

      assertThat(paid).isEqualTo(new PaymentOutcome.Paid(77L, usd("100.00")));
      assertThat(request.status()).isEqualTo(RequestStatus.PAID);
      assertThat(request.held()).isEqualTo(usd("0.00"));
      assertThat(request.journalEntryId()).contains(77L);
      assertThat(request.paymentRefusal()).contains(new PaymentOutcome.AlreadyPaid(77L));
      assertThatIllegalStateException()
          .isThrownBy(() -> request.markPaid(78L, "treasurer", NOW.plusSeconds(130)));
      assertThat(request.journalEntryId()).contains(77L);
    }

    @Test
    void cancellingAnApprovalNeedsAReasonAndReleasesTheHold() {
      var request = approvedRequest();

      assertThat(request.cancel("treasurer", "  ", NOW))
          .isInstanceOf(CancelOutcome.ReasonRequired.class);
      assertThat(request.status()).isEqualTo(RequestStatus.APPROVED);

      assertThat(request.cancel("treasurer", "landlord was paid by the city", NOW))
          .isEqualTo(new CancelOutcome.Cancelled(usd("100.00")));
      assertThat(request.status()).isEqualTo(RequestStatus.CANCELLED);
      assertThat(request.held()).isEqualTo(usd("0.00"));
      assertThat(request.paymentRefusal())
          .contains(new PaymentOutcome.NotApproved(RequestStatus.CANCELLED));
    }

    @Test
    void onlyAnApprovedUnpaidRequestCanBeCancelled() {
      assertThat(opened("100.00").cancel("t", "why", NOW))
          .isEqualTo(new CancelOutcome.NotCancellable(RequestStatus.OPEN));

      var paid = approvedRequest();
      paid.markPaid(1L, "t", NOW);
      assertThat(paid.cancel("t", "why", NOW))
          .isEqualTo(new CancelOutcome.NotCancellable(RequestStatus.PAID));
    }
  }

  DisbursementRequest approvedRequest() {
    var request = opened("100.00");
    request.castVote("ana", Decision.APPROVE, now(FIVE));
    request.castVote("ben", Decision.APPROVE, now(FIVE));
    assertThat(request.status()).isEqualTo(RequestStatus.APPROVED);
    return request;
  }
}
