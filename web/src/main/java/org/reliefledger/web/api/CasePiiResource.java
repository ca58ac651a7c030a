package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.reliefledger.cases.entity.CaseCode;
import org.reliefledger.cases.vault.boundary.PiiReadReason;
import org.reliefledger.cases.vault.boundary.PiiReading;
import org.reliefledger.cases.vault.boundary.Vault;

/**
 * A case's personal details, for the intake users assigned to it. Every read names a reason and is
 * audited; the answer is never cached.
 */
@Path("cases/{code}/pii")
@Produces(MediaType.APPLICATION_JSON)
public class CasePiiResource {

  @Inject Vault vault;

  @Context SecurityContext security;

  @GET
  @RolesAllowed("INTAKE")
  public Response read(@PathParam("code") String code, @QueryParam("reason") String reason) {
    Optional<PiiReadReason> why = PiiReadReason.parse(reason);
    if (why.isEmpty()) {
      return Responses.error(
          400,
          "reason_required",
          "Say why you open these details: reason is one of " + PiiReadReason.accepted() + ".",
          "reason");
    }
    if (!CaseCode.isWellFormed(code)) {
      return VaultResponses.noSuchCase();
    }
    PiiReading reading = vault.readPii(CaseCode.parse(code), VaultCaller.of(security), why.get());
    if (reading instanceof PiiReading.Revealed revealed) {
      CacheControl noStore = new CacheControl();
      noStore.setNoStore(true);
      return Response.ok(revealed.pii()).cacheControl(noStore).build();
    }
    if (reading instanceof PiiReading.Gone) {
      return Responses.error(
          410, "shredded", "This case's details were destroyed and cannot be recovered.", null);
    }
    if (reading instanceof PiiReading.Forbidden) {
      return VaultResponses.notAssigned();
    }
    return VaultResponses.noSuchCase();
  }
}
