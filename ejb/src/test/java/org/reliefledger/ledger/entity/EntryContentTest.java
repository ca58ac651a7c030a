package org.reliefledger.ledger.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the canonical form: auditors recompute hashes from exports with this exact text. */
class EntryContentTest {

  private static final String PREVIOUS = "ab".repeat(32);

  private final EntryContent content =
      new EntryContent(
          7,
          LocalDate.of(2026, 3, 1),
          "Rent — März\nline two",
          51L,
          null,
          List.of(
              new EntryContent.Line(1, "5000", "RENT-2026", Side.DEBIT, 125000, "USD"),
              new EntryContent.Line(2, "1000", "RENT-2026", Side.CREDIT, 125000, "USD")));

  @Test
  void canonicalFormIsTheDocumentedText() {
    assertThat(content.canonicalForm(PREVIOUS))
        .isEqualTo(
            """
            relief-ledger-entry/1
            sequence:7
            date:2026-03-01
            memo:23:Rent — März
            line two
            reverses:51
            idempotency-key:-
            postings:2
            posting:1:5000:RENT-2026:D:125000:USD
            posting:2:1000:RENT-2026:C:125000:USD
            previous:"""
                + PREVIOUS);
  }

  @Test
  void hashIsTheSha256OfTheCanonicalForm() throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(content.canonicalForm(PREVIOUS).getBytes(StandardCharsets.UTF_8));

    assertThat(content.hash(PREVIOUS)).isEqualTo(HexFormat.of().formatHex(digest));
  }

  @Test
  void lengthPrefixKeepsMemoAndKeyApart() {
    var memoWithKeyText =
        new EntryContent(
            1, LocalDate.of(2026, 1, 1), "a\nidempotency-key:1:b", null, null, List.of());
    var keyed = new EntryContent(1, LocalDate.of(2026, 1, 1), "a", null, "b", List.of());

    assertThat(memoWithKeyText.hash(PREVIOUS)).isNotEqualTo(keyed.hash(PREVIOUS));
  }

  @Test
  void theHashDependsOnThePreviousHash() {
    assertThat(content.hash(PREVIOUS)).isNotEqualTo(content.hash("cd".repeat(32)));
  }
}
