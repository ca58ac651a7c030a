package org.reliefledger.ledger.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Everything of a journal entry that its hash covers, in a form that can be rebuilt from plain
 * database rows (so that verification never trusts a cached entity).
 *
 * <p>The <em>canonical form</em> is UTF-8 text, lines separated by {@code \n}, no trailing newline:
 *
 * <pre>
 * relief-ledger-entry/1
 * sequence:&lt;sequence number&gt;
 * date:&lt;YYYY-MM-DD&gt;
 * memo:&lt;length of the memo in UTF-8 bytes&gt;:&lt;memo&gt;
 * reverses:&lt;id of the reversed entry, or -&gt;
 * idempotency-key:&lt;length in UTF-8 bytes&gt;:&lt;key&gt;   (or "idempotency-key:-")
 * postings:&lt;number of postings&gt;
 * posting:&lt;line&gt;:&lt;account code&gt;:&lt;fund code&gt;:&lt;D or C&gt;:&lt;minor units&gt;:&lt;currency&gt;
 * ...                                      (one line per posting, in line-number order)
 * previous:&lt;hash of the previous entry, 64 lower-case hex digits&gt;
 * </pre>
 *
 * The length prefixes make the form unambiguous whatever the memo contains; codes cannot contain
 * {@code ':'}. The entry's hash is the lower-case hex SHA-256 of this text.
 */
public record EntryContent(
    long sequence,
    LocalDate date,
    String memo,
    Long reversesId,
    String idempotencyKey,
    List<Line> lines) {

  /** One posting as it is hashed. */
  public record Line(
      int lineNumber,
      String accountCode,
      String fundCode,
      Side side,
      long minorUnits,
      String currency) {

    public Line {
      Objects.requireNonNull(accountCode, "accountCode");
      Objects.requireNonNull(fundCode, "fundCode");
      Objects.requireNonNull(side, "side");
      Objects.requireNonNull(currency, "currency");
    }
  }

  static final String VERSION = "relief-ledger-entry/1";

  public EntryContent {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(memo, "memo");
    lines = List.copyOf(lines);
  }

  /** The canonical text of this content chained to {@code previousHash}. */
  public String canonicalForm(String previousHash) {
    var text = new StringBuilder(256);
    text.append(VERSION).append('\n');
    text.append("sequence:").append(sequence).append('\n');
    text.append("date:").append(date).append('\n');
    text.append("memo:").append(lengthPrefixed(memo)).append('\n');
    text.append("reverses:").append(reversesId == null ? "-" : reversesId.toString()).append('\n');
    text.append("idempotency-key:")
        .append(idempotencyKey == null ? "-" : lengthPrefixed(idempotencyKey))
        .append('\n');
    text.append("postings:").append(lines.size()).append('\n');
    for (Line line : lines) {
      text.append("posting:")
          .append(line.lineNumber())
          .append(':')
          .append(line.accountCode())
          .append(':')
          .append(line.fundCode())
          .append(':')
          .append(line.side() == Side.DEBIT ? 'D' : 'C')
          .append(':')
          .append(line.minorUnits())
          .append(':')
          .append(line.currency())
          .append('\n');
    }
    text.append("previous:").append(previousHash);
    return text.toString();
  }

  /** The lower-case hex SHA-256 of {@link #canonicalForm(String)}. */
  public String hash(String previousHash) {
    byte[] canonical = canonicalForm(previousHash).getBytes(StandardCharsets.UTF_8);
    return HexFormat.of().formatHex(sha256().digest(canonical));
  }

  private static String lengthPrefixed(String value) {
    return value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException everyJvmHasIt) {
      throw new IllegalStateException("SHA-256 is not available", everyJvmHasIt);
    }
  }

  /** Memos and keys are free text: keep them out of logs. */
  @Override
  public String toString() {
    return "EntryContent[sequence=" + sequence + ", date=" + date + ", lines=" + lines.size() + "]";
  }
}
