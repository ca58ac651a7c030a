package org.reliefledger.cases.vault.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
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
public class DonorKey {

  @Id
  @Column(name = "donation_id")
  private long donationId;

  @Column(name = "master_key_id", nullable = false, length = 19)
  private String masterKeyId;

  @Column(name = "wrap_nonce", nullable = false)
  private byte[] wrapNonce;

  @Column(name = "wrapped_key", nullable = false)
  private byte[] wrappedKey;

  @Column(name = "details_nonce", nullable = false, updatable = false)
  private byte[] detailsNonce;

  @Column(name = "details_sealed", nullable = false, updatable = false)
  private byte[] detailsSealed;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected DonorKey() {}

  public DonorKey(long donationId, WrappedKey wrapped, Sealed details, Instant now) {
    this.donationId = donationId;
    this.detailsNonce = details.nonce();
    this.detailsSealed = details.ciphertext();
    this.createdAt = UtcTime.column(Objects.requireNonNull(now, "now"));
    rewrap(wrapped);
  }

  public long donationId() {
    return donationId;
  }

  public KeyOwner owner() {
    return KeyOwner.ofDonor(donationId);
  }

  public String masterKeyId() {
    return masterKeyId;
  }

  public WrappedKey wrapped() {
    return new WrappedKey(masterKeyId, new Sealed(wrapNonce, wrappedKey));
  }

  public Sealed details() {
    return new Sealed(detailsNonce, detailsSealed);
  }

  /** Stores the same data key wrapped again, by the master key that replaces the old one. */
  public void rewrap(WrappedKey rewrapped) {
    this.masterKeyId = rewrapped.masterKeyId();
    this.wrapNonce = rewrapped.sealed().nonce();
    this.wrappedKey = rewrapped.sealed().ciphertext();
  }

  @Override
  public String toString() {
    return "DonorKey[donation " + donationId + ", " + masterKeyId + "]";
  }
}
