package org.reliefledger.cases.vault;

import java.util.Objects;

/**
 * A case's data key sealed under a master key, as stored in the {@code case_key} table: the id of
 * the master key and the AES-GCM sealed key material, bound to the case.
 *
 * @param masterKeyId which master key of the keyring wrapped it
 * @param sealed the wrapped key material
 */
public record WrappedKey(String masterKeyId, Sealed sealed) {

  public WrappedKey {
    Objects.requireNonNull(masterKeyId, "masterKeyId");
    Objects.requireNonNull(sealed, "sealed");
  }
}
