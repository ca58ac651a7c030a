package org.reliefledger.giving.boundary;

import java.time.LocalDate;
import org.reliefledger.giving.entity.Donor;
import org.reliefledger.giving.entity.PaymentMethod;
import org.reliefledger.ledger.entity.Money;

/** A donation to record; fund and deposit account by code; {@code donor} may be anonymous. */
public record DonationCommand(
    LocalDate date,
    Money amount,
    String fund,
    String depositAccount,
    PaymentMethod method,
    Donor donor) {

  public DonationCommand {
    donor = donor == null ? Donor.ANONYMOUS : donor;
  }
}
