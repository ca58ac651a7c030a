package org.reliefledger.disbursement.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.reliefledger.ledger.entity.Money;

/**
 * What a request needs from outside to count a vote or a recusal: the policy it was opened under,
 * the committee as it is now, the moment, and the fund's available amount (posted balance minus
 * holds). The request asks for the available amount only when a vote would approve it; the caller
 * must then hold the fund's lock, so that no other approval or payment of the fund can slip in
 * between that reading and the hold this approval places.
 */
public record VotingContext(
    VotingPolicy policy, Committee committee, Supplier<Money> fundAvailable, Instant now) {

  public VotingContext {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(fundAvailable, "fundAvailable");
    Objects.requireNonNull(now, "now");
  }
}
