package org.reliefledger.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.Supplier;
import org.reliefledger.giving.boundary.GiftResult;
import org.reliefledger.giving.entity.DonorDetails;
import org.reliefledger.ledger.entity.ChartResult;
import org.reliefledger.ledger.entity.EntryProblem;
import org.reliefledger.ledger.entity.EntryResult;

/**
 * The one place where the outcomes of the ledger and of giving become HTTP answers. Messages are
 * fixed sentences; they name the offending field but never quote what the client sent.
 */
final class LedgerResponses {

  /** Header on an answer replayed for a repeated {@code Idempotency-Key}. */
  static final String REPLAYED = "Idempotent-Replayed";

  private LedgerResponses() {}

  static Response entry(EntryResult result) {
    if (result instanceof EntryResult.Posted posted) {
      return created(EntryJson.of(posted.entry()), posted.replayed());
    }
    return refusal(result);
  }

  static Response gift(GiftResult result) {
    if (result instanceof GiftResult.Recorded recorded) {
      var donor = recorded.donor() == DonorDetails.NONE ? null : recorded.donor().name();
      return created(
          new GiftJson(recorded.id(), recorded.journalEntryId(), donor), recorded.replayed());
    }
    if (result instanceof GiftResult.NotADepositAccount) {
      return Responses.unprocessable(
          "not_a_deposit_account",
          "Money is deposited on an asset account (bank, cash or clearing).",
          "depositAccount");
    }
    if (result instanceof GiftResult.Invalid invalid) {
      return Responses.unprocessable("validation_failed", invalid.message(), null);
    }
    return refusal(((GiftResult.LedgerRefused) result).refusal());
  }

  static Response chart(ChartResult result, Supplier<Object> created) {
    if (result instanceof ChartResult.Added) {
      return Responses.created(created.get());
    }
    if (result instanceof ChartResult.DuplicateCode) {
      return Responses.conflict("duplicate", "That code is already in use.", "code");
    }
    return Responses.unprocessable(
        "validation_failed", ((ChartResult.Invalid) result).message(), null);
  }

  private static Response created(Object body, boolean replayed) {
    var response =
        Response.status(Response.Status.CREATED).entity(body).type(MediaType.APPLICATION_JSON);
    if (replayed) {
      response.header(REPLAYED, "true");
    }
    return response.build();
  }

  private static Response refusal(EntryResult result) {
    if (result instanceof EntryResult.Unbalanced unbalanced) {
      EntryProblem problem = unbalanced.problem();
      return Responses.unprocessable(
          problem.name().toLowerCase(Locale.ROOT), problem.message(), field(problem));
    }
    if (result instanceof EntryResult.UnknownAccount) {
      return Responses.unprocessable(
          "unknown_account", "A posting names an account that does not exist.", "account");
    }
    if (result instanceof EntryResult.UnknownFund) {
      return Responses.unprocessable(
          "unknown_fund", "A posting names a fund that does not exist.", "fund");
    }
    if (result instanceof EntryResult.InsufficientFunds) {
      return Responses.unprocessable(
          "insufficient_funds",
          "This would spend more than the fund has available: its cash less what it holds for approved requests.",
          "fund");
    }
    if (result instanceof EntryResult.RestrictedCategory) {
      return Responses.unprocessable(
          "restricted_fund", "This restricted fund may not pay for that kind of expense.", "fund");
    }
    if (result instanceof EntryResult.AlreadyReversed) {
      return Responses.conflict("already_reversed", "This entry has already been reversed.", null);
    }
    if (result instanceof EntryResult.EntryNotFound) {
      return Responses.error(404, "not_found", "There is no journal entry with this id.", null);
    }
    if (result instanceof EntryResult.IdempotencyKeyReused) {
      return Responses.conflict(
          "idempotency_key_reused",
          "This Idempotency-Key was already used with a different request.",
          "Idempotency-Key");
    }
    throw new IllegalStateException("unmapped ledger result " + result.getClass().getSimpleName());
  }

  private static String field(EntryProblem problem) {
    return switch (problem) {
      case MISSING_DATE -> "date";
      case INVALID_MEMO -> "memo";
      case INVALID_IDEMPOTENCY_KEY -> "Idempotency-Key";
      case RESTRICTED_FUND -> "fund";
      default -> "postings";
    };
  }
}
