package org.reliefledger.cases.vault.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.reliefledger.cases.vault.Sealed;
import org.reliefledger.cases.vault.WrappedKey;

/**
 * A data key as the database holds it, wrapped by a master key and never in clear: the columns and
 * the re-wrapping shared by every kind of data key (a case's, a donor's).
 *
 * <p><b>Guarantees:</b> only ever replaced by the same data key wrapped again (master key
 * rotation); deleting the row destroys what the key sealed.
 */
@MappedSuperclass
public abstract class StoredDataKey {

  @Column(name = "master_key_id", nullable = false, length = 19)
  private String masterKeyId;

  @Column(name = "wrap_nonce", nullable = false)
  private byte[] wrapNonce;

  @Column(name = "wrapped_key", nullable = false)
  private byte[] wrappedKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected StoredDataKey() {}

  protected StoredDataKey(WrappedKey wrapped, Instant createdAt) {
    this.createdAt = UtcTime.column(Objects.requireNonNull(createdAt, "createdAt"));
    rewrap(wrapped);
  }

  public String masterKeyId() {
    return masterKeyId;
  }

  public WrappedKey wrapped() {
    return new WrappedKey(masterKeyId, new Sealed(wrapNonce, wrappedKey));
  }

  /** Stores the same data key wrapped again, by the master key that replaces the old one. */
  public final void rewrap(WrappedKey rewrapped) {
    this.masterKeyId = rewrapped.masterKeyId();
    this.wrapNonce = rewrapped.sealed().nonce();
    this.wrappedKey = rewrapped.sealed().ciphertext();
  }
}
