package org.reliefledger.cases.vault.boundary;

import org.reliefledger.giving.entity.Donor;

/** What {@link Vault#donor} found; mapped to HTTP in one place in {@code web}. */
public sealed interface DonorReading {

  /** The donor's details in clear; the read was audited. */
  record Revealed(Donor donor) implements DonorReading {
    @Override
    public String toString() {
      return "Revealed[redacted]";
    }
  }

  /** The donation is anonymous. */
  record Anonymous() implements DonorReading {}

  /** A donor was named but the fund keeps no donor details. */
  record NotKept() implements DonorReading {}

  record NoSuchDonation() implements DonorReading {}

  /** Only the treasurer reads donors. */
  record Forbidden() implements DonorReading {}
}
