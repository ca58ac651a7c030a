package org.reliefledger.disbursement.boundary;

import java.util.List;

/**
 * Whether new policy terms were stored as the next version, which rules they break, or why the
 * committee could not meet them.
 */
public sealed interface PolicyAmendment {

  record Amended(PolicyView policy) implements PolicyAmendment {}

  record Invalid(List<String> problems) implements PolicyAmendment {}

  /** The terms ask for more approvals than the committee has members. */
  record Unmeetable(int approvalsNeeded, int committeeMembers) implements PolicyAmendment {}
}
