package org.reliefledger.cases.vault.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.reliefledger.cases.vault.KeyOwner;
import org.reliefledger.cases.vault.Sealed;
import org.reliefledger.cases.vault.WrappedKey;

/**
 * The donor of one donation as the database holds them: a data key of their own, wrapped by a
 * master key like a case's, and their name and e-mail sealed under it.
 *
 * <p><b>Guarantees:</b> one per donation, written with it and never changed except by re-wrapping
 * the same data key (master key rotation). Deleting the row destroys the donor's details for good.
 */
@Entity
@Table(name = "donor_key")
public class DonorKey extends StoredDataKey {

  @Id
  @Column(name = "donation_id")
  private long donationId;

  @Column(name = "details_nonce", nullable = false, updatable = false)
  private byte[] detailsNonce;

  @Column(name = "details_sealed", nullable = false, updatable = false)
  private byte[] detailsSealed;

  protected DonorKey() {}

  public DonorKey(long donationId, WrappedKey wrapped, Sealed details, Instant now) {
    super(wrapped, now);
    this.donationId = donationId;
    this.detailsNonce = details.nonce();
    this.detailsSealed = details.ciphertext();
  }

  public long donationId() {
    return donationId;
  }

  public KeyOwner owner() {
    return KeyOwner.ofDonor(donationId);
  }

  public Sealed details() {
    return new Sealed(detailsNonce, detailsSealed);
  }

  @Override
  public String toString() {
    return "DonorKey[donation " + donationId + ", " + masterKeyId() + "]";
  }
}
