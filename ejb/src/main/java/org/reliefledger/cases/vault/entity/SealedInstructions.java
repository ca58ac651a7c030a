package org.reliefledger.cases.vault.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.reliefledger.cases.vault.Sealed;

/**
 * The payment instructions of one disbursement request, one envelope sealed under its case's data
 * key and bound to the request. Guarantees: at most one per request (a rewrite replaces it); it
 * lives until the request is paid or cancelled, or the case is shredded.
 */
@Entity
@Table(name = "payment_instructions")
public class SealedInstructions {

  @Id
  @Column(name = "request_id")
  private long requestId;

  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Column(name = "instructions_nonce", nullable = false)
  private byte[] nonce;

  @Column(name = "instructions_sealed", nullable = false)
  private byte[] sealed;

  @Column(name = "written_by", nullable = false, length = 64)
  private String writtenBy;

  @Column(name = "written_at", nullable = false)
  private OffsetDateTime writtenAt;

  protected SealedInstructions() {}

  public SealedInstructions(
      long requestId, long caseId, Sealed envelope, String writtenBy, Instant now) {
    this.requestId = requestId;
    this.caseId = caseId;
    replace(envelope, writtenBy, now);
  }

  /** Keeps {@code envelope} instead of the earlier instructions. */
  public void replace(Sealed envelope, String writtenBy, Instant now) {
    this.nonce = envelope.nonce();
    this.sealed = envelope.ciphertext();
    this.writtenBy = writtenBy;
    this.writtenAt = UtcTime.column(now);
  }

  public long requestId() {
    return requestId;
  }

  public long caseId() {
    return caseId;
  }

  public Sealed envelope() {
    return new Sealed(nonce, sealed);
  }

  @Override
  public String toString() {
    return "SealedInstructions[request " + requestId + "]";
  }
}
