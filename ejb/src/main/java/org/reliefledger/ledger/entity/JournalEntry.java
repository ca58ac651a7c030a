package org.reliefledger.ledger.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A balanced, immutable set of postings, sealed into the ledger's hash chain.
 *
 * <p><em>Guarantees:</em> an entry has at least two postings, each a positive amount on exactly one
 * side, all in one currency; debits equal credits in total <em>and within every fund</em>. It is
 * sealed when it is built: its sequence number, the previous entry's hash and its own hash (over
 * {@link EntryContent#canonicalForm}) are fixed then, and it has no method that changes it. A
 * mistake is corrected by a new entry built with {@link #reversal}; the database allows only one
 * reversal per entry.
 */
@Entity
@Table(name = "journal_entry")
@NamedQuery(
    name = JournalEntry.REVERSAL_OF,
    query = "SELECT e FROM JournalEntry e WHERE e.reversesId = :id")
@NamedQuery(
    name = JournalEntry.BY_IDEMPOTENCY_KEY,
    query = "SELECT e FROM JournalEntry e WHERE e.idempotencyKey = :key")
public class JournalEntry {

  public static final String REVERSAL_OF = "JournalEntry.reversalOf";
  public static final String BY_IDEMPOTENCY_KEY = "JournalEntry.byIdempotencyKey";

  public static final int MAX_MEMO_LENGTH = 500;
  public static final int MAX_KEY_LENGTH = 200;
  public static final int MAX_POSTINGS = 200;

  private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x21-\\x7E]+");

  @Id
  @SequenceGenerator(
      name = "journal_entry_seq",
      sequenceName = "journal_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry_seq")
  private Long id;

  @Column(name = "sequence_number", nullable = false, unique = true, updatable = false)
  private long sequenceNumber;

  @Column(name = "entry_date", nullable = false, updatable = false)
  private LocalDate date;

  @Column(name = "memo", nullable = false, updatable = false, length = MAX_MEMO_LENGTH)
  private String memo;

  @Column(name = "reverses_id", unique = true, updatable = false)
  private Long reversesId;

  @Column(name = "idempotency_key", unique = true, updatable = false, length = MAX_KEY_LENGTH)
  private String idempotencyKey;

  @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
  private String previousHash;

  @Column(name = "hash", nullable = false, unique = true, updatable = false, length = 64)
  private String hash;

  @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
  @OrderBy("lineNumber")
  private List<Posting> postings = new ArrayList<>();

  protected JournalEntry() {}

  private JournalEntry(Builder draft, ChainLink previous) {
    this.sequenceNumber = previous.nextSequence();
    this.date = draft.date;
    this.memo = draft.memo;
    this.reversesId = draft.reversesId;
    this.idempotencyKey = draft.idempotencyKey;
    this.previousHash = previous.hash();
    int lineNumber = 0;
    for (DraftLine line : draft.lines) {
      postings.add(
          new Posting(this, ++lineNumber, line.account(), line.fund(), line.side(), line.amount()));
    }
    this.hash = content().hash(previousHash);
  }

  /** Starts an entry dated {@code date}; add postings, then {@link Builder#seal}. */
  public static Builder on(LocalDate date, String memo) {
    return new Builder(date, memo, null);
  }

  /**
   * Starts the entry that reverses this one: the same postings with debits and credits swapped.
   *
   * @throws IllegalStateException if this entry has not been stored yet (it has no id)
   */
  public Builder reversal(LocalDate reversalDate, String reversalMemo) {
    if (id == null) {
      throw new IllegalStateException("only a stored entry can be reversed");
    }
    var reversal = new Builder(reversalDate, reversalMemo, id);
    for (Posting posting : postings) {
      reversal.add(posting.account(), posting.fund(), posting.side().opposite(), posting.amount());
    }
    return reversal;
  }

  public Long id() {
    return id;
  }

  public long sequenceNumber() {
    return sequenceNumber;
  }

  public LocalDate date() {
    return date;
  }

  public String memo() {
    return memo;
  }

  public Optional<Long> reversesId() {
    return Optional.ofNullable(reversesId);
  }

  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }

  /** This entry's position in the chain, the link the next entry is sealed against. */
  public ChainLink link() {
    return new ChainLink(sequenceNumber, hash);
  }

  public List<Posting> postings() {
    return Collections.unmodifiableList(postings);
  }

  /**
   * How this entry changes the cash (the asset accounts) of each fund it touches, by fund code.
   * Funds whose assets it does not touch are absent.
   */
  public Map<String, Money> assetChangeByFund() {
    var change = new TreeMap<String, Money>();
    for (Posting posting : postings) {
      if (posting.account().type() == AccountType.ASSET) {
        change.merge(posting.fund().code(), posting.debitMinusCredit(), Money::plus);
      }
    }
    return change;
  }

  /** The hashed content of this entry, as {@link ChainVerifier} rebuilds it from rows. */
  public EntryContent content() {
    return new EntryContent(
        sequenceNumber,
        date,
        memo,
        reversesId,
        idempotencyKey,
        postings.stream().map(Posting::hashedLine).toList());
  }

  @Override
  public String toString() {
    return "JournalEntry[id="
        + id
        + ", sequence="
        + sequenceNumber
        + ", postings="
        + postings.size()
        + "]";
  }

  private record DraftLine(Account account, Fund fund, Side side, Money amount) {}

  /**
   * Collects postings for a new entry. {@link #problem()} says what is wrong with them, {@link
   * #seal} builds the entry or refuses.
   */
  public static final class Builder {
    private final LocalDate date;
    private final String memo;
    private final Long reversesId;
    private String idempotencyKey;
    private final List<DraftLine> lines = new ArrayList<>();

    private Builder(LocalDate date, String memo, Long reversesId) {
      this.date = date;
      this.memo = memo;
      this.reversesId = reversesId;
    }

    public Builder debit(Account account, Fund fund, Money amount) {
      return add(account, fund, Side.DEBIT, amount);
    }

    public Builder credit(Account account, Fund fund, Money amount) {
      return add(account, fund, Side.CREDIT, amount);
    }

    public Builder add(Account account, Fund fund, Side side, Money amount) {
      lines.add(
          new DraftLine(
              Require.present(account, "account"),
              Require.present(fund, "fund"),
              Require.present(side, "side"),
              Require.present(amount, "amount")));
      return this;
    }

    /** Records the client's idempotency key with the entry (hashed like everything else). */
    public Builder idempotencyKey(String key) {
      this.idempotencyKey = key;
      return this;
    }

    /** The funds these postings touch, each once, in order of first appearance. */
    public List<Fund> funds() {
      var byCode = new LinkedHashMap<String, Fund>();
      lines.forEach(line -> byCode.putIfAbsent(line.fund().code(), line.fund()));
      return List.copyOf(byCode.values());
    }

    /** The id of the entry these postings reverse, if they do. */
    public Optional<Long> reverses() {
      return Optional.ofNullable(reversesId);
    }

    /** The first rule these postings break, or empty when they make a valid entry. */
    public Optional<EntryProblem> problem() {
      if (date == null) {
        return Optional.of(EntryProblem.MISSING_DATE);
      }
      if (memo == null || memo.isBlank() || memo.length() > MAX_MEMO_LENGTH) {
        return Optional.of(EntryProblem.INVALID_MEMO);
      }
      if (idempotencyKey != null
          && (idempotencyKey.length() > MAX_KEY_LENGTH
              || !PRINTABLE_ASCII.matcher(idempotencyKey).matches())) {
        return Optional.of(EntryProblem.INVALID_IDEMPOTENCY_KEY);
      }
      if (lines.size() < 2) {
        return Optional.of(EntryProblem.TOO_FEW_POSTINGS);
      }
      if (lines.size() > MAX_POSTINGS) {
        return Optional.of(EntryProblem.TOO_MANY_POSTINGS);
      }
      if (lines.stream().anyMatch(line -> !line.amount().isPositive())) {
        return Optional.of(EntryProblem.NON_POSITIVE_AMOUNT);
      }
      Currency currency = lines.get(0).amount().currency();
      if (lines.stream().anyMatch(line -> !line.amount().currency().equals(currency))) {
        return Optional.of(EntryProblem.MIXED_CURRENCIES);
      }
      return balanceProblem().or(() -> restrictionProblem());
    }

    private Optional<EntryProblem> restrictionProblem() {
      return fundSpentOutsideItsRestriction().map(fund -> EntryProblem.RESTRICTED_FUND);
    }

    /** The first restricted fund these postings would spend on an expense it does not allow. */
    public Optional<Fund> fundSpentOutsideItsRestriction() {
      return lines.stream()
          .filter(line -> line.side() == Side.DEBIT && !line.fund().maySpendOn(line.account()))
          .map(DraftLine::fund)
          .findFirst();
    }

    private Optional<EntryProblem> balanceProblem() {
      var debitsByFund = new HashMap<String, Long>();
      var creditsByFund = new HashMap<String, Long>();
      long debits = 0;
      long credits = 0;
      try {
        for (DraftLine line : lines) {
          long amount = line.amount().minorUnits();
          if (line.side() == Side.DEBIT) {
            debits = Math.addExact(debits, amount);
            debitsByFund.merge(line.fund().code(), amount, Math::addExact);
          } else {
            credits = Math.addExact(credits, amount);
            creditsByFund.merge(line.fund().code(), amount, Math::addExact);
          }
        }
      } catch (ArithmeticException overflow) {
        return Optional.of(EntryProblem.AMOUNT_TOO_LARGE);
      }
      if (debits != credits) {
        return Optional.of(EntryProblem.UNBALANCED);
      }
      if (!debitsByFund.equals(creditsByFund)) {
        return Optional.of(EntryProblem.UNBALANCED_FUND);
      }
      return Optional.empty();
    }

    /**
     * Builds the entry as the next one after {@code previous} in the hash chain.
     *
     * @throws RefusedEntryException if {@link #problem()} is not empty
     */
    public JournalEntry seal(ChainLink previous) {
      Require.present(previous, "previous chain link");
      var refusal = problem();
      if (refusal.isPresent()) {
        throw new RefusedEntryException(refusal.get());
      }
      return new JournalEntry(this, previous);
    }
  }
}
