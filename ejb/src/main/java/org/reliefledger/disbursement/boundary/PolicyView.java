package org.reliefledger.disbursement.boundary;

import java.time.Instant;
import org.reliefledger.disbursement.entity.PolicyTerms;
import org.reliefledger.disbursement.entity.VotingPolicy;

/** One version of the voting policy. */
public record PolicyView(int version, PolicyTerms terms, String createdBy, Instant createdAt) {

  static PolicyView of(VotingPolicy policy) {
    return new PolicyView(policy.version(), policy.terms(), policy.createdBy(), policy.createdAt());
  }
}
