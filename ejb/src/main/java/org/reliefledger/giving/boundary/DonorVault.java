package org.reliefledger.giving.boundary;

import java.util.Optional;
import org.reliefledger.giving.entity.Donor;

/**
 * The seam through which a donor's name and e-mail reach the vault, sealed under a data key of the
 * donor's own; this component never stores them. While no bean implements it, they are kept
 * nowhere.
 */
public interface DonorVault {

  /** Whether the fund keeps donor details at all ({@code relief.keep.donor.details}). */
  boolean keepsDonorDetails();

  /** Seals the details of the donor of donation {@code donationId}, in the caller's transaction. */
  void seal(long donationId, Donor donor);

  /**
   * The donor of donation {@code donationId}, in clear, for a count or for a caller the vault has
   * let read it; empty when none was kept.
   */
  Optional<Donor> open(long donationId);
}
