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
import org.reliefledger.cases.vault.boundary.JustificationReading;
import org.reliefledger.cases.vault.boundary.Vault;

/**
 * A request's justification, for the committee members who may vote on it; the read is audited and
 * never cached. Everybody else sees requests without it.
 */
@Path("disbursement-requests/{id}/justification")
@Produces(MediaType.APPLICATION_JSON)
public class RequestJustificationResource {

  /** The justification as the API shows it. */
  public record JustificationJson(long requestId, String justification) {
    @Override
    public String toString() {
      return "JustificationJson[" + requestId + "]";
    }
  }

  @Inject Vault vault;

  @Context SecurityContext security;

  @GET
  @RolesAllowed("COMMITTEE")
  public Response read(@PathParam("id") long id) {
    JustificationReading reading = vault.justification(id, VaultCaller.of(security));
    if (reading instanceof JustificationReading.Revealed revealed) {
      return VaultResponses.revealed(new JustificationJson(id, revealed.justification()));
    }
    if (reading instanceof JustificationReading.Forbidden) {
      return Responses.error(
          403,
          "forbidden",
          "Only committee members who may vote on this request read its justification.",
          null);
    }
    if (reading instanceof JustificationReading.Gone) {
      return Responses.error(
          410, "gone", "This request's justification was not kept or was destroyed.", null);
    }
    return Responses.error(404, "not_found", "There is no request with this id.", null);
  }
}
