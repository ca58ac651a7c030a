package org.reliefledger.cases.vault.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reliefledger.cases.vault.control.SealedDonors;
import org.reliefledger.giving.boundary.DonorVault;
import org.reliefledger.giving.entity.Donor;

/**
 * The vault's side of {@link DonorVault}: a donor's details are sealed in the transaction that
 * records the donation, or not kept at all when {@code relief.keep.donor.details} is false.
 */
@Dependent
public class DonorSealing implements DonorVault {

  @EJB SealedDonors sealed;

  @Inject
  @ConfigProperty(name = "relief.keep.donor.details", defaultValue = "true")
  boolean keepDonorDetails;

  @Override
  public boolean keepsDonorDetails() {
    return keepDonorDetails;
  }

  @Override
  public void seal(long donationId, Donor donor) {
    if (!keepDonorDetails) {
      throw new IllegalStateException("this fund keeps no donor details");
    }
    sealed.seal(donationId, donor);
  }

  @Override
  public Optional<Donor> open(long donationId) {
    return sealed.open(donationId);
  }
}
