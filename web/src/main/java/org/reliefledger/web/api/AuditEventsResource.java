package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.audit.boundary.AuditEntry;
import org.reliefledger.audit.boundary.AuditPage;
import org.reliefledger.audit.boundary.AuditSelection;

/**
 * The audit trail for auditors, newest first: {@code from}/{@code to} are UTC days (inclusive),
 * {@code type} an event's action (e.g. {@code PII_READ}), {@code actor} a user name or {@code
 * system}.
 */
@Path("audit-events")
@RolesAllowed("AUDITOR")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventsResource {

  @Inject Audit audit;

  @GET
  public Page<AuditEntry> list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("type") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "not an event type")
          String type,
      @QueryParam("actor") @Pattern(regexp = "[a-z0-9._-]{1,64}", message = "not a user name")
          String actor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    LocalDate first = RequestValues.date(from, "from", null);
    LocalDate last = RequestValues.date(to, "to", null);
    if (first != null && last != null) {
      ReportPeriods.ordered(first, last);
    }
    AuditPage page = audit.events(new AuditSelection(first, last, type, actor), limit, offset);
    return new Page<>(page.items(), page.total());
  }
}
