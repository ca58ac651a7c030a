package org.reliefledger.disbursement.boundary;

import java.time.Instant;
import org.reliefledger.disbursement.entity.PolicyProposal;
import org.reliefledger.disbursement.entity.PolicyTerms;

/** A voting-policy change waiting for a second person's confirmation. */
public record ProposalView(long id, PolicyTerms terms, String proposedBy, Instant proposedAt) {

  static ProposalView of(PolicyProposal proposal) {
    return new ProposalView(
        proposal.id(), proposal.terms(), proposal.proposedBy(), proposal.proposedAt());
  }
}
