package org.reliefledger.disbursement.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reliefledger.ledger.entity.Money;

/**
 * The editable terms of a voting policy.
 *
 * <p>Amounts up to and including {@code smallLimit} need {@code smallApprovals} approvals; up to
 * and including {@code mediumLimit} they need {@code mediumApprovals}; above that a majority of the
 * eligible members. An open request expires {@code deadlineHours} after it was opened. A case may
 * have at most {@code caseCap} requested (open, approved or paid) within any rolling {@code
 * capWindowDays}.
 */
public record PolicyTerms(
    Money smallLimit,
    int smallApprovals,
    Money mediumLimit,
    int mediumApprovals,
    int deadlineHours,
    Money caseCap,
    int capWindowDays) {

  /** The terms every new installation starts with. */
  public static final PolicyTerms DEFAULT =
      new PolicyTerms(
          Money.ofMinor(500_00), 2, Money.ofMinor(2_000_00), 3, 72, Money.ofMinor(3_000_00), 90);

  static final int MAX_APPROVALS = 50;
  static final int MAX_DEADLINE_HOURS = 30 * 24;
  static final int MAX_CAP_WINDOW_DAYS = 366;

  public PolicyTerms {
    Objects.requireNonNull(smallLimit, "smallLimit");
    Objects.requireNonNull(mediumLimit, "mediumLimit");
    Objects.requireNonNull(caseCap, "caseCap");
  }

  /**
   * The most approvals any request can need under these terms: amounts above the medium limit need
   * a majority of the eligible members, but never fewer than the medium tier.
   */
  public int mostApprovalsNeeded() {
    return Math.max(smallApprovals, mediumApprovals);
  }

  /**
   * Whether {@code committee} has enough members to approve the largest request. Terms it cannot
   * meet would leave every such request to expire.
   */
  public boolean meetableBy(Committee committee) {
    return mostApprovalsNeeded() <= committee.members().size();
  }

  /** The terms in one line of figures, for the audit trail. */
  public String summary() {
    return "small up to "
        + smallLimit.toDecimalString()
        + ": "
        + smallApprovals
        + ", medium up to "
        + mediumLimit.toDecimalString()
        + ": "
        + mediumApprovals
        + ", deadline "
        + deadlineHours
        + "h, cap "
        + caseCap.toDecimalString()
        + " per "
        + capWindowDays
        + " days";
  }

  /** The rules these terms break, as sentences for the person editing them; empty when valid. */
  public List<String> problems() {
    var problems = new ArrayList<String>();
    if (!smallLimit.isPositive()) {
      problems.add("the small-amount limit must be above zero");
    }
    if (smallLimit.compareTo(mediumLimit) >= 0) {
      problems.add("the medium-amount limit must be above the small-amount limit");
    }
    if (smallApprovals < 1 || smallApprovals > MAX_APPROVALS) {
      problems.add("small amounts need between 1 and " + MAX_APPROVALS + " approvals");
    }
    if (mediumApprovals < smallApprovals || mediumApprovals > MAX_APPROVALS) {
      problems.add(
          "medium amounts need at least as many approvals as small ones, at most " + MAX_APPROVALS);
    }
    if (deadlineHours < 1 || deadlineHours > MAX_DEADLINE_HOURS) {
      problems.add("the deadline must be between 1 and " + MAX_DEADLINE_HOURS + " hours");
    }
    if (!caseCap.isPositive()) {
      problems.add("the per-case cap must be above zero");
    }
    if (capWindowDays < 1 || capWindowDays > MAX_CAP_WINDOW_DAYS) {
      problems.add("the cap window must be between 1 and " + MAX_CAP_WINDOW_DAYS + " days");
    }
    return problems;
  }
}
