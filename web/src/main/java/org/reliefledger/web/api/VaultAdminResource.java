package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.reliefledger.cases.entity.CaseCode;
import org.reliefledger.cases.vault.boundary.IntakeAssignment;
import org.reliefledger.cases.vault.boundary.IntakeConfirmation;
import org.reliefledger.cases.vault.boundary.PendingAssignment;
import org.reliefledger.cases.vault.boundary.Vault;
import org.reliefledger.cases.vault.control.VaultKeys;

/** The vault's administration: intake assignments and master key rotation (admins only). */
@Path("vault")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VaultAdminResource {

  /** The intake user to assign to a case. */
  public record Assignment(
      @NotNull @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "not a user name")
          String username) {}

  @Inject Vault vault;

  @Context SecurityContext security;

  /**
   * Proposes that an existing intake user read and shred the case's details like its creator; a
   * second administrator confirms it.
   */
  @POST
  @Path("cases/{code}/intake-assignments")
  public Response assign(
      @PathParam("code") String code,
      @Valid @NotNull(message = "a JSON body is required") Assignment assignment) {
    if (!CaseCode.isWellFormed(code)) {
      return VaultResponses.noSuchCase();
    }
    IntakeAssignment outcome =
        vault.assignIntake(CaseCode.parse(code), assignment.username(), VaultCaller.of(security));
    if (outcome instanceof IntakeAssignment.NoSuchCase) {
      return VaultResponses.noSuchCase();
    }
    if (outcome instanceof IntakeAssignment.NotAnIntakeUser) {
      return Responses.unprocessable(
          "not_an_intake_user",
          "Only an existing user with the INTAKE role may be assigned.",
          "username");
    }
    if (outcome instanceof IntakeAssignment.Proposed proposed) {
      return Response.accepted(
              new PendingAssignment(code, assignment.username(), proposed.proposedBy()))
          .type(MediaType.APPLICATION_JSON)
          .build();
    }
    return Response.noContent().build();
  }

  /** Puts a proposed intake assignment in force: a second administrator, not its proposer. */
  @POST
  @Path("cases/{code}/intake-assignments/{username}/confirmation")
  public Response confirm(@PathParam("code") String code, @PathParam("username") String username) {
    IntakeConfirmation outcome =
        CaseCode.isWellFormed(code)
            ? vault.confirmIntake(CaseCode.parse(code), username, VaultCaller.of(security))
            : new IntakeConfirmation.NoSuchAssignment();
    if (outcome instanceof IntakeConfirmation.Confirmed) {
      return Response.noContent().build();
    }
    if (outcome instanceof IntakeConfirmation.NotASecondPerson) {
      return Responses.error(
          403,
          "second_person_required",
          "An intake assignment is confirmed by a second administrator, not the one who proposed"
              + " it.",
          null);
    }
    if (outcome instanceof IntakeConfirmation.AlreadyConfirmed) {
      return Responses.conflict("already_confirmed", "This assignment is already confirmed.", null);
    }
    return Responses.error(404, "not_found", "No such proposed assignment.", null);
  }

  /** The intake assignments waiting for a second administrator. */
  @GET
  @Path("intake-assignments")
  public Page<PendingAssignment> pendingAssignments() {
    List<PendingAssignment> pending = vault.pendingIntakeAssignments();
    return new Page<>(pending, pending.size());
  }

  /** Re-wraps every data key under a new master key; back up the key file afterwards. */
  @POST
  @Path("master-key/rotation")
  public VaultKeys.Rotated rotate() {
    return vault.rotateMasterKey();
  }
}
