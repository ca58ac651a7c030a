package org.reliefledger.disbursement.entity;

import org.reliefledger.ledger.entity.Money;

/** What became of a vote or a recusal: counted (and perhaps deciding), or refused and why. */
public sealed interface VoteOutcome {

  /** Counted; the request stays open. */
  record Counted(Tally tally) implements VoteOutcome {}

  /** Counted, and it approved the request: {@code held} is now reserved in the fund. */
  record Approved(Tally tally, Money held) implements VoteOutcome {}

  /** Counted, and approval became unreachable: the request is rejected. */
  record Rejected(Tally tally) implements VoteOutcome {}

  /**
   * Counted and enough approvals are in, but the fund cannot cover the request: it stays open, and
   * the next vote or recusal tries again (e.g. after a donation) until it expires.
   */
  record AwaitingFunds(Tally tally, Money available, Money needed) implements VoteOutcome {

    public String message() {
      return "approved by enough members, but the fund has only "
          + available.toDecimalString()
          + " available of the "
          + needed.toDecimalString()
          + " requested; the request stays open until the fund can cover it or it expires";
    }
  }

  /**
   * Not counted: this recusal would leave fewer members who may still approve than the approvals
   * the request needs, so it would be rejected at once. The member confirms to recuse anyway.
   */
  record WouldMakeImpossible(int eligibleAfter, int approvalsNeeded) implements VoteOutcome {

    public String message() {
      return "recusing leaves "
          + eligibleAfter
          + " member(s) who may still approve, fewer than the "
          + approvalsNeeded
          + " approvals this request needs: it would be rejected at once."
          + " Confirm to recuse anyway";
    }
  }

  /** The member had already recused; nothing changed. */
  record AlreadyRecused(Tally tally) implements VoteOutcome {}

  /** The requester may not vote on (or recuse from) their own request. */
  record RequesterMayNotVote() implements VoteOutcome {}

  /** A member who recused may not vote on this request. */
  record RecusedMayNotVote() implements VoteOutcome {}

  /** Only members of the committee vote. */
  record NotOnCommittee() implements VoteOutcome {}

  /** The request is no longer open (it may have just expired). */
  record RequestClosed(RequestStatus status) implements VoteOutcome {}
}
