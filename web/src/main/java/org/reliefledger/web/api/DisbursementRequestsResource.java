package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.reliefledger.disbursement.boundary.Disbursements;
import org.reliefledger.disbursement.boundary.PaymentOrder;
import org.reliefledger.disbursement.boundary.RequestDraft;
import org.reliefledger.disbursement.boundary.RequestOpening;
import org.reliefledger.disbursement.boundary.VoteReceipt;
import org.reliefledger.disbursement.entity.CancelOutcome;
import org.reliefledger.disbursement.entity.Decision;
import org.reliefledger.disbursement.entity.DisbursementRequest;
import org.reliefledger.disbursement.entity.NewRequest;
import org.reliefledger.disbursement.entity.Payee;
import org.reliefledger.disbursement.entity.PaymentOutcome;
import org.reliefledger.disbursement.entity.Recusal;
import org.reliefledger.disbursement.entity.RequestStatus;
import org.reliefledger.disbursement.entity.Vote;
import org.reliefledger.disbursement.entity.VoteOutcome;
import org.reliefledger.ledger.entity.InvalidAmountException;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.SpendingCategory;
import org.reliefledger.platform.boundary.BusinessDates;

/**
 * Disbursement requests: intake opens them, the committee votes or recuses, the treasurer pays or
 * cancels. Outcomes of the domain are turned into HTTP here and nowhere else.
 */
@Path("disbursement-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisbursementRequestsResource {

  /** What intake sends; {@code case} is the case's code. */
  public record NewRequestJson(
      @JsonbProperty("case") @NotNull(message = "give the case code") String caseCode,
      @NotNull(message = "give the category") String category,
      @NotNull(message = "give the amount") String amount,
      @NotNull(message = "give the fund code") String fund,
      @NotNull(message = "give the payee") String payee,
      @NotNull(message = "give a justification")
          @Size(
              min = 1,
              max = NewRequest.MAX_JUSTIFICATION_LENGTH,
              message = "1 to 2000 characters")
          String justification) {

    /** Never prints the justification: free text about a household may identify it. */
    @Override
    public String toString() {
      return "NewRequestJson[" + caseCode + ", " + category + "]";
    }
  }

  public record VoteJson(
      @NotNull(message = "give APPROVE, REJECT or ABSTAIN") Decision decision,
      @Size(max = Vote.MAX_COMMENT_LENGTH, message = "at most 1000 characters") String comment) {}

  public record RecusalJson(
      @Size(max = Recusal.MAX_REASON_LENGTH, message = "at most 500 characters") String reason) {}

  public record PaymentJson(
      @NotNull(message = "give the booking date, YYYY-MM-DD")
          @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "a date such as 2026-03-02")
          String date,
      @NotNull(message = "give the code of the account the money leaves, e.g. 1000")
          String fromAccount,
      @Size(max = DisbursementRequest.MAX_REFERENCE_LENGTH, message = "at most 100 characters")
          String reference) {}

  /** The journal entry that paid a request. */
  public record PaidJson(long requestId, long journalEntryId, String amount) {}

  public record CancellationJson(
      @Size(max = Recusal.MAX_REASON_LENGTH, message = "at most 500 characters") String reason) {}

  @Inject Disbursements disbursements;

  @Context SecurityContext caller;

  @POST
  @RolesAllowed({"INTAKE", "TREASURER"})
  public Response open(@Valid @NotNull(message = "a JSON body is required") NewRequestJson body) {
    var category = parse(SpendingCategory.class, body.category());
    if (category.isEmpty()) {
      return Responses.unprocessable(
          "validation_failed",
          "category: one of RENT, UTILITIES, FOOD, MEDICAL, LEGAL, TRANSPORT, OTHER",
          "category");
    }
    var payee = parse(Payee.class, body.payee());
    if (payee.isEmpty()) {
      return Responses.unprocessable(
          "validation_failed",
          "payee: one of LANDLORD, UTILITY, HOUSEHOLD, VENDOR, OTHER (a kind, never a name)",
          "payee");
    }
    Money amount;
    try {
      amount = Money.parse(body.amount());
    } catch (InvalidAmountException invalid) {
      return Responses.unprocessable("invalid_amount", invalid.getMessage(), "amount");
    }
    var draft =
        new RequestDraft(
            body.caseCode(),
            category.get(),
            amount,
            body.fund(),
            payee.get(),
            body.justification());
    var outcome = disbursements.open(draft, me());
    if (outcome instanceof RequestOpening.Opened opened) {
      return Responses.created(RequestJson.of(opened.request()));
    }
    var refused = (RequestOpening.Refused) outcome;
    return Responses.unprocessable(refused.error(), refused.message(), refused.field());
  }

  @GET
  @RolesAllowed({"COMMITTEE", "TREASURER", "AUDITOR", "INTAKE"})
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    var wanted = parse(RequestStatus.class, status);
    if (status != null && wanted.isEmpty()) {
      return Responses.error(
          400,
          "bad_request",
          "status: one of OPEN, APPROVED, REJECTED, EXPIRED, PAID, CANCELLED",
          "status");
    }
    var items = disbursements.list(wanted, limit, offset).stream().map(RequestJson::of).toList();
    return Response.ok(new Page<>(items, disbursements.count(wanted))).build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"COMMITTEE", "TREASURER", "AUDITOR", "INTAKE"})
  public Response one(@PathParam("id") long id) {
    return found(disbursements.find(id), view -> Response.ok(RequestJson.of(view)).build());
  }

  @POST
  @Path("{id}/votes")
  @RolesAllowed("COMMITTEE")
  public Response vote(
      @PathParam("id") long id,
      @Valid @NotNull(message = "a JSON body is required") VoteJson body) {
    return found(
        disbursements.vote(id, me(), body.decision(), body.comment()),
        receipt ->
            answer(
                receipt, Response.ok(RequestJson.of(receipt.request(), notice(receipt))).build()));
  }

  @POST
  @Path("{id}/recusal")
  @RolesAllowed("COMMITTEE")
  public Response recuse(
      @PathParam("id") long id,
      @QueryParam("confirm") @DefaultValue("false") boolean confirm,
      @Valid RecusalJson body) {
    var reason = body == null ? null : body.reason();
    return found(
        disbursements.recuse(id, me(), reason, confirm),
        receipt -> answer(receipt, Response.noContent().build()));
  }

  @POST
  @Path("{id}/payment")
  @RolesAllowed("TREASURER")
  public Response pay(
      @PathParam("id") long id,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Valid @NotNull(message = "a JSON body is required") PaymentJson body) {
    LocalDate date;
    try {
      date = LocalDate.parse(body.date());
    } catch (DateTimeParseException notADate) {
      return Responses.unprocessable("validation_failed", "date: not a calendar date", "date");
    }
    var businessDates = BusinessDates.configured();
    if (!businessDates.allows(date)) {
      return Responses.unprocessable("validation_failed", "date: " + businessDates.rule(), "date");
    }
    var order = new PaymentOrder(date, body.fromAccount(), body.reference());
    return found(disbursements.pay(id, order, idempotencyKey, me()), outcome -> paid(id, outcome));
  }

  private static Response paid(long id, PaymentOutcome outcome) {
    if (outcome instanceof PaymentOutcome.Paid paid) {
      return Responses.created(
          new PaidJson(id, paid.journalEntryId(), paid.amount().toDecimalString()));
    }
    if (outcome instanceof PaymentOutcome.AlreadyPaid already) {
      return Responses.conflict(
          "already_paid",
          "This request was already paid by journal entry " + already.journalEntryId() + ".",
          null);
    }
    if (outcome instanceof PaymentOutcome.NotApproved notApproved) {
      return Responses.conflict(
          "not_approved",
          "Only an approved request is paid; this one is " + notApproved.status() + ".",
          null);
    }
    if (outcome instanceof PaymentOutcome.FundCannotCover lacking) {
      return Responses.unprocessable("insufficient_funds", lacking.message(), null);
    }
    if (outcome instanceof PaymentOutcome.InvalidOrder invalid) {
      return Responses.unprocessable("validation_failed", invalid.message(), invalid.field());
    }
    return Responses.conflict(
        "idempotency_key_reused",
        "This Idempotency-Key was first used with a different payment.",
        null);
  }

  @POST
  @Path("{id}/cancellation")
  @RolesAllowed("TREASURER")
  public Response cancel(
      @PathParam("id") long id,
      @Valid @NotNull(message = "a JSON body is required") CancellationJson body) {
    return found(
        disbursements.cancel(id, me(), body.reason()), DisbursementRequestsResource::cancelled);
  }

  private static Response cancelled(CancelOutcome outcome) {
    if (outcome instanceof CancelOutcome.Cancelled) {
      return Response.noContent().build();
    }
    if (outcome instanceof CancelOutcome.ReasonRequired) {
      return Responses.unprocessable(
          "reason_required", "Say why the approval is cancelled.", "reason");
    }
    var status = ((CancelOutcome.NotCancellable) outcome).status();
    return Responses.conflict(
        "not_cancellable",
        "Only an approved, unpaid request can be cancelled; this one is " + status + ".",
        null);
  }

  /** The refusals of a vote or recusal, or {@code counted} when it was counted. */
  private static Response answer(VoteReceipt receipt, Response counted) {
    var outcome = receipt.outcome();
    if (outcome instanceof VoteOutcome.RequesterMayNotVote) {
      return Responses.error(
          403, "requester", "You opened this request, so you do not vote on it.", null);
    }
    if (outcome instanceof VoteOutcome.RecusedMayNotVote) {
      return Responses.error(
          403,
          "recused",
          "You recused yourself from this request, so you do not vote on it.",
          null);
    }
    if (outcome instanceof VoteOutcome.NotOnCommittee) {
      return Responses.error(403, "not_on_committee", "Only committee members vote.", null);
    }
    if (outcome instanceof VoteOutcome.WouldMakeImpossible impossible) {
      return Responses.conflict(
          "would_make_impossible",
          "Not recused: "
              + impossible.message()
              + " by sending the recusal again with ?confirm=true.",
          null);
    }
    if (outcome instanceof VoteOutcome.RequestClosed closed) {
      return Responses.conflict(
          "request_closed", "The request is " + closed.status() + "; votes are closed.", null);
    }
    return counted;
  }

  private static String notice(VoteReceipt receipt) {
    return receipt.outcome() instanceof VoteOutcome.AwaitingFunds awaiting
        ? awaiting.message()
        : null;
  }

  /** {@code answer} to what was found, or 404 when there is no such request. */
  private static <T> Response found(Optional<T> result, Function<T, Response> answer) {
    return result.map(answer).orElseGet(DisbursementRequestsResource::notFound);
  }

  private static Response notFound() {
    return Responses.error(
        404, "not_found", "There is no disbursement request with that id.", null);
  }

  private String me() {
    return caller.getUserPrincipal().getName();
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
