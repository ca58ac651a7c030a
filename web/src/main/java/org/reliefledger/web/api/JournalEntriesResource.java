package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.EntryPage;
import org.reliefledger.ledger.entity.IdempotentRequest;
import org.reliefledger.ledger.entity.Side;
import org.reliefledger.platform.boundary.BusinessDate;

/** Journal entries: post, list, reverse. */
@Path("journal-entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JournalEntriesResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** One posting as sent: exactly one of debit and credit, a decimal string. */
  public record NewPosting(
      @NotNull String account, @NotNull String fund, String debit, String credit) {}

  /** What a treasurer sends to post an entry. */
  public record NewEntry(
      @NotNull @BusinessDate LocalDate date,
      @NotNull @Size(max = 500, message = "must be at most 500 characters") String memo,
      @NotNull @Size(min = 2, max = 200, message = "give 2 to 200 postings")
          List<@NotNull @Valid NewPosting> postings) {}

  /** What a treasurer sends to reverse an entry. */
  public record NewReversal(
      @NotNull @BusinessDate LocalDate date,
      @NotNull @Size(max = 500, message = "must be at most 500 characters") String memo) {}

  @Inject Ledger ledger;

  @POST
  @RolesAllowed("TREASURER")
  public Response post(
      @Valid @NotNull(message = "a JSON body is required") NewEntry entry,
      @HeaderParam(IDEMPOTENCY_KEY) String key) {
    var command =
        new EntryCommand(
            entry.date(),
            entry.memo(),
            entry.postings().stream().map(JournalEntriesResource::line).toList());
    return LedgerResponses.entry(
        ledger.postStandalone(command, IdempotentRequest.forEntry(key, command)));
  }

  private static EntryCommand.Line line(NewPosting posting) {
    if ((posting.debit() == null) == (posting.credit() == null)) {
      throw new BadInput(
          "invalid_posting", "Each posting has exactly one of debit and credit.", "postings");
    }
    boolean debit = posting.debit() != null;
    return new EntryCommand.Line(
        posting.account(),
        posting.fund(),
        debit ? Side.DEBIT : Side.CREDIT,
        RequestValues.amount(
            debit ? posting.debit() : posting.credit(), debit ? "debit" : "credit"));
  }

  @GET
  @RolesAllowed({"TREASURER", "AUDITOR"})
  public Page<EntryJson> list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    EntryPage page =
        ledger.entries(
            RequestValues.date(from, "from", LocalDate.of(1900, 1, 1)),
            RequestValues.date(to, "to", LocalDate.of(9999, 12, 31)),
            limit,
            offset);
    return new Page<>(page.items().stream().map(EntryJson::of).toList(), page.total());
  }

  @POST
  @Path("{id}/reversal")
  @RolesAllowed("TREASURER")
  public Response reverse(
      @PathParam("id") long id,
      @Valid @NotNull(message = "a JSON body is required") NewReversal reversal,
      @HeaderParam(IDEMPOTENCY_KEY) String key) {
    return LedgerResponses.entry(
        ledger.reverseStandalone(
            id,
            reversal.date(),
            reversal.memo(),
            IdempotentRequest.forReversal(key, id, reversal.date(), reversal.memo())));
  }
}
