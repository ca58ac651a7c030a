package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;
import org.reliefledger.identity.boundary.Accounts;
import org.reliefledger.identity.boundary.GrantView;
import org.reliefledger.identity.boundary.UserCreation;
import org.reliefledger.identity.boundary.UserView;
import org.reliefledger.identity.boundary.Users;
import org.reliefledger.identity.entity.Role;

/**
 * User accounts, for administrators: creating, listing, disabling and enabling, changing roles and
 * resetting passwords. Granting ADMIN or INTAKE is only proposed (202) until a second person
 * confirms it. Password hashes never leave the server.
 */
@Path("users")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

  /** What an administrator sends to create a user. */
  public record NewUser(
      @NotNull
          @Pattern(
              regexp = "[a-z0-9._-]{3,64}",
              message = "use 3 to 64 of a-z, 0-9, '.', '_' or '-'")
          String username,
      @NotNull @Size(min = 12, max = 256, message = "must be 12 to 256 characters") String password,
      @NotEmpty(message = "give at least one role") Set<@NotNull Role> roles) {}

  /** A user and the sensitive role that waits for a second person's confirmation. */
  public record Pending(UserView user, GrantView grant) {}

  /** A password reset's one-time password: shown once, never stored in the clear. */
  public record OneTimePassword(String username, String oneTimePassword) {}

  /** The roles a user is to hold from now on. */
  public record NewRoles(@NotNull(message = "give roles") Set<@NotNull Role> roles) {}

  @Inject Users users;

  @Inject Accounts accounts;

  @Context SecurityContext caller;

  @POST
  public Response create(@Valid @NotNull(message = "a JSON body is required") NewUser user) {
    UserCreation outcome =
        users.create(user.username(), user.password(), user.roles(), callerName());
    if (outcome instanceof UserCreation.Created created) {
      return Responses.created(created.user());
    }
    if (outcome instanceof UserCreation.CreatedPendingGrant pending) {
      return AccountResponses.pending(pending.user(), pending.grant());
    }
    if (outcome instanceof UserCreation.RolesKeptApart) {
      return AccountResponses.rolesKeptApart();
    }
    return Responses.conflict("duplicate", "That user name is already taken.", "username");
  }

  @GET
  public Page<UserView> list(
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    return new Page<>(users.list(limit, offset), users.count());
  }

  @POST
  @Path("{username}/disable")
  public Response disable(@PathParam("username") String username) {
    return AccountResponses.of(accounts.disable(username, callerName()));
  }

  @POST
  @Path("{username}/enable")
  public Response enable(@PathParam("username") String username) {
    return AccountResponses.of(accounts.enable(username, callerName()));
  }

  @PUT
  @Path("{username}/roles")
  public Response changeRoles(
      @PathParam("username") String username,
      @Valid @NotNull(message = "a JSON body is required") NewRoles roles) {
    return AccountResponses.of(accounts.changeRoles(username, roles.roles(), callerName()));
  }

  @POST
  @Path("{username}/password-reset")
  public Response resetPassword(@PathParam("username") String username) {
    return AccountResponses.of(accounts.resetPassword(username, callerName()));
  }

  /** Sensitive roles proposed and not yet confirmed: for administrators and the committee. */
  @GET
  @Path("role-grants")
  @RolesAllowed({"ADMIN", "COMMITTEE"})
  public Page<GrantView> pendingGrants() {
    List<GrantView> pending = accounts.pendingGrants();
    return new Page<>(pending, pending.size());
  }

  @POST
  @Path("role-grants/{id}/confirmation")
  @RolesAllowed({"ADMIN", "COMMITTEE"})
  public Response confirmGrant(@PathParam("id") long id) {
    return AccountResponses.of(
        accounts.confirmGrant(id, callerName(), caller.isUserInRole(Role.ADMIN.name())));
  }

  private String callerName() {
    return caller.getUserPrincipal().getName();
  }
}
