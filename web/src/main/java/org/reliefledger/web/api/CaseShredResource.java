package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.reliefledger.cases.entity.CaseCode;
import org.reliefledger.cases.vault.boundary.ShredOutcome;
import org.reliefledger.cases.vault.boundary.Vault;

/** Destroys a case's data key now: its personal details and justifications are gone for good. */
@Path("cases/{code}/shred")
@Produces(MediaType.APPLICATION_JSON)
public class CaseShredResource {

  @Inject Vault vault;

  @Context SecurityContext security;

  @POST
  @RolesAllowed({"ADMIN", "INTAKE"})
  public Response shred(@PathParam("code") String code) {
    if (!CaseCode.isWellFormed(code)) {
      return VaultResponses.noSuchCase();
    }
    ShredOutcome outcome = vault.shred(CaseCode.parse(code), VaultCaller.of(security));
    if (outcome instanceof ShredOutcome.Shredded) {
      return Response.noContent().build();
    }
    if (outcome instanceof ShredOutcome.Forbidden) {
      return VaultResponses.notAssigned();
    }
    return VaultResponses.noSuchCase();
  }
}
