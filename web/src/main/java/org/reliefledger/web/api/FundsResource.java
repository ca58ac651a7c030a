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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.FundView;
import org.reliefledger.ledger.entity.SpendingCategory;

/**
 * Funds with their posted balance, what approved requests hold, and what is available; treasurers
 * add funds.
 */
@Path("funds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundsResource {

  /** A fund as the API shows it. */
  public record FundJson(
      String code,
      String name,
      boolean restricted,
      Set<SpendingCategory> allowedCategories,
      String balance,
      String held,
      String available) {

    static FundJson of(FundView fund) {
      return new FundJson(
          fund.code(),
          fund.name(),
          fund.restricted(),
          fund.allowedCategories(),
          RequestValues.text(fund.balance()),
          RequestValues.text(fund.held()),
          RequestValues.text(fund.available()));
    }
  }

  /** What a treasurer sends to add a fund; an unrestricted fund allows every category. */
  public record NewFund(
      @NotNull String code,
      @NotNull String name,
      boolean restricted,
      Set<@NotNull SpendingCategory> allowedCategories) {}

  @Inject Ledger ledger;

  @GET
  @RolesAllowed({"ADMIN", "TREASURER", "COMMITTEE", "INTAKE", "AUDITOR"})
  public Page<FundJson> list(
      @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(500) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    List<FundView> funds = ledger.funds();
    return new Page<>(
        funds.stream().skip(offset).limit(limit).map(FundJson::of).toList(), funds.size());
  }

  @POST
  @RolesAllowed("TREASURER")
  public Response add(@Valid @NotNull(message = "a JSON body is required") NewFund fund) {
    Set<SpendingCategory> categories =
        fund.allowedCategories() == null || fund.allowedCategories().isEmpty()
            ? EnumSet.noneOf(SpendingCategory.class)
            : EnumSet.copyOf(fund.allowedCategories());
    return LedgerResponses.chart(
        ledger.addFund(fund.code(), fund.name(), fund.restricted(), categories),
        () ->
            ledger.funds().stream()
                .filter(f -> f.code().equals(fund.code()))
                .map(FundJson::of)
                .findFirst()
                .orElseThrow());
  }
}
