package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.reliefledger.giving.boundary.Giving;
import org.reliefledger.giving.boundary.GrantCommand;
import org.reliefledger.platform.boundary.BusinessDate;

/** Grants, each recorded as one journal entry in the chosen (usually restricted) fund. */
@Path("grants")
@RolesAllowed("TREASURER")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GrantsResource {

  /** What a treasurer sends to record a grant. */
  public record NewGrant(
      @NotNull @BusinessDate LocalDate date,
      @NotNull String amount,
      @NotNull String fund,
      @NotNull String depositAccount,
      @NotBlank @Size(max = 200, message = "must be at most 200 characters") String grantor,
      @Size(max = 500, message = "must be at most 500 characters") String restriction,
      @BusinessDate LocalDate periodEnd) {}

  @Inject Giving giving;

  @POST
  public Response grant(
      @Valid @NotNull(message = "a JSON body is required") NewGrant grant,
      @HeaderParam(JournalEntriesResource.IDEMPOTENCY_KEY) String key) {
    var command =
        new GrantCommand(
            grant.date(),
            RequestValues.amount(grant.amount(), "amount"),
            grant.fund(),
            grant.depositAccount(),
            grant.grantor(),
            grant.restriction(),
            grant.periodEnd());
    return LedgerResponses.gift(giving.recordGrant(command, key));
  }
}
