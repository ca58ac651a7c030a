package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.reliefledger.cases.vault.boundary.DonorReading;
import org.reliefledger.cases.vault.boundary.Vault;

/**
 * A donation's donor, opened from the vault for the treasurer (to thank them, or for a receipt);
 * the read is audited and never cached.
 */
@Path("donations/{id}/donor")
@Produces(MediaType.APPLICATION_JSON)
public class DonorResource {

  /** The donor as the API shows it; either part may be absent. */
  public record DonorJson(long donationId, String name, String email) {
    @Override
    public String toString() {
      return "DonorJson[" + donationId + "]";
    }
  }

  @Inject Vault vault;

  @Context SecurityContext security;

  @GET
  @RolesAllowed("TREASURER")
  public Response read(@PathParam("id") long id) {
    DonorReading reading = vault.donor(id, VaultCaller.of(security));
    if (reading instanceof DonorReading.Revealed revealed) {
      return VaultResponses.revealed(
          new DonorJson(id, revealed.donor().name(), revealed.donor().email()));
    }
    if (reading instanceof DonorReading.Anonymous) {
      return Responses.error(404, "anonymous", "This donation is anonymous.", null);
    }
    if (reading instanceof DonorReading.NotKept) {
      return Responses.error(
          410, "not_kept", "A donor was named, but this fund keeps no donor details.", null);
    }
    if (reading instanceof DonorReading.Forbidden) {
      return Responses.error(403, "forbidden", "Only the treasurer reads donors.", null);
    }
    return Responses.error(404, "not_found", "There is no donation with this id.", null);
  }
}
