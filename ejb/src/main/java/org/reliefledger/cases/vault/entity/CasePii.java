package org.reliefledger.cases.vault.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.reliefledger.cases.vault.Sealed;

/**
 * The vault's state of one case: its sealed identifying details, if intake kept any, and whether
 * they were shredded.
 *
 * <p><b>Guarantees:</b> the envelope is stored whole (nonce, ciphertext and time) or not at all;
 * shredding happens once and for good: a shredded case holds no envelope and accepts none.
 */
@Entity
@Table(name = "case_pii")
public class CasePii {

  @Id
  @Column(name = "case_id")
  private long caseId;

  @Column(name = "pii_nonce")
  private byte[] piiNonce;

  @Column(name = "pii_sealed")
  private byte[] piiSealed;

  @Column(name = "sealed_at")
  private OffsetDateTime sealedAt;

  @Column(name = "shredded_at")
  private OffsetDateTime shreddedAt;

  protected CasePii() {}

  private CasePii(long caseId) {
    this.caseId = caseId;
  }

  /** A case whose intake kept no identifying details (yet). */
  public static CasePii withoutEnvelope(long caseId) {
    return new CasePii(caseId);
  }

  public static CasePii sealed(long caseId, Sealed envelope, Instant now) {
    CasePii pii = new CasePii(caseId);
    pii.replaceEnvelope(envelope, now);
    return pii;
  }

  public long caseId() {
    return caseId;
  }

  public Optional<Sealed> envelope() {
    return piiSealed == null ? Optional.empty() : Optional.of(new Sealed(piiNonce, piiSealed));
  }

  public boolean isShredded() {
    return shreddedAt != null;
  }

  public Optional<Instant> shreddedAt() {
    return Optional.ofNullable(UtcTime.instant(shreddedAt));
  }

  /**
   * @throws IllegalStateException when the case was shredded
   */
  public void replaceEnvelope(Sealed envelope, Instant now) {
    if (isShredded()) {
      throw new IllegalStateException("case " + caseId + " was shredded; it keeps no details");
    }
    this.piiNonce = envelope.nonce();
    this.piiSealed = envelope.ciphertext();
    this.sealedAt = UtcTime.column(Objects.requireNonNull(now, "now"));
  }

  /** Drops the envelope and marks the case shredded; shredding twice keeps the first time. */
  public void shred(Instant now) {
    this.piiNonce = null;
    this.piiSealed = null;
    this.sealedAt = null;
    if (shreddedAt == null) {
      this.shreddedAt = UtcTime.column(Objects.requireNonNull(now, "now"));
    }
  }

  @Override
  public String toString() {
    return "CasePii[case " + caseId + (isShredded() ? ", shredded" : "") + "]";
  }
}
