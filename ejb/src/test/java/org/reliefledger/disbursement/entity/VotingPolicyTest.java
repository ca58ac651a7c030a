package org.reliefledger.disbursement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reliefledger.disbursement.entity.CapCheck.CapExceeded;
import org.reliefledger.disbursement.entity.CapCheck.WithinCap;
import org.reliefledger.ledger.entity.Money;

class VotingPolicyTest {

  static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
  static final VotingPolicy DEFAULT = VotingPolicy.first(PolicyTerms.DEFAULT, "admin", NOW);

  static Money usd(String amount) {
    return Money.parse(amount);
  }

  @Nested
  class Tiers {

    @ParameterizedTest(name = "{0} with {1} eligible needs {2}")
    @CsvSource({
      "0.01, 7, 2",
      "499.99, 7, 2",
      "500.00, 7, 2",
      "500.01, 7, 3",
      "1999.99, 7, 3",
      "2000.00, 7, 3",
      "2000.01, 7, 4",
      "2000.01, 8, 5",
      "2000.01, 9, 5",
      "10000.00, 11, 6"
    })
    void approvalsNeededFollowTheTiers(String amount, int eligible, int needed) {
      assertThat(DEFAULT.approvalsNeeded(usd(amount), eligible)).isEqualTo(needed);
    }

    @Test
    void fixedTiersDoNotDependOnHowManyMayVote() {
      assertThat(DEFAULT.approvalsNeeded(usd("500.00"), 1)).isEqualTo(2);
      assertThat(DEFAULT.approvalsNeeded(usd("2000.00"), 20)).isEqualTo(3);
    }

    @Test
    void aLargeAmountNeverNeedsFewerApprovalsThanTheMediumTier() {
      assertThat(DEFAULT.approvalsNeeded(usd("2000.01"), 3)).isEqualTo(3);
      assertThat(DEFAULT.approvalsNeeded(usd("2000.01"), 0)).isEqualTo(3);
    }

    @Property
    void moreMoneyNeverNeedsFewerApprovals(
        @ForAll @LongRange(min = 1, max = 1_000_000_00L) long smaller,
        @ForAll @LongRange(min = 0, max = 1_000_000_00L) long more,
        @ForAll @IntRange(min = 0, max = 40) int eligible) {
      var low = DEFAULT.approvalsNeeded(Money.ofMinor(smaller), eligible);
      var high = DEFAULT.approvalsNeeded(Money.ofMinor(smaller + more), eligible);
      assertThat(high).isGreaterThanOrEqualTo(low);
    }
  }

  @Nested
  class Versions {

    @Test
    void amendingMakesTheNextVersionAndLeavesThisOneAlone() {
      var stricter = new PolicyTerms(usd("300.00"), 3, usd("1000.00"), 4, 48, usd("2000.00"), 60);

      var v2 = DEFAULT.amend(stricter, "admin2", NOW.plusSeconds(60));

      assertThat(v2.version()).isEqualTo(2);
      assertThat(v2.terms()).isEqualTo(stricter);
      assertThat(v2.createdBy()).isEqualTo("admin2");
      assertThat(DEFAULT.version()).isEqualTo(1);
      assertThat(DEFAULT.terms()).isEqualTo(PolicyTerms.DEFAULT);
      assertThat(v2.approvalsNeeded(usd("400.00"), 9)).isEqualTo(4);
    }

    @Test
    void theDefaultTermsAreTheOnesOfTheIssue() {
      assertThat(PolicyTerms.DEFAULT.problems()).isEmpty();
      assertThat(PolicyTerms.DEFAULT.smallLimit()).isEqualTo(usd("500.00"));
      assertThat(PolicyTerms.DEFAULT.mediumLimit()).isEqualTo(usd("2000.00"));
      assertThat(PolicyTerms.DEFAULT.deadlineHours()).isEqualTo(72);
      assertThat(PolicyTerms.DEFAULT.caseCap()).isEqualTo(usd("3000.00"));
      assertThat(PolicyTerms.DEFAULT.capWindowDays()).isEqualTo(90);
    }

    @Test
    void invalidTermsAreRefusedWithEveryProblemNamed() {
      var bad = new PolicyTerms(usd("0"), 0, usd("0"), -1, 0, usd("0"), 0);

      assertThat(bad.problems()).hasSize(7);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DEFAULT.amend(bad, "admin", NOW))
          .withMessageContaining("medium-amount limit must be above");
    }

    @Test
    void termsAreMeetableOnlyByACommitteeWithAsManyMembersAsTheMostApprovalsNeeded() {
      var three = PolicyTerms.DEFAULT;

      assertThat(three.mostApprovalsNeeded()).isEqualTo(3);
      assertThat(three.meetableBy(Committee.of("ana", "ben", "cai"))).isTrue();
      assertThat(three.meetableBy(Committee.of("ana", "ben"))).isFalse();
      assertThat(three.meetableBy(Committee.of())).isFalse();
    }

    @Test
    void theSummaryCarriesEveryFigure() {
      assertThat(PolicyTerms.DEFAULT.summary())
          .isEqualTo(
              "small up to 500.00: 2, medium up to 2000.00: 3, deadline 72h,"
                  + " cap 3000.00 per 90 days");
    }

    @Test
    void mediumTierMayNotNeedFewerApprovalsThanTheSmallTier() {
      var inverted = new PolicyTerms(usd("500.00"), 3, usd("2000.00"), 2, 72, usd("3000.00"), 90);
      assertThat(inverted.problems()).singleElement().asString().contains("medium amounts");
    }
  }

  @Test
  void deadlineIsSeventyTwoHoursAfterOpening() {
    assertThat(DEFAULT.deadlineFor(NOW)).isEqualTo(NOW.plus(Duration.ofHours(72)));
  }

  @Nested
  class CaseCap {

    PriorRequest prior(String amount, Duration ago, RequestStatus status) {
      return new PriorRequest(usd(amount), NOW.minus(ago), status);
    }

    @Test
    void upToTheCapIsAllowed() {
      var history = List.of(prior("2500.00", Duration.ofDays(10), RequestStatus.PAID));

      assertThat(DEFAULT.checkCap(usd("500.00"), history, NOW))
          .isEqualTo(new WithinCap(usd("0.00")));
    }

    @Test
    void aCentOverTheCapIsRefusedWithAClearMessage() {
      var history =
          List.of(
              prior("1500.00", Duration.ofDays(80), RequestStatus.PAID),
              prior("1000.00", Duration.ofDays(1), RequestStatus.OPEN));

      var check = DEFAULT.checkCap(usd("500.01"), history, NOW);

      assertThat(check)
          .isEqualTo(new CapExceeded(usd("3000.00"), 90, usd("2500.00"), usd("500.00")));
      assertThat(((CapExceeded) check).message())
          .isEqualTo(
              "this case may receive at most 3000.00 in any 90 days; 2500.00 is already requested"
                  + " or paid in that window, so at most 500.00 more may be requested now");
    }

    @Test
    void theWindowRollsRequestsOpenedExactlyOneWindowAgoDropOut() {
      var edge = List.of(prior("3000.00", Duration.ofDays(90), RequestStatus.PAID));
      var inside =
          List.of(prior("3000.00", Duration.ofDays(90).minusSeconds(1), RequestStatus.PAID));

      assertThat(DEFAULT.checkCap(usd("3000.00"), edge, NOW)).isInstanceOf(WithinCap.class);
      assertThat(DEFAULT.checkCap(usd("0.01"), inside, NOW)).isInstanceOf(CapExceeded.class);
    }

    @Test
    void onlyOpenApprovedAndPaidRequestsCount() {
      var history =
          List.of(
              prior("3000.00", Duration.ofDays(1), RequestStatus.REJECTED),
              prior("3000.00", Duration.ofDays(2), RequestStatus.EXPIRED),
              prior("3000.00", Duration.ofDays(3), RequestStatus.CANCELLED),
              prior("1000.00", Duration.ofDays(4), RequestStatus.APPROVED));

      assertThat(DEFAULT.checkCap(usd("2000.00"), history, NOW))
          .isEqualTo(new WithinCap(usd("0.00")));
    }

    @Test
    void overTheCapAlreadyLeavesZeroRemainingNotANegativeAmount() {
      var stricter =
          DEFAULT.amend(
              new PolicyTerms(usd("500.00"), 2, usd("2000.00"), 3, 72, usd("1000.00"), 90),
              "admin",
              NOW);
      var history = List.of(prior("2500.00", Duration.ofDays(5), RequestStatus.PAID));

      assertThat(stricter.checkCap(usd("1.00"), history, NOW))
          .isEqualTo(new CapExceeded(usd("1000.00"), 90, usd("2500.00"), usd("0.00")));
    }

    @Property
    void theCapIsNeverExceededByRequestsItLetsThrough(
        @ForAll @LongRange(min = 1, max = 1_000_00) long first,
        @ForAll @LongRange(min = 1, max = 1_000_00) long second,
        @ForAll @LongRange(min = 1, max = 3_000_00) long third) {
      var history = new java.util.ArrayList<PriorRequest>();
      for (long cents : new long[] {first, second, third}) {
        if (DEFAULT.checkCap(Money.ofMinor(cents), history, NOW) instanceof WithinCap) {
          history.add(new PriorRequest(Money.ofMinor(cents), NOW, RequestStatus.OPEN));
        }
      }
      var total = history.stream().mapToLong(p -> p.amount().minorUnits()).sum();
      assertThat(total).isLessThanOrEqualTo(3_000_00);
    }
  }
}
