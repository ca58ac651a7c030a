package org.reliefledger.cases.vault.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.reliefledger.cases.vault.Sealed;
import org.reliefledger.cases.vault.WrappedKey;

/**
 * A case's data key as the database holds it: wrapped by a master key, never in clear.
 *
 * <p><b>Guarantees:</b> one per case; only ever replaced by the same data key wrapped again (master
 * key rotation). Removing the row is crypto-shredding: nothing else can open the case's sealed
 * values.
 */
@Entity
@Table(name = "case_key")
public class CaseKey {

  @Id
  @Column(name = "case_id")
  private long caseId;

  @Column(name = "master_key_id", nullable = false, length = 19)
  private String masterKeyId;

  @Column(name = "wrap_nonce", nullable = false)
  private byte[] wrapNonce;

  @Column(name = "wrapped_key", nullable = false)
  private byte[] wrappedKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected CaseKey() {}

  private CaseKey(long caseId, Instant createdAt) {
    this.caseId = caseId;
    this.createdAt = UtcTime.column(Objects.requireNonNull(createdAt, "createdAt"));
  }

  public static CaseKey of(long caseId, WrappedKey wrapped, Instant now) {
    CaseKey key = new CaseKey(caseId, now);
    key.store(wrapped);
    return key;
  }

  public long caseId() {
    return caseId;
  }

  public String masterKeyId() {
    return masterKeyId;
  }

  public WrappedKey wrapped() {
    return new WrappedKey(masterKeyId, new Sealed(wrapNonce, wrappedKey));
  }

  /** Stores the same data key wrapped again, by the master key that replaces the old one. */
  public void rewrap(WrappedKey rewrapped) {
    store(rewrapped);
  }

  private void store(WrappedKey wrapped) {
    this.masterKeyId = wrapped.masterKeyId();
    this.wrapNonce = wrapped.sealed().nonce();
    this.wrappedKey = wrapped.sealed().ciphertext();
  }

  @Override
  public String toString() {
    return "CaseKey[case " + caseId + ", " + masterKeyId + "]";
  }
}
