package org.reliefledger.ledger.boundary;

import java.util.Map;
import org.reliefledger.ledger.entity.Money;

/**
 * The seam through which the disbursement component tells the ledger how much of each fund is held
 * for approved, unpaid requests. Implement it as a CDI bean there; while no bean implements it,
 * nothing is held. The ledger never depends on the disbursement component itself.
 */
public interface FundHolds {

  /** Held amounts by fund code; funds without holds may be absent. */
  Map<String, Money> heldByFund();
}
