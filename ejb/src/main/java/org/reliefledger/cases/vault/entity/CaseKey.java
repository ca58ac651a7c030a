package org.reliefledger.cases.vault.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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
public class CaseKey extends StoredDataKey {

  @Id
  @Column(name = "case_id")
  private long caseId;

  protected CaseKey() {}

  private CaseKey(long caseId, WrappedKey wrapped, Instant createdAt) {
    super(wrapped, createdAt);
    this.caseId = caseId;
  }

  public static CaseKey of(long caseId, WrappedKey wrapped, Instant now) {
    return new CaseKey(caseId, wrapped, now);
  }

  public long caseId() {
    return caseId;
  }

  @Override
  public String toString() {
    return "CaseKey[case " + caseId + ", " + masterKeyId() + "]";
  }
}
