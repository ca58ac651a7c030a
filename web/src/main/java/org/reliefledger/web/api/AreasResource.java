package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.reliefledger.cases.boundary.AreaAddition;
import org.reliefledger.cases.boundary.AreaView;
import org.reliefledger.cases.boundary.Areas;

/**
 * The list of areas a case's area is chosen from: everyone who works with cases or reports reads
 * it; only an administrator adds or retires areas.
 */
@Path("areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AreasResource {

  /** An area as the API shows it; {@code retiredAt} is null while new cases may choose it. */
  public record AreaJson(String code, String name, boolean retired, String retiredAt) {

    static AreaJson of(AreaView area) {
      return new AreaJson(
          area.code(),
          area.name(),
          area.retired(),
          area.retiredAt() == null ? null : area.retiredAt().toString());
    }
  }

  /** What an administrator sends to add an area; without a code, one is made from the name. */
  public record NewArea(String code, @NotNull(message = "give the area's name") String name) {}

  @Inject Areas areas;

  @Context SecurityContext caller;

  @GET
  @RolesAllowed({"INTAKE", "ADMIN", "TREASURER", "COMMITTEE", "AUDITOR"})
  public Page<AreaJson> list(
      @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(500) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    List<AreaView> all = areas.all();
    return new Page<>(
        all.stream().skip(offset).limit(limit).map(AreaJson::of).toList(), all.size());
  }

  @POST
  @RolesAllowed("ADMIN")
  public Response add(@Valid @NotNull(message = "a JSON body is required") NewArea area) {
    AreaAddition outcome = areas.add(area.code(), area.name(), caller.getUserPrincipal().getName());
    if (outcome instanceof AreaAddition.Added added) {
      return Responses.created(AreaJson.of(added.area()));
    }
    if (outcome instanceof AreaAddition.Taken taken) {
      return Responses.conflict(
          "area_exists",
          "code".equals(taken.field())
              ? "Another area has that code; give another code."
              : "Another area has that name.",
          taken.field());
    }
    var invalid = (AreaAddition.Invalid) outcome;
    return Responses.unprocessable("validation_failed", invalid.message(), invalid.field());
  }

  /** Retires an area: old cases keep it, new cases cannot choose it. Retiring twice is harmless. */
  @POST
  @Path("{code}/retirement")
  @RolesAllowed("ADMIN")
  public Response retire(@PathParam("code") String code) {
    return areas
        .retire(code)
        .map(retired -> Response.ok(AreaJson.of(retired)).build())
        .orElseGet(
            () -> Responses.error(404, "not_found", "There is no area with that code.", null));
  }
}
