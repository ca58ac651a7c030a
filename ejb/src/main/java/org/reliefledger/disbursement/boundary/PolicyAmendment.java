package org.reliefledger.disbursement.boundary;

import java.util.List;

/**
 * Whether new policy terms were proposed (to take effect when a second person confirms them), which
 * rules they break, or why the committee could not meet them.
 */
public sealed interface PolicyAmendment {

  record Proposed(ProposalView proposal) implements PolicyAmendment {}

  record Invalid(List<String> problems) implements PolicyAmendment {}

  /** The terms ask for more approvals than the committee has members. */
  record Unmeetable(int approvalsNeeded, int committeeMembers) implements PolicyAmendment {}
}
