package org.reliefledger.cases.vault.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.reliefledger.cases.vault.Sealed;

/**
 * The free-text justification of one disbursement request, sealed under its case's data key and
 * bound to the request. Immutable: a request's justification is written once.
 */
@Entity
@Table(name = "request_justification")
public class RequestJustification {

  @Id
  @Column(name = "request_id")
  private long requestId;

  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Column(name = "justification_nonce", nullable = false, updatable = false)
  private byte[] nonce;

  @Column(name = "justification_sealed", nullable = false, updatable = false)
  private byte[] sealed;

  protected RequestJustification() {}

  public RequestJustification(long requestId, long caseId, Sealed justification) {
    this.requestId = requestId;
    this.caseId = caseId;
    this.nonce = justification.nonce();
    this.sealed = justification.ciphertext();
  }

  public long requestId() {
    return requestId;
  }

  public long caseId() {
    return caseId;
  }

  public Sealed justification() {
    return new Sealed(nonce, sealed);
  }

  @Override
  public String toString() {
    return "RequestJustification[request " + requestId + "]";
  }
}
