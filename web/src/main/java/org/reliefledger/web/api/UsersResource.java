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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.reliefledger.identity.boundary.UserCreation;
import org.reliefledger.identity.boundary.UserView;
import org.reliefledger.identity.boundary.Users;
import org.reliefledger.identity.entity.Role;

/** User accounts, for administrators. Password hashes never leave the server. */
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

  @Inject Users users;

  @POST
  public Response create(@Valid @NotNull(message = "a JSON body is required") NewUser user) {
    UserCreation outcome = users.create(user.username(), user.password(), user.roles());
    if (outcome instanceof UserCreation.Created created) {
      return Responses.created(created.user());
    }
    if (outcome instanceof UserCreation.RolesKeptApart) {
      return Responses.unprocessable(
          "roles_kept_apart",
          "One account may not hold both ADMIN and INTAKE: an administrator assigns intake users"
              + " to cases and must not be able to assign themselves.",
          "roles");
    }
    return Responses.conflict("duplicate", "That user name is already taken.", "username");
  }

  @GET
  public Page<UserView> list(
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    return new Page<>(users.list(limit, offset), users.count());
  }
}
