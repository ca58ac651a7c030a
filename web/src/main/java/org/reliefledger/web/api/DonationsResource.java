package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import org.reliefledger.giving.boundary.DonationCommand;
import org.reliefledger.giving.boundary.Giving;
import org.reliefledger.giving.entity.Donor;
import org.reliefledger.giving.entity.PaymentMethod;
import org.reliefledger.platform.boundary.BusinessDate;

/** Donations, each recorded as one journal entry; the donor is optional and never in memos. */
@Path("donations")
@RolesAllowed("TREASURER")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DonationsResource {
  /** The donor, when they want to be known; both parts optional. */
  public record DonorJson(
      @Size(max = 200, message = "must be at most 200 characters") String name,
      @Email(message = "must be an e-mail address") @Size(max = 254) String email) {

    /** Personal data: never in logs. */
    @Override
    public String toString() {
      return "DonorJson[...]";
    }
  }

  /** What a treasurer sends to record a donation. */
  public record NewDonation(
      @NotNull @BusinessDate LocalDate date,
      @NotNull String amount,
      @NotNull String fund,
      @NotNull String depositAccount,
      @NotNull PaymentMethod method,
      @Valid DonorJson donor) {}

  @Inject Giving giving;

  @POST
  public Response donate(
      @Valid @NotNull(message = "a JSON body is required") NewDonation donation,
      @HeaderParam(JournalEntriesResource.IDEMPOTENCY_KEY) String key) {
    Donor donor =
        donation.donor() == null
            ? Donor.ANONYMOUS
            : new Donor(donation.donor().name(), donation.donor().email());
    var command =
        new DonationCommand(
            donation.date(),
            RequestValues.amount(donation.amount(), "amount"),
            donation.fund(),
            donation.depositAccount(),
            donation.method(),
            donor);
    return LedgerResponses.gift(giving.recordDonation(command, key));
  }
}
