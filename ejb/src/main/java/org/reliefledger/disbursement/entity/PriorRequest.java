package org.reliefledger.disbursement.entity;

import java.time.Instant;
import java.util.Objects;
import org.reliefledger.ledger.entity.Money;

/** What the per-case cap needs to know about an earlier request of the same case. */
public record PriorRequest(Money amount, Instant openedAt, RequestStatus status) {

  public PriorRequest {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(status, "status");
  }
}
