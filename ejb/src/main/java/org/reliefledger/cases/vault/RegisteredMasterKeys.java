package org.reliefledger.cases.vault;

import java.util.Map;
import java.util.Set;

/**
 * What the database says about master keys, read before the vault opens: the check value of every
 * master key it has ever registered (retired ones included), and the ids of the keys that must be
 * present because they are not retired or still wrap a data key.
 *
 * @param checkValues check value by master key id, for every row of {@code vault_master_key}
 * @param requiredKeyIds ids of master keys that are not retired or that wrap a {@code case_key}
 */
public record RegisteredMasterKeys(Map<String, String> checkValues, Set<String> requiredKeyIds) {

  public RegisteredMasterKeys {
    checkValues = Map.copyOf(checkValues);
    requiredKeyIds = Set.copyOf(requiredKeyIds);
  }

  /** A database in which the vault has never run. */
  public static RegisteredMasterKeys none() {
    return new RegisteredMasterKeys(Map.of(), Set.of());
  }
}
