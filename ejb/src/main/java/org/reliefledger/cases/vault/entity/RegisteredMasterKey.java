package org.reliefledger.cases.vault.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A master key the vault has used, known by its id and check value only (the key itself lives in
 * the key file). Retired once a rotation has re-wrapped every data key it wrapped.
 */
@Entity
@Table(name = "vault_master_key")
public class RegisteredMasterKey {

  @Id
  @Column(name = "key_id", length = 19)
  private String keyId;

  @Column(name = "check_value", nullable = false, updatable = false, length = 64)
  private String checkValue;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private OffsetDateTime registeredAt;

  @Column(name = "retired_at")
  private OffsetDateTime retiredAt;

  protected RegisteredMasterKey() {}

  public RegisteredMasterKey(String keyId, String checkValue, Instant now) {
    this.keyId = Objects.requireNonNull(keyId, "keyId");
    this.checkValue = Objects.requireNonNull(checkValue, "checkValue");
    this.registeredAt = UtcTime.column(Objects.requireNonNull(now, "now"));
  }

  public String keyId() {
    return keyId;
  }

  public String checkValue() {
    return checkValue;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  public Optional<Instant> retiredAt() {
    return Optional.ofNullable(UtcTime.instant(retiredAt));
  }

  public void retire(Instant now) {
    if (retiredAt == null) {
      this.retiredAt = UtcTime.column(Objects.requireNonNull(now, "now"));
    }
  }

  @Override
  public String toString() {
    return "RegisteredMasterKey[" + keyId + (isRetired() ? ", retired" : "") + "]";
  }
}
