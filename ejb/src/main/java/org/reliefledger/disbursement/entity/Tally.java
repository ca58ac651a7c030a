package org.reliefledger.disbursement.entity;

/**
 * The count of a request's live votes by eligible members. {@code eligible} is the committee minus
 * the requester minus recused members; {@code votesNeeded} is the approvals the policy asks for
 * given that many eligible members.
 */
public record Tally(int approvals, int rejections, int abstentions, int eligible, int votesNeeded) {

  /** Whether enough approvals are in. */
  public boolean approvalReached() {
    return approvals >= votesNeeded;
  }

  /** Whether approval can no longer be reached even if every member yet to reject approves. */
  public boolean approvalUnreachable() {
    return eligible - rejections < votesNeeded;
  }
}
