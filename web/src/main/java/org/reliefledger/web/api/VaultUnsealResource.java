package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.reliefledger.cases.vault.boundary.UnsealOutcome;
import org.reliefledger.cases.vault.boundary.VaultCommittee;
import org.reliefledger.cases.vault.boundary.VaultStatus;

/**
 * Unsealing in committee mode: each holder posts their share; the k-th opens the vault on this
 * instance. {@code GET} tells whether it is sealed and how many shares are in.
 */
@Path("vault/unseal")
@RolesAllowed({"ADMIN", "COMMITTEE", "TREASURER", "INTAKE", "AUDITOR"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VaultUnsealResource {

  /** One key share, as printed on its holder's sheet. */
  public record ShareEntry(String share) {}

  @Inject VaultCommittee committee;

  @GET
  public VaultStatus status() {
    return committee.status();
  }

  @POST
  public Response enter(@NotNull(message = "a JSON body is required") ShareEntry entry) {
    UnsealOutcome outcome = committee.unseal(entry.share());
    if (outcome instanceof UnsealOutcome.NotCommitteeMode) {
      return VaultCommitteeResource.notCommitteeMode();
    }
    if (outcome instanceof UnsealOutcome.NotSplit) {
      return Responses.conflict(
          "not_split", "The root key was never split: an admin splits it first.", null);
    }
    if (outcome instanceof UnsealOutcome.NotAShare) {
      return Responses.error(400, "not_a_share", "This is not a key share (RL1-...).", "share");
    }
    if (outcome instanceof UnsealOutcome.Accepted accepted) {
      return Response.accepted(
              Map.of("sealed", true, "entered", accepted.entered(), "needed", accepted.needed()))
          .build();
    }
    if (outcome instanceof UnsealOutcome.Refused) {
      return Responses.unprocessable(
          "shares_refused",
          "These shares do not open the vault: one or more is wrong. Every share must be"
              + " entered again.",
          "share");
    }
    committee.finishPendingRotation();
    return Response.ok(
            Map.of(
                "sealed",
                false,
                "lockdownLifted",
                ((UnsealOutcome.Unsealed) outcome).wasLockedDown()))
        .build();
  }
}
