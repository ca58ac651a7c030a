package org.reliefledger.ledger.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A chain of random valid entries verifies; changing any stored field of any one entry breaks
 * verification exactly at that entry.
 */
class HashChainPropertyTest {

  private final JournalEntryPropertyTest entries = new JournalEntryPropertyTest();

  @Provide
  Arbitrary<List<StoredEntry>> chain() {
    return entries
        .balancedLines()
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .map(
            drafts -> {
              var stored = new ArrayList<StoredEntry>();
              ChainLink head = ChainLink.GENESIS;
              long id = 50;
              for (var lines : drafts) {
                var builder = JournalEntryPropertyTest.draft(lines);
                if (id % 3 == 0) {
                  builder.idempotencyKey("key-" + id);
                }
                JournalEntry entry = Chart.stored(builder.seal(head), id++);
                stored.add(Chart.asStored(entry));
                head = entry.link();
              }
              return stored;
            });
  }

  static ChainVerification verify(List<StoredEntry> chain, ChainLink head) {
    var verifier = new ChainVerifier();
    chain.forEach(verifier::accept);
    return verifier.finish(head.sequence(), head.hash());
  }

  private static ChainLink headOf(List<StoredEntry> chain) {
    StoredEntry last = chain.get(chain.size() - 1);
    return new ChainLink(last.content().sequence(), last.hash());
  }

  @Property
  void anUntouchedChainVerifies(@ForAll("chain") List<StoredEntry> chain) {
    assertThat(verify(chain, headOf(chain)))
        .isEqualTo(new ChainVerification.Intact(chain.size(), headOf(chain).hash()));
  }

  @Property
  void tamperingAnyFieldOfAnyEntryIsFoundAtThatEntry(
      @ForAll("chain") List<StoredEntry> chain,
      @ForAll @IntRange(min = 0, max = 1000) int which,
      @ForAll Tamper tamper,
      @ForAll @IntRange(min = 0, max = 1000) int line) {
    ChainLink head = headOf(chain);
    int index = which % chain.size();
    var tampered = new ArrayList<>(chain);
    StoredEntry victim = chain.get(index);
    tampered.set(index, tamper.apply(victim, line % victim.content().lines().size()));

    var verdict = verify(tampered, head);

    assertThat(verdict).isInstanceOf(ChainVerification.Broken.class);
    assertThat(((ChainVerification.Broken) verdict).firstBrokenEntryId()).isEqualTo(victim.id());
  }

  @Property
  void removingTheLastEntriesIsFoundAgainstTheRecordedHead(
      @ForAll("chain") List<StoredEntry> chain,
      @ForAll @IntRange(min = 1, max = 1000) int removed) {
    int kept = chain.size() - 1 - (removed % chain.size());
    var verdict = verify(chain.subList(0, kept), headOf(chain));

    assertThat(verdict)
        .isInstanceOfSatisfying(
            ChainVerification.Broken.class,
            broken ->
                assertThat(broken.reason()).isEqualTo(ChainVerification.Reason.HEAD_MISMATCH));
  }

  @Property
  void removingAnEntryInTheMiddleIsFoundAtTheNextOne(
      @ForAll("chain") List<StoredEntry> chain, @ForAll @IntRange(min = 0, max = 1000) int which) {
    if (chain.size() < 2) {
      return;
    }
    int index = which % (chain.size() - 1);
    var shortened = new ArrayList<>(chain);
    shortened.remove(index);

    var verdict = verify(shortened, headOf(chain));

    assertThat(verdict)
        .isInstanceOfSatisfying(
            ChainVerification.Broken.class,
            broken ->
                assertThat(broken.breaks().get(0))
                    .isEqualTo(
                        new ChainVerification.Break(
                            chain.get(index + 1).id(),
                            chain.get(index + 1).content().sequence(),
                            ChainVerification.Reason.SEQUENCE_GAP)));
  }

  @Property
  void everyTamperedEntryIsReportedNotOnlyTheFirst(
      @ForAll("chain") List<StoredEntry> chain,
      @ForAll @IntRange(min = 0, max = 1000) int first,
      @ForAll @IntRange(min = 0, max = 1000) int second) {
    if (chain.size() < 2) {
      return;
    }
    int one = first % chain.size();
    int other = (one + 1 + second % (chain.size() - 1)) % chain.size();
    var tampered = new ArrayList<>(chain);
    tampered.set(one, Tamper.MEMO.apply(chain.get(one), 0));
    tampered.set(other, Tamper.AMOUNT.apply(chain.get(other), 0));

    var verdict = verify(tampered, headOf(chain));

    assertThat(verdict)
        .isInstanceOfSatisfying(
            ChainVerification.Broken.class,
            broken -> {
              assertThat(broken.count()).isEqualTo(2);
              assertThat(broken.breaks())
                  .extracting(ChainVerification.Break::entryId)
                  .containsExactlyInAnyOrder(chain.get(one).id(), chain.get(other).id());
            });
  }

  /** Every stored column an attacker could change, each changed to a different value. */
  enum Tamper {
    SEQUENCE(row -> row.sequence++),
    DATE(row -> row.date = row.date.plusDays(1)),
    MEMO(row -> row.memo = row.memo + "."),
    REVERSES(row -> row.reversesId = row.reversesId == null ? 7L : null),
    IDEMPOTENCY_KEY(row -> row.idempotencyKey = row.idempotencyKey == null ? "forged" : null),
    LINE_NUMBER(row -> row.line().lineNumber += 100),
    ACCOUNT(row -> row.line().accountCode += "X"),
    FUND(row -> row.line().fundCode += "X"),
    SIDE(row -> row.line().side = row.line().side.opposite()),
    AMOUNT(row -> row.line().minorUnits++),
    CURRENCY(row -> row.line().currency = "EUR"),
    POSTING_REMOVED(row -> row.lines.remove(row.target)),
    POSTINGS_SWAPPED(
        row -> {
          Row.Line line = row.line();
          Row.Line next =
              row.lines.stream().filter(other -> !other.sameBookingAs(line)).findFirst().get();
          int lineNumber = line.lineNumber;
          line.lineNumber = next.lineNumber;
          next.lineNumber = lineNumber;
        }),
    PREVIOUS_HASH(row -> row.previousHash = flip(row.previousHash)),
    HASH(row -> row.hash = flip(row.hash));

    private final Consumer<Row> change;

    Tamper(Consumer<Row> change) {
      this.change = change;
    }

    StoredEntry apply(StoredEntry entry, int targetLine) {
      var row = new Row(entry, targetLine);
      change.accept(row);
      return row.toStored();
    }

    private static String flip(String hash) {
      return (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1);
    }
  }

  /** The stored columns of one entry and its postings, open to change like database rows. */
  static final class Row {
    final long id;
    long sequence;
    LocalDate date;
    String memo;
    Long reversesId;
    String idempotencyKey;
    final List<Line> lines = new ArrayList<>();
    String previousHash;
    String hash;
    final int target;

    static final class Line {
      int lineNumber;
      String accountCode;
      String fundCode;
      Side side;
      long minorUnits;
      String currency;

      boolean sameBookingAs(Line other) {
        return accountCode.equals(other.accountCode)
            && fundCode.equals(other.fundCode)
            && side == other.side
            && minorUnits == other.minorUnits
            && currency.equals(other.currency);
      }
    }

    Row(StoredEntry entry, int target) {
      EntryContent c = entry.content();
      id = entry.id();
      sequence = c.sequence();
      date = c.date();
      memo = c.memo();
      reversesId = c.reversesId();
      idempotencyKey = c.idempotencyKey();
      for (EntryContent.Line l : c.lines()) {
        var line = new Line();
        line.lineNumber = l.lineNumber();
        line.accountCode = l.accountCode();
        line.fundCode = l.fundCode();
        line.side = l.side();
        line.minorUnits = l.minorUnits();
        line.currency = l.currency();
        lines.add(line);
      }
      previousHash = entry.previousHash();
      hash = entry.hash();
      this.target = target;
    }

    Line line() {
      return lines.get(target);
    }

    StoredEntry toStored() {
      var content =
          new EntryContent(
              sequence,
              date,
              memo,
              reversesId,
              idempotencyKey,
              lines.stream()
                  .sorted(Comparator.comparingInt(l -> l.lineNumber))
                  .map(
                      l ->
                          new EntryContent.Line(
                              l.lineNumber,
                              l.accountCode,
                              l.fundCode,
                              l.side,
                              l.minorUnits,
                              l.currency))
                  .toList());
      return new StoredEntry(id, content, previousHash, hash);
    }
  }
}
