package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.reliefledger.reporting.boundary.Publication;
import org.reliefledger.reporting.boundary.Releases;

/**
 * Published months of statistics: the treasurer publishes a month once it is over (the timer does
 * it anyway N days later); everyone who downloads reports can see which months are published.
 */
@Path("releases")
@Produces(MediaType.APPLICATION_JSON)
public class ReleasesResource {

  /** The published months, oldest first. */
  public record ReleasedMonths(List<String> months) {

    static ReleasedMonths of(List<YearMonth> months) {
      return new ReleasedMonths(months.stream().map(YearMonth::toString).toList());
    }
  }

  @Inject Releases releases;

  @Context SecurityContext caller;

  @GET
  @RolesAllowed({"TREASURER", "AUDITOR", "COMMITTEE"})
  public ReleasedMonths published() {
    return ReleasedMonths.of(releases.published());
  }

  @POST
  @Path("{month}")
  @RolesAllowed("TREASURER")
  public Response publish(@PathParam("month") String month) {
    YearMonth reported = ReportPeriods.month(month, "month");
    Publication result =
        releases.publish(
            reported, caller.getUserPrincipal().getName(), LocalDate.now(ZoneOffset.UTC));
    if (result instanceof Publication.Published published) {
      return Responses.created(ReleasedMonths.of(published.months()));
    }
    if (result instanceof Publication.AlreadyPublished already) {
      return Responses.conflict(
          "already_published",
          already.month() + " is published; a published month is never changed.",
          "month");
    }
    return Responses.conflict("month_not_over", reported + " has not ended yet.", "month");
  }
}
