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
import java.util.List;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.AccountType;
import org.reliefledger.ledger.entity.AccountView;

/** The chart of accounts with balances; treasurers add accounts. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

  /** An account as the API shows it; the balance is positive on the account's normal side. */
  public record AccountJson(String code, String name, AccountType type, String balance) {

    static AccountJson of(AccountView account) {
      return new AccountJson(
          account.code(), account.name(), account.type(), RequestValues.text(account.balance()));
    }
  }

  /** What a treasurer sends to add an account. */
  public record NewAccount(@NotNull String code, @NotNull String name, @NotNull AccountType type) {}

  @Inject Ledger ledger;

  @GET
  @RolesAllowed({"ADMIN", "TREASURER", "COMMITTEE", "INTAKE", "AUDITOR"})
  public Page<AccountJson> list(
      @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(500) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    List<AccountView> accounts = ledger.accounts();
    return new Page<>(
        accounts.stream().skip(offset).limit(limit).map(AccountJson::of).toList(), accounts.size());
  }

  @POST
  @RolesAllowed("TREASURER")
  public Response add(@Valid @NotNull(message = "a JSON body is required") NewAccount account) {
    return LedgerResponses.chart(
        ledger.addAccount(account.code(), account.name(), account.type()),
        () -> new AccountJson(account.code(), account.name(), account.type(), "0.00"));
  }
}
