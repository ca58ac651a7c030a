package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.reliefledger.reporting.boundary.Reporting;
import org.reliefledger.reports.plaintext.PlainTextFormat;

/**
 * The whole journal up to a day as plain-text books for hledger or Beancount, streamed (the same
 * roles as the general-ledger workbook). {@code to} defaults to today.
 */
@Path("exports")
@RolesAllowed({"TREASURER", "AUDITOR"})
public class PlainTextBooksResource {

  @Inject Reporting reporting;

  @GET
  @Path("hledger")
  public Response hledger(@QueryParam("to") String to) {
    return books(PlainTextFormat.HLEDGER, to, "journal");
  }

  @GET
  @Path("beancount")
  public Response beancount(@QueryParam("to") String to) {
    return books(PlainTextFormat.BEANCOUNT, to, "beancount");
  }

  private Response books(PlainTextFormat format, String to, String extension) {
    LocalDate last = to == null ? LocalDate.now(Clock.systemUTC()) : ReportPeriods.day(to, "to");
    StreamingOutput body =
        out -> {
          var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          reporting.writePlainTextBooks(format, last, writer);
          writer.flush();
        };
    return Response.ok(body, "text/plain; charset=UTF-8")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"books-to-" + last + "." + extension + "\"")
        .build();
  }
}
