package org.reliefledger.giving.boundary;

import java.time.LocalDate;
import org.reliefledger.ledger.entity.Money;

/** A grant to record; {@code restriction} and {@code periodEnd} may be {@code null}. */
public record GrantCommand(
    LocalDate date,
    Money amount,
    String fund,
    String depositAccount,
    String grantor,
    String restriction,
    LocalDate periodEnd) {

  /** Grantor and restriction are free text: keep them out of logs. */
  @Override
  public String toString() {
    return "GrantCommand[date=" + date + ", fund=" + fund + "]";
  }
}
