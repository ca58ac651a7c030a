package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.reliefledger.cases.boundary.CaseOpening;
import org.reliefledger.cases.boundary.CaseView;
import org.reliefledger.cases.boundary.Cases;
import org.reliefledger.cases.vault.PiiRecord;

/** Cases without personal details: opening one, and reading its code and coarse attributes. */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

  /**
   * What intake sends to open a case; the optional personal details are sealed in the transaction
   * that opens it, and never appear in a case view.
   */
  public record NewCase(
      @NotNull(message = "give the number of people in the household") Integer householdSize,
      @NotNull(message = "give the area's code, from GET /areas") String area,
      @Size(max = 8, message = "at most 8 languages") List<String> languages,
      PiiRecord pii) {

    @Override
    public String toString() {
      return "NewCase[redacted]";
    }
  }

  /**
   * A case as the API shows it: {@code area} is the area's code and {@code areaName} its name in
   * the list; {@code languages} are ISO 639 codes.
   */
  public record CaseJson(
      String code,
      String householdSize,
      String area,
      String areaName,
      List<String> languages,
      String openedAt) {

    static CaseJson of(CaseView view) {
      return new CaseJson(
          view.code(),
          view.householdSizeBand().name(),
          view.areaCode(),
          view.areaName(),
          view.languages(),
          view.openedAt().toString());
    }
  }

  @Inject Cases cases;

  @Context SecurityContext caller;

  @POST
  @RolesAllowed("INTAKE")
  public Response open(@Valid @NotNull(message = "a JSON body is required") NewCase body) {
    var outcome =
        cases.open(
            body.householdSize(),
            body.area(),
            body.languages() == null ? List.of() : body.languages(),
            body.pii() == null ? PiiRecord.empty() : body.pii(),
            caller.getUserPrincipal().getName());
    if (outcome instanceof CaseOpening.Opened opened) {
      return Responses.created(CaseJson.of(opened.opened()));
    }
    var invalid = (CaseOpening.Invalid) outcome;
    return Responses.unprocessable("validation_failed", invalid.message(), invalid.field());
  }

  @GET
  @Path("{code}")
  @RolesAllowed({"INTAKE", "COMMITTEE", "TREASURER", "AUDITOR"})
  public Response byCode(@PathParam("code") String code) {
    return cases
        .byCode(code)
        .map(view -> Response.ok(CaseJson.of(view)).build())
        .orElseGet(
            () -> Responses.error(404, "not_found", "There is no case with that code.", null));
  }
}
