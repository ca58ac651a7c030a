package org.reliefledger.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import org.reliefledger.identity.boundary.Accounts;
import org.reliefledger.identity.boundary.PasswordChange;
import org.reliefledger.identity.entity.Role;

/**
 * The caller's own account, whatever their roles: who they are, changing their password (the
 * current one required) and signing out everywhere. HTTP Basic itself has no session: signing out
 * everywhere ends the screens' sessions and any remembered password check.
 */
@Path("users/me")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnAccountResource {

  /** The caller as the server knows them. */
  public record Me(String username, List<String> roles) {}

  public record NewPassword(
      @NotNull(message = "give currentPassword") String currentPassword,
      @NotNull @Size(min = 12, max = 256, message = "must be 12 to 256 characters")
          String newPassword) {}

  @Inject Accounts accounts;

  @Context SecurityContext caller;

  @GET
  public Me me() {
    return new Me(
        caller.getUserPrincipal().getName(),
        Arrays.stream(Role.values())
            .filter(role -> caller.isUserInRole(role.name()))
            .map(Role::name)
            .toList());
  }

  @PUT
  @Path("password")
  public Response changePassword(
      @Valid @NotNull(message = "a JSON body is required") NewPassword change) {
    var outcome =
        accounts.changeOwnPassword(
            caller.getUserPrincipal().getName(), change.currentPassword(), change.newPassword());
    if (outcome instanceof PasswordChange.Changed) {
      return Response.noContent().build();
    }
    if (outcome instanceof PasswordChange.Paused paused) {
      return Responses.error(
          429,
          "paused",
          "Too many wrong passwords: try again after " + paused.until() + ".",
          "currentPassword");
    }
    if (outcome instanceof PasswordChange.Unchanged) {
      return Responses.unprocessable(
          "unchanged", "Choose a password other than the current one.", "newPassword");
    }
    return Responses.unprocessable(
        "wrong_password", "The current password is not right.", "currentPassword");
  }

  @POST
  @Path("sign-out-everywhere")
  public Response signOutEverywhere() {
    accounts.signOutEverywhere(caller.getUserPrincipal().getName());
    return Response.noContent().build();
  }
}
