package org.reliefledger.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.reliefledger.cases.vault.control.VaultSealedException;

/** Personal details asked for while the vault is sealed: 503, nothing was written. */
@Provider
public class VaultSealedMapper implements ExceptionMapper<VaultSealedException> {

  static Response sealed() {
    return Responses.error(
        503,
        "vault_sealed",
        "The vault is sealed: personal details cannot be read or written until k committee"
            + " members enter their key shares (POST /api/v1/vault/unseal).",
        null);
  }

  @Override
  public Response toResponse(VaultSealedException sealed) {
    return sealed();
  }
}
