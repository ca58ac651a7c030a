package org.reliefledger.cases.vault.control;

import jakarta.ejb.ApplicationException;

/**
 * Personal details were asked for while the vault is sealed (committee mode, after a start or a
 * lockdown, until k key shares are entered). Rolls the transaction back: nothing half-sealed is
 * kept. The web layer answers 503 {@code vault_sealed}.
 */
@ApplicationException(rollback = true)
public class VaultSealedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public VaultSealedException() {
    super("the vault is sealed: k of the committee's key shares unseal it");
  }
}
