package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.reliefledger.cases.vault.boundary.LockdownOutcome;
import org.reliefledger.cases.vault.boundary.VaultCommittee;

/** The lockdown: one confirmed action that seals every instance until the committee unseals. */
@Path("vault/lockdown")
@RolesAllowed({"ADMIN", "COMMITTEE"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VaultLockdownResource {

  /** The confirmation phrase, typed: {@value VaultCommittee#LOCKDOWN_PHRASE}. */
  public record Confirmation(String confirmation) {}

  @Inject VaultCommittee committee;

  @Context SecurityContext security;

  @POST
  public Response lockDown(Confirmation body) {
    LockdownOutcome outcome =
        committee.lockDown(body == null ? null : body.confirmation(), VaultCaller.of(security));
    if (outcome instanceof LockdownOutcome.NotCommitteeMode) {
      return VaultCommitteeResource.notCommitteeMode();
    }
    if (outcome instanceof LockdownOutcome.NotConfirmed) {
      return Responses.error(
          400,
          "confirmation_required",
          "Type the phrase " + VaultCommittee.LOCKDOWN_PHRASE + " to confirm the lockdown.",
          "confirmation");
    }
    return Response.ok(Map.of("lockedDown", true)).build();
  }
}
