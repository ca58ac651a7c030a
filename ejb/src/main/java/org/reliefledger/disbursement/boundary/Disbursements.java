package org.reliefledger.disbursement.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.cases.entity.Case;
import org.reliefledger.cases.entity.CaseCode;
import org.reliefledger.disbursement.control.Committees;
import org.reliefledger.disbursement.control.VotingPolicies;
import org.reliefledger.disbursement.entity.CancelOutcome;
import org.reliefledger.disbursement.entity.Decision;
import org.reliefledger.disbursement.entity.DisbursementRequest;
import org.reliefledger.disbursement.entity.NewRequest;
import org.reliefledger.disbursement.entity.NoteKind;
import org.reliefledger.disbursement.entity.OpenOutcome;
import org.reliefledger.disbursement.entity.PaymentOutcome;
import org.reliefledger.disbursement.entity.PolicyProposal;
import org.reliefledger.disbursement.entity.PolicyTerms;
import org.reliefledger.disbursement.entity.PriorRequest;
import org.reliefledger.disbursement.entity.RequestStatus;
import org.reliefledger.disbursement.entity.Vote;
import org.reliefledger.disbursement.entity.VoteOutcome;
import org.reliefledger.disbursement.entity.VotingContext;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.Account;
import org.reliefledger.ledger.entity.AccountType;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.HoldResult;
import org.reliefledger.ledger.entity.IdempotencyRecord;
import org.reliefledger.ledger.entity.IdempotentRequest;
import org.reliefledger.ledger.entity.Side;
import org.reliefledger.ledger.entity.VoidResult;

/**
 * Disbursement requests from opening to payment: the committee's votes and recusals under the
 * request's policy, the holds approvals place on funds, cancellation, expiry, and the voting policy
 * itself. Every state change and every vote is an audit event that names the request, never the
 * case, and never carries free text. The free text users write (the justification, vote comments,
 * recusal and cancellation reasons, payment references) goes to the vault, sealed under the case's
 * key; nothing here stores it.
 */
@Stateless
public class Disbursements {

  static final String OBJECT = "disbursement_request";
  static final String POLICY_PROPOSAL = "voting_policy_proposal";

  @PersistenceContext EntityManager em;

  @Inject Audit audit;

  @Inject Committees committees;

  @Inject VotingPolicies policies;

  @Inject RequestViews views;

  @Inject Ledger ledger;

  @Inject Instance<JustificationSeal> justifications;

  @Inject Instance<RequestNoteSeal> notes;

  @Inject Instance<SettledInstructions> settledInstructions;

  /**
   * Opens a request under the current policy. The case's row is locked while its cap is checked, so
   * two requests for the same case opened at once cannot both slip under the cap.
   */
  public RequestOpening open(RequestDraft draft, String requester) {
    if (!CaseCode.isWellFormed(draft.caseCode())) {
      return new RequestOpening.Refused("unknown_case", "There is no case with that code.", "case");
    }
    var caseRow =
        em.createNamedQuery(Case.BY_CODE, Case.class)
            .setParameter("code", CaseCode.parse(draft.caseCode()).value())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    if (caseRow.isEmpty()) {
      return new RequestOpening.Refused("unknown_case", "There is no case with that code.", "case");
    }
    var fund =
        em.createNamedQuery(Fund.BY_CODE, Fund.class)
            .setParameter("code", draft.fundCode())
            .getResultStream()
            .findFirst();
    if (fund.isEmpty()) {
      return new RequestOpening.Refused("unknown_fund", "There is no fund with that code.", "fund");
    }
    var now = Instant.now();
    var policy = policies.current();
    NewRequest details;
    try {
      details =
          new NewRequest(
              caseRow.get().id(),
              draft.category(),
              draft.amount(),
              draft.payee(),
              draft.justification(),
              requester);
    } catch (IllegalArgumentException noJustification) {
      return new RequestOpening.Refused(
          "validation_failed", noJustification.getMessage(), "justification");
    }
    var outcome =
        DisbursementRequest.open(
            details, fund.get(), policy, history(caseRow.get().id(), policy.terms(), now), now);
    if (outcome instanceof OpenOutcome.Opened opened) {
      var request = opened.request();
      em.persist(request);
      em.flush();
      if (justifications.isResolvable()) {
        justifications.get().seal(request.caseId(), request.id(), details.justification());
      }
      audit.record(
          "REQUEST_OPENED",
          OBJECT,
          String.valueOf(request.id()),
          "fund "
              + fund.get().code()
              + ", "
              + request.category()
              + ", "
              + request.amount().toDecimalString()
              + ", policy v"
              + policy.version());
      return new RequestOpening.Opened(views.of(request, committees.current()));
    }
    return refusal(outcome);
  }

  private static RequestOpening.Refused refusal(OpenOutcome outcome) {
    if (outcome instanceof OpenOutcome.CategoryNotAllowed notAllowed) {
      return new RequestOpening.Refused("restricted_fund", notAllowed.message(), "category");
    }
    if (outcome instanceof OpenOutcome.OverCap overCap) {
      return new RequestOpening.Refused("over_cap", overCap.check().message(), "amount");
    }
    return new RequestOpening.Refused(
        "invalid_amount", new OpenOutcome.AmountNotPositive().message(), "amount");
  }

  private List<PriorRequest> history(long caseId, PolicyTerms terms, Instant now) {
    return em.createQuery(
            "SELECT r FROM DisbursementRequest r WHERE r.caseId = :case AND r.openedAt > :since",
            DisbursementRequest.class)
        .setParameter("case", caseId)
        .setParameter(
            "since", now.minus(Duration.ofDays(terms.capWindowDays())).atOffset(ZoneOffset.UTC))
        .getResultStream()
        .map(DisbursementRequest::asPriorRequest)
        .toList();
  }

  public Optional<RequestView> find(long id) {
    return Optional.ofNullable(em.find(DisbursementRequest.class, id))
        .map(request -> views.of(request, committees.current()));
  }

  /** Requests newest first, all of them or those in {@code status}. */
  public List<RequestView> list(Optional<RequestStatus> status, int limit, int offset) {
    var committee = committees.current();
    return withStatus("SELECT r", status, " ORDER BY r.id DESC", DisbursementRequest.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(request -> views.of(request, committee))
        .toList();
  }

  /** The requests {@code username} opened, newest first: what intake follows up. */
  public List<RequestView> requestedBy(String username, int limit) {
    var committee = committees.current();
    return em.createQuery(
            "SELECT r FROM DisbursementRequest r WHERE r.requestedBy = :user ORDER BY r.id DESC",
            DisbursementRequest.class)
        .setParameter("user", username)
        .setMaxResults(limit)
        .getResultStream()
        .map(request -> views.of(request, committee))
        .toList();
  }

  /** The live votes {@code member} has cast, newest first: a committee member's own record. */
  public List<CastVote> votesBy(String member, int limit) {
    var committee = committees.current();
    return em.createQuery(
            "SELECT r, v FROM DisbursementRequest r JOIN r.votes v WHERE v.member = :member"
                + " ORDER BY v.castAt DESC",
            Object[].class)
        .setParameter("member", member)
        .setMaxResults(limit)
        .getResultStream()
        .map(
            row ->
                new CastVote(
                    views.of((DisbursementRequest) row[0], committee),
                    ((Vote) row[1]).decision(),
                    ((Vote) row[1]).castAt()))
        .toList();
  }

  public long count(Optional<RequestStatus> status) {
    return withStatus("SELECT COUNT(r)", status, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> withStatus(
      String select, Optional<RequestStatus> status, String order, Class<T> type) {
    var where = status.isPresent() ? " WHERE r.status = :status" : "";
    var query = em.createQuery(select + " FROM DisbursementRequest r" + where + order, type);
    status.ifPresent(wanted -> query.setParameter("status", wanted));
    return query;
  }

  /**
   * Casts (or changes) {@code member}'s vote. The request's row is locked for the whole
   * transaction; when the vote would approve, the ledger locks the fund too (always in that order:
   * request, then fund) to read what it has available, and an approval places the ledger's hold
   * under that lock, so concurrent approvals never promise more than the fund has.
   *
   * @return empty when there is no such request
   */
  public Optional<VoteReceipt> vote(
      long requestId, String member, Decision decision, String comment) {
    var kept = NoteKind.VOTE_COMMENT.normalize(comment);
    return ballot(
        requestId,
        "VOTE_CAST",
        decision.name(),
        (request, context) -> request.castVote(member, decision, context),
        request -> keepNote(request, NoteKind.VOTE_COMMENT, member, kept));
  }

  /**
   * Takes {@code member} out of the request's eligible members (withdrawing any vote of theirs);
   * the reason is sealed in the vault, never in the audit trail.
   *
   * @return empty when there is no such request
   */
  public Optional<VoteReceipt> recuse(long requestId, String member, String reason) {
    return recuse(requestId, member, reason, true);
  }

  /**
   * As {@link #recuse(long, String, String)}, but unless {@code impossibleConfirmed} a recusal that
   * would leave approval out of reach is not counted and answers {@link
   * VoteOutcome.WouldMakeImpossible}, so the member is told what would happen first.
   */
  public Optional<VoteReceipt> recuse(
      long requestId, String member, String reason, boolean impossibleConfirmed) {
    var kept = NoteKind.RECUSAL_REASON.normalize(reason);
    return ballot(
        requestId,
        "MEMBER_RECUSED",
        null,
        (request, context) ->
            impossibleConfirmed
                ? request.recuse(member, context)
                : request
                    .impossibleWithout(member, context)
                    .<VoteOutcome>map(warning -> warning)
                    .orElseGet(() -> request.recuse(member, context)),
        request -> {
          if (kept != null) {
            keepNote(request, NoteKind.RECUSAL_REASON, member, kept);
          }
        });
  }

  /**
   * Locks the request, lets {@code act} count a vote or recusal, keeps its note when counted, and
   * audits what changed.
   */
  private Optional<VoteReceipt> ballot(
      long requestId,
      String action,
      String detail,
      BiFunction<DisbursementRequest, VotingContext, VoteOutcome> act,
      Consumer<DisbursementRequest> whenCounted) {
    return locked(requestId)
        .map(
            request -> {
              var context = contextFor(request);
              var before = request.status();
              var outcome = act.apply(request, context);
              if (outcome instanceof VoteOutcome.Approved) {
                holdApproved(request);
              }
              if (counted(outcome)) {
                whenCounted.accept(request);
                audit.record(action, OBJECT, String.valueOf(requestId), detail);
              }
              recordStatusChange(request, before, outcome);
              return new VoteReceipt(outcome, views.of(request, context.committee()));
            });
  }

  /**
   * Pays an approved request: one journal entry through the ledger (debit the category's expense
   * account, credit {@code order.fromAccount()}, both in the request's fund) that posts its hold.
   * The request's row is locked first, then (by the ledger) the hold's and the fund's, so two
   * payments of the same request cannot both book, and a payment cannot use other holds' money.
   * Repeating a payment under the same idempotency key and order answers with the first payment.
   * The reference is not part of the order's fingerprint: a stored hash of it would let anyone who
   * guesses it confirm the guess, so a repeat that differs only in its reference is the same order.
   *
   * @param idempotencyKey the client's {@code Idempotency-Key}, or null
   * @return empty when there is no such request
   */
  public Optional<PaymentOutcome> pay(
      long requestId, PaymentOrder order, String idempotencyKey, String paidBy) {
    var idempotent =
        IdempotentRequest.of(
            idempotencyKey, "disbursement-payment", requestId, order.date(), order.fromAccount());
    return locked(requestId).map(request -> pay(request, order, idempotent, paidBy));
  }

  private PaymentOutcome pay(
      DisbursementRequest request,
      PaymentOrder order,
      IdempotentRequest idempotent,
      String paidBy) {
    var reference = NoteKind.PAYMENT_REFERENCE.normalize(order.reference());
    var refusal = request.paymentRefusal();
    if (refusal.isPresent()) {
      return refusal.get() instanceof PaymentOutcome.AlreadyPaid alreadyPaid && idempotent != null
          ? replay(request, alreadyPaid, idempotent)
          : refusal.get();
    }
    var account =
        em.createNamedQuery(Account.BY_CODE, Account.class)
            .setParameter("code", order.fromAccount())
            .getResultStream()
            .findFirst();
    if (account.isEmpty() || account.get().type() != AccountType.ASSET) {
      return new PaymentOutcome.InvalidOrder(
          "fromAccount", "fromAccount must be the code of a bank, cash or clearing account");
    }
    var fund = fundCode(request);
    var entry =
        new EntryCommand(
            order.date(),
            "Disbursement request " + request.id() + " (" + request.category() + ")",
            List.of(
                new EntryCommand.Line(
                    request.category().expenseAccountCode(), fund, Side.DEBIT, request.amount()),
                new EntryCommand.Line(order.fromAccount(), fund, Side.CREDIT, request.amount())));
    var booked = ledger.postHeld(heldBy(request), entry, idempotent);
    if (booked instanceof EntryResult.Posted posted) {
      var paid = request.markPaid(posted.entry().id(), paidBy, Instant.now());
      if (reference != null) {
        keepNote(request, NoteKind.PAYMENT_REFERENCE, paidBy, reference);
      }
      discardInstructions(request);
      audit.record(
          "REQUEST_PAID",
          OBJECT,
          String.valueOf(request.id()),
          "journal entry " + paid.journalEntryId() + ", hold released");
      return paid;
    }
    if (booked instanceof EntryResult.InsufficientFunds insufficient) {
      return new PaymentOutcome.FundCannotCover(insufficient.available(), request.amount());
    }
    if (booked instanceof EntryResult.IdempotencyKeyReused) {
      return new PaymentOutcome.IdempotencyKeyReused();
    }
    throw new IllegalStateException("the ledger refused a payment entry: " + booked);
  }

  /** The ledger's hold of an approved request: approval always places one. */
  private static long heldBy(DisbursementRequest request) {
    return request
        .holdId()
        .orElseThrow(
            () -> new IllegalStateException("approved request without a hold: " + request));
  }

  /** A paid request asked again under an idempotency key: the first answer, or a key conflict. */
  private PaymentOutcome replay(
      DisbursementRequest request,
      PaymentOutcome.AlreadyPaid alreadyPaid,
      IdempotentRequest idempotent) {
    var first = em.find(IdempotencyRecord.class, idempotent.key());
    if (first == null) {
      return alreadyPaid;
    }
    if (first.sameRequestAs(idempotent.fingerprint())
        && first.journalEntryId() == alreadyPaid.journalEntryId()) {
      return new PaymentOutcome.Paid(alreadyPaid.journalEntryId(), request.amount());
    }
    return new PaymentOutcome.IdempotencyKeyReused();
  }

  /**
   * Cancels an approved, unpaid request and releases its hold; the reason is sealed in the vault,
   * never in the audit trail.
   *
   * @return empty when there is no such request
   */
  public Optional<CancelOutcome> cancel(long requestId, String cancelledBy, String reason) {
    return locked(requestId)
        .map(
            request -> {
              var outcome = request.cancel(cancelledBy, reason, Instant.now());
              if (outcome instanceof CancelOutcome.Cancelled cancelled) {
                if (!(ledger.voidHold(heldBy(request)) instanceof VoidResult.Voided)) {
                  throw new IllegalStateException("the hold of " + request + " was not pending");
                }
                keepNote(
                    request,
                    NoteKind.CANCELLATION_REASON,
                    cancelledBy,
                    NoteKind.CANCELLATION_REASON.normalize(reason));
                discardInstructions(request);
                audit.record(
                    "REQUEST_CANCELLED",
                    OBJECT,
                    String.valueOf(requestId),
                    "hold released " + cancelled.released().toDecimalString());
              }
              return outcome;
            });
  }

  /**
   * Expires every open request whose deadline has passed. Safe when several instances run it at
   * once: each request is expired by a conditional update that only one of them wins, and only the
   * winner records the event.
   *
   * @return how many requests this call expired
   */
  public int expireOverdue(Instant instant) {
    var now = instant.atOffset(ZoneOffset.UTC);
    var due =
        em.createQuery(
                "SELECT r.id FROM DisbursementRequest r"
                    + " WHERE r.status = :open AND r.deadline <= :now",
                Long.class)
            .setParameter("open", RequestStatus.OPEN)
            .setParameter("now", now)
            .getResultList();
    int expired = 0;
    for (var id : due) {
      int won =
          em.createQuery(
                  "UPDATE DisbursementRequest r SET r.status = :expired, r.decidedAt = :now,"
                      + " r.shortfallMinor = NULL, r.rowVersion = r.rowVersion + 1"
                      + " WHERE r.id = :id AND r.status = :open AND r.deadline <= :now")
              .setParameter("expired", RequestStatus.EXPIRED)
              .setParameter("open", RequestStatus.OPEN)
              .setParameter("now", now)
              .setParameter("id", id)
              .executeUpdate();
      if (won == 1) {
        audit.record("REQUEST_EXPIRED", OBJECT, String.valueOf(id), null);
        expired++;
      }
    }
    return expired;
  }

  public PolicyView policy() {
    return PolicyView.of(policies.current());
  }

  /**
   * Proposes {@code terms} as the next policy version; they take effect only when a second person
   * confirms them ({@link #confirmPolicy}). Terms the current committee cannot meet are refused.
   */
  public PolicyAmendment proposePolicy(PolicyTerms terms, String proposedBy) {
    var committee = committees.current();
    if (!terms.meetableBy(committee)) {
      return new PolicyAmendment.Unmeetable(
          terms.mostApprovalsNeeded(), committee.members().size());
    }
    var problems = terms.problems();
    if (!problems.isEmpty()) {
      return new PolicyAmendment.Invalid(problems);
    }
    var proposal = new PolicyProposal(terms, proposedBy, Instant.now());
    em.persist(proposal);
    em.flush();
    audit.record(
        "POLICY_PROPOSED", POLICY_PROPOSAL, String.valueOf(proposal.id()), terms.summary());
    return new PolicyAmendment.Proposed(ProposalView.of(proposal));
  }

  /**
   * Puts a proposed change in force as the next policy version, confirmed by {@code confirmer}, who
   * must not be its proposer (the caller checks that they are an administrator or a committee
   * member). Open requests keep their own version.
   */
  public PolicyConfirmation confirmPolicy(long proposalId, String confirmer) {
    var proposal = em.find(PolicyProposal.class, proposalId, LockModeType.PESSIMISTIC_WRITE);
    if (proposal == null) {
      return new PolicyConfirmation.NoSuchProposal();
    }
    if (proposal.isConfirmed()) {
      return new PolicyConfirmation.AlreadyConfirmed(proposal.policyVersion());
    }
    if (proposal.isProposedBy(confirmer)) {
      return new PolicyConfirmation.OwnProposal();
    }
    var committee = committees.current();
    if (!proposal.terms().meetableBy(committee)) {
      return new PolicyConfirmation.Unmeetable(
          proposal.terms().mostApprovalsNeeded(), committee.members().size());
    }
    var next = proposal.confirm(confirmer, policies.currentForAmendment(), Instant.now());
    em.persist(next);
    audit.record(
        "POLICY_AMENDED",
        "voting_policy",
        String.valueOf(next.version()),
        "proposal " + proposalId + " by " + proposal.proposedBy() + ": " + next.terms().summary());
    return new PolicyConfirmation.Confirmed(PolicyView.of(next));
  }

  /** The proposed changes no one has confirmed yet, oldest first. */
  public List<ProposalView> pendingPolicies() {
    return em
        .createNamedQuery(PolicyProposal.PENDING, PolicyProposal.class)
        .getResultList()
        .stream()
        .map(ProposalView::of)
        .toList();
  }

  /** Hands a note to the vault, in this transaction; without a vault it is kept nowhere. */
  private void keepNote(DisbursementRequest request, NoteKind kind, String author, String text) {
    if (notes.isResolvable()) {
      notes.get().seal(request.caseId(), request.id(), kind, author, text);
    }
  }

  /** A paid or cancelled request's payment instructions are no longer anyone's business. */
  private void discardInstructions(DisbursementRequest request) {
    if (settledInstructions.isResolvable()) {
      settledInstructions.get().discard(request.id());
    }
  }

  private Optional<DisbursementRequest> locked(long requestId) {
    return Optional.ofNullable(
        em.find(DisbursementRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE));
  }

  private VotingContext contextFor(DisbursementRequest request) {
    return new VotingContext(
        policies.version(request.policyVersion()),
        committees.current(),
        () -> ledger.lockAvailable(fundCode(request)).orElseThrow(),
        Instant.now());
  }

  private String fundCode(DisbursementRequest request) {
    return em.find(Fund.class, request.fundId()).code();
  }

  /**
   * Places the ledger's hold of a request the vote just approved. The fund is still locked from the
   * approval's reading of its available amount, so the ledger cannot refuse it.
   */
  private void holdApproved(DisbursementRequest request) {
    var held = ledger.hold(fundCode(request), request.amount(), request.holdReference());
    if (!(held instanceof HoldResult.Held hold)) {
      throw new IllegalStateException("the ledger refused the hold of " + request + ": " + held);
    }
    request.placeHold(hold.holdId());
  }

  private static boolean counted(VoteOutcome outcome) {
    return outcome instanceof VoteOutcome.Counted
        || outcome instanceof VoteOutcome.Approved
        || outcome instanceof VoteOutcome.Rejected
        || outcome instanceof VoteOutcome.AwaitingFunds;
  }

  private void recordStatusChange(
      DisbursementRequest request, RequestStatus before, VoteOutcome outcome) {
    if (request.status() == before) {
      return;
    }
    var detail =
        outcome instanceof VoteOutcome.Approved approved
            ? "hold " + approved.held().toDecimalString()
            : null;
    audit.record(
        "REQUEST_" + request.status().name(), OBJECT, String.valueOf(request.id()), detail);
  }
}
