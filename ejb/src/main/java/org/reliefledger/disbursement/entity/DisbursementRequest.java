package org.reliefledger.disbursement.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.SpendingCategory;

/**
 * A request to pay money out of a fund for a case, and the committee's decision on it.
 *
 * <p><b>Guarantees:</b> the status moves only {@code OPEN → APPROVED | REJECTED | EXPIRED} and
 * {@code APPROVED → PAID | CANCELLED}, each step at most once. Only committee members vote; never
 * the requester, never a member who recused; at most one live vote per member, changeable while the
 * request is open and by nobody afterwards. It is approved only when the policy's approvals are in
 * <em>and</em> the fund can cover it, and from then until it is paid or cancelled it holds exactly
 * its amount in the fund; no other state holds anything. It is rejected as soon as the eligible
 * members who have not rejected it are too few to approve it, and it cannot be voted on at or after
 * its deadline. Its amount, fund, category and policy version never change. It holds no free text
 * at all (the justification and every {@link NoteKind} of note are sealed in the vault), and
 * neither {@code toString()} nor any outcome carries case details.
 */
@Entity
@Table(name = "disbursement_request")
public class DisbursementRequest {

  /** Longest bank or payment-app reference kept with a payment. */
  public static final int MAX_REFERENCE_LENGTH = 100;

  @Id
  @SequenceGenerator(
      name = "disbursement_request_seq",
      sequenceName = "disbursement_request_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disbursement_request_seq")
  private Long id;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Column(name = "fund_id", nullable = false, updatable = false)
  private Long fundId;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, updatable = false, length = 20)
  private SpendingCategory category;

  @Column(name = "amount_minor", nullable = false, updatable = false)
  private long amountMinor;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "payee", nullable = false, updatable = false, length = 20)
  private Payee payee;

  @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
  private String requestedBy;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private OffsetDateTime openedAt;

  @Column(name = "deadline", nullable = false, updatable = false)
  private OffsetDateTime deadline;

  @Column(name = "policy_version", nullable = false, updatable = false)
  private int policyVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private RequestStatus status;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "held_minor")
  private Long heldMinor;

  @Column(name = "hold_id")
  private Long holdId;

  @Column(name = "shortfall_minor")
  private Long shortfallMinor;

  @Column(name = "paid_at")
  private OffsetDateTime paidAt;

  @Column(name = "paid_by", length = 64)
  private String paidBy;

  @Column(name = "journal_entry_id")
  private Long journalEntryId;

  @Column(name = "cancelled_at")
  private OffsetDateTime cancelledAt;

  @Column(name = "cancelled_by", length = 64)
  private String cancelledBy;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Vote> votes = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Recusal> recusals = new ArrayList<>();

  protected DisbursementRequest() {}

  private DisbursementRequest(NewRequest details, Fund fund, VotingPolicy policy, Instant now) {
    this.caseId = details.caseId();
    this.fundId = fund.id();
    this.category = details.category();
    this.amountMinor = details.amount().minorUnits();
    this.currency = details.amount().currency().getCurrencyCode();
    this.payee = details.payee();
    this.requestedBy = details.requestedBy();
    this.openedAt = utc(now);
    this.deadline = utc(policy.deadlineFor(now));
    this.policyVersion = policy.version();
    this.status = RequestStatus.OPEN;
  }

  /**
   * Opens a request under the current policy, unless the fund's restriction or the case's cap
   * refuses it.
   *
   * @param caseHistory the case's earlier requests, for the cap
   */
  public static OpenOutcome open(
      NewRequest details,
      Fund fund,
      VotingPolicy policy,
      Collection<PriorRequest> caseHistory,
      Instant now) {
    if (!details.amount().isPositive()) {
      return new OpenOutcome.AmountNotPositive();
    }
    if (!fund.allows(details.category())) {
      return new OpenOutcome.CategoryNotAllowed(fund.code(), details.category());
    }
    if (policy.checkCap(details.amount(), caseHistory, now)
        instanceof CapCheck.CapExceeded exceeded) {
      return new OpenOutcome.OverCap(exceeded);
    }
    return new OpenOutcome.Opened(new DisbursementRequest(details, fund, policy, now));
  }

  /**
   * Counts {@code member}'s vote (replacing their earlier one), then decides the request if the
   * vote settles it. A request whose deadline has come expires instead of counting the vote.
   */
  public VoteOutcome castVote(String member, Decision decision, VotingContext context) {
    Objects.requireNonNull(decision, "decision");
    var refusal = refuseParticipant(member, context);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    if (isRecused(member)) {
      return new VoteOutcome.RecusedMayNotVote();
    }
    liveVoteOf(member)
        .ifPresentOrElse(
            vote -> vote.change(decision, context.now()),
            () -> votes.add(new Vote(this, member, decision, context.now())));
    return decide(context);
  }

  /**
   * Takes {@code member} out of the eligible members of this request, withdrawing their vote if
   * they had cast one, then decides the request if that settles it (fewer eligible members can make
   * approval unreachable, or lower the majority needed for large amounts).
   */
  public VoteOutcome recuse(String member, VotingContext context) {
    var refusal = refuseParticipant(member, context);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    if (isRecused(member)) {
      return new VoteOutcome.AlreadyRecused(tally(context.policy(), context.committee()));
    }
    var recusal = new Recusal(this, member, context.now());
    liveVoteOf(member).ifPresent(votes::remove);
    recusals.add(recusal);
    return decide(context);
  }

  /**
   * What {@code member}'s recusal would do if it left approval out of reach (the request would be
   * rejected at once), so the member can be asked first; empty when it would not, or when the
   * recusal would be refused anyway.
   */
  public Optional<VoteOutcome.WouldMakeImpossible> impossibleWithout(
      String member, VotingContext context) {
    if (refuseParticipant(member, context).isPresent() || isRecused(member)) {
      return Optional.empty();
    }
    var before = tally(context.policy(), context.committee());
    int eligibleAfter = before.eligible() - 1;
    int rejectionsAfter =
        before.rejections()
            - (liveVoteOf(member).filter(v -> v.decision() == Decision.REJECT).isPresent() ? 1 : 0);
    int needed = context.policy().approvalsNeeded(amount(), eligibleAfter);
    return eligibleAfter - rejectionsAfter < needed
        ? Optional.of(new VoteOutcome.WouldMakeImpossible(eligibleAfter - rejectionsAfter, needed))
        : Optional.empty();
  }

  private Optional<VoteOutcome> refuseParticipant(String member, VotingContext context) {
    Objects.requireNonNull(member, "member");
    if (context.policy().version() != policyVersion) {
      throw new IllegalArgumentException(
          "request " + id + " is decided under policy v" + policyVersion);
    }
    if (expireIfDue(context.now())) {
      return Optional.of(new VoteOutcome.RequestClosed(RequestStatus.EXPIRED));
    }
    if (status != RequestStatus.OPEN) {
      return Optional.of(new VoteOutcome.RequestClosed(status));
    }
    if (member.equals(requestedBy)) {
      return Optional.of(new VoteOutcome.RequesterMayNotVote());
    }
    if (!context.committee().includes(member)) {
      return Optional.of(new VoteOutcome.NotOnCommittee());
    }
    return Optional.empty();
  }

  private VoteOutcome decide(VotingContext context) {
    var tally = tally(context.policy(), context.committee());
    if (tally.approvalReached()) {
      var available = context.fundAvailable().get();
      var needed = amount();
      if (available.compareTo(needed) < 0) {
        shortfallMinor = needed.minus(available).minorUnits();
        return new VoteOutcome.AwaitingFunds(tally, available, needed);
      }
      resolve(RequestStatus.APPROVED, context.now());
      heldMinor = amountMinor;
      shortfallMinor = null;
      return new VoteOutcome.Approved(tally, needed);
    }
    shortfallMinor = null;
    if (tally.approvalUnreachable()) {
      resolve(RequestStatus.REJECTED, context.now());
      return new VoteOutcome.Rejected(tally);
    }
    return new VoteOutcome.Counted(tally);
  }

  /** The live votes of the members who are eligible now, against what the policy needs. */
  public Tally tally(VotingPolicy policy, Committee committee) {
    var eligible = new HashSet<>(committee.members());
    eligible.remove(requestedBy);
    recusals.forEach(recusal -> eligible.remove(recusal.member()));
    int approvals = 0;
    int rejections = 0;
    int abstentions = 0;
    for (var vote : votes) {
      if (!eligible.contains(vote.member())) {
        continue;
      }
      switch (vote.decision()) {
        case APPROVE -> approvals++;
        case REJECT -> rejections++;
        case ABSTAIN -> abstentions++;
      }
    }
    int needed = policy.approvalsNeeded(amount(), eligible.size());
    return new Tally(approvals, rejections, abstentions, eligible.size(), needed);
  }

  /**
   * Expires the request if it is still open at or after its deadline.
   *
   * @return whether this call expired it
   */
  public boolean expireIfDue(Instant now) {
    if (status != RequestStatus.OPEN || now.isBefore(deadline())) {
      return false;
    }
    resolve(RequestStatus.EXPIRED, now);
    shortfallMinor = null;
    return true;
  }

  /**
   * Records the ledger's hold {@code holdId} that reserves this approved request's amount; the
   * payment posts it, a cancellation voids it.
   *
   * @throws IllegalStateException unless the request is approved and has no hold yet
   */
  public void placeHold(long holdId) {
    if (status != RequestStatus.APPROVED || this.holdId != null) {
      throw new IllegalStateException("request " + id + " cannot take a hold now");
    }
    this.holdId = holdId;
  }

  /** The ledger's hold of this request, once approved (kept after payment or cancellation). */
  public Optional<Long> holdId() {
    return Optional.ofNullable(holdId);
  }

  /** The ledger's reference of this request's hold. */
  public String holdReference() {
    return "disbursement_request:" + id;
  }

  /** Why this request may not be paid now, if it may not. */
  public Optional<PaymentOutcome> paymentRefusal() {
    return switch (status) {
      case APPROVED -> Optional.empty();
      case PAID -> Optional.of(new PaymentOutcome.AlreadyPaid(journalEntryId));
      default -> Optional.of(new PaymentOutcome.NotApproved(status));
    };
  }

  /**
   * Records that journal entry {@code journalEntryId} paid this approved request, releasing its
   * hold.
   *
   * @throws IllegalStateException when {@link #paymentRefusal()} is not empty: the caller must ask
   *     before booking the entry
   */
  public PaymentOutcome.Paid markPaid(long journalEntryId, String paidBy, Instant now) {
    if (status != RequestStatus.APPROVED) {
      throw new IllegalStateException("request " + id + " is " + status + ", not APPROVED");
    }
    this.status = RequestStatus.PAID;
    this.heldMinor = null;
    this.journalEntryId = journalEntryId;
    this.paidBy = Objects.requireNonNull(paidBy, "paidBy");
    this.paidAt = utc(now);
    return new PaymentOutcome.Paid(journalEntryId, amount());
  }

  /**
   * Cancels an approved, unpaid request, releasing its hold. A reason is required; the caller keeps
   * it sealed ({@link NoteKind#CANCELLATION_REASON}), this request does not.
   */
  public CancelOutcome cancel(String cancelledBy, String reason, Instant now) {
    if (status != RequestStatus.APPROVED) {
      return new CancelOutcome.NotCancellable(status);
    }
    if (NoteKind.CANCELLATION_REASON.normalize(reason) == null) {
      return new CancelOutcome.ReasonRequired();
    }
    this.status = RequestStatus.CANCELLED;
    this.heldMinor = null;
    this.cancelledBy = Objects.requireNonNull(cancelledBy, "cancelledBy");
    this.cancelledAt = utc(now);
    return new CancelOutcome.Cancelled(amount());
  }

  /** Moments are stored with an explicit UTC offset: EclipseLink cannot bind an Instant. */
  static OffsetDateTime utc(Instant moment) {
    return moment.atOffset(ZoneOffset.UTC);
  }

  private void resolve(RequestStatus to, Instant now) {
    this.status = to;
    this.decidedAt = utc(now);
  }

  private boolean isRecused(String member) {
    return recusals.stream().anyMatch(recusal -> recusal.member().equals(member));
  }

  private Optional<Vote> liveVoteOf(String member) {
    return votes.stream().filter(vote -> vote.member().equals(member)).findFirst();
  }

  /** This request as the cap sees it. */
  public PriorRequest asPriorRequest() {
    return new PriorRequest(amount(), openedAt(), status);
  }

  public Long id() {
    return id;
  }

  public long caseId() {
    return caseId;
  }

  public Long fundId() {
    return fundId;
  }

  public SpendingCategory category() {
    return category;
  }

  public Money amount() {
    return Money.ofMinor(amountMinor, Currency.getInstance(currency));
  }

  public Payee payee() {
    return payee;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant openedAt() {
    return openedAt.toInstant();
  }

  public Instant deadline() {
    return deadline.toInstant();
  }

  public int policyVersion() {
    return policyVersion;
  }

  public RequestStatus status() {
    return status;
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt).map(OffsetDateTime::toInstant);
  }

  /** The amount this request reserves in its fund: its amount while approved, else nothing. */
  public Money held() {
    return Money.ofMinor(heldMinor == null ? 0 : heldMinor, amount().currency());
  }

  /** How much the fund lacked when enough approvals were last in; empty if it was not short. */
  public Optional<Money> shortfall() {
    return Optional.ofNullable(shortfallMinor)
        .map(minor -> Money.ofMinor(minor, amount().currency()));
  }

  public Optional<Long> journalEntryId() {
    return Optional.ofNullable(journalEntryId);
  }

  public List<Vote> votes() {
    return List.copyOf(votes);
  }

  public Set<String> recusedMembers() {
    var members = new HashSet<String>();
    recusals.forEach(recusal -> members.add(recusal.member()));
    return Set.copyOf(members);
  }

  public List<Recusal> recusals() {
    return List.copyOf(recusals);
  }

  @Override
  public String toString() {
    return "DisbursementRequest[" + id + " " + status + " " + amount() + "]";
  }
}
