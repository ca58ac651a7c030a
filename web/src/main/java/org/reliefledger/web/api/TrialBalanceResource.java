package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.TrialBalance;

/** The trial balance as of a date (default: today, UTC). */
@Path("reports/trial-balance")
@RolesAllowed({"TREASURER", "AUDITOR"})
@Produces(MediaType.APPLICATION_JSON)
public class TrialBalanceResource {

  /** One account in one fund; the side its balance does not stand on is {@code "0.00"}. */
  public record RowJson(String account, String fund, String debit, String credit) {}

  /** The report: rows, and totals that are equal when the books balance. */
  public record TrialBalanceJson(
      LocalDate asOf, List<RowJson> rows, String totalDebit, String totalCredit) {}

  @Inject Ledger ledger;

  @GET
  public TrialBalanceJson trialBalance(@QueryParam("asOf") String asOf) {
    TrialBalance balance =
        ledger.trialBalance(RequestValues.date(asOf, "asOf", LocalDate.now(ZoneOffset.UTC)));
    return new TrialBalanceJson(
        balance.asOf(),
        balance.rows().stream()
            .map(
                r ->
                    new RowJson(
                        r.account(),
                        r.fund(),
                        RequestValues.text(r.debit()),
                        RequestValues.text(r.credit())))
            .toList(),
        RequestValues.text(balance.totalDebit()),
        RequestValues.text(balance.totalCredit()));
  }
}
