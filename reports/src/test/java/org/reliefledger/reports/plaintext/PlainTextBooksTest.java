package org.reliefledger.reports.plaintext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefledger.reports.statements.LedgerEntry;
import org.reliefledger.reports.statements.LedgerPosting;

class PlainTextBooksTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate OPENED = LocalDate.of(1900, 1, 1);
  private static final List<BookAccount> ACCOUNTS =
      List.of(
          new BookAccount("1000", AccountClass.ASSETS, "GENERAL"),
          new BookAccount("4000", AccountClass.INCOME, "GENERAL"));

  private static final LedgerEntry GIFT =
      new LedgerEntry(
          7,
          LocalDate.of(2026, 5, 4),
          "Gift; \"cash\"\nat the door",
          null,
          "h7",
          List.of(
              new LedgerPosting("1000", "Bank", "GENERAL", 12_345, 0),
              new LedgerPosting("4000", "Donations", "GENERAL", 0, 12_345)));

  private static final LedgerEntry REVERSAL =
      new LedgerEntry(
          8,
          LocalDate.of(2026, 5, 5),
          "Reversal",
          7L,
          "h8",
          List.of(
              new LedgerPosting("4000", "Donations", "GENERAL", 5, 0),
              new LedgerPosting("1000", "Bank", "GENERAL", 0, 5)));

  private static String write(PlainTextFormat format) throws IOException {
    var out = new StringWriter();
    long written =
        PlainTextBooks.write(
            format, ACCOUNTS, OPENED, List.of(GIFT, REVERSAL).iterator(), USD, out);
    assertThat(written).isEqualTo(2);
    return out.toString();
  }

  @Test
  void hledgerDeclaresAccountsAndKeepsTheDescriptionOutOfTheComment() throws IOException {
    assertThat(write(PlainTextFormat.HLEDGER))
        .isEqualTo(
            """
            account Assets:1000:GENERAL
            account Income:4000:GENERAL

            2026-05-04 Gift, "cash" at the door  ; entry:7
                Assets:1000:GENERAL  123.45 USD
                Income:4000:GENERAL  -123.45 USD

            2026-05-05 Reversal  ; entry:8, reverses:7
                Income:4000:GENERAL  0.05 USD
                Assets:1000:GENERAL  -0.05 USD

            """);
  }

  @Test
  void beancountOpensAccountsAndEscapesTheNarration() throws IOException {
    assertThat(write(PlainTextFormat.BEANCOUNT))
        .isEqualTo(
            """
            option "operating_currency" "USD"

            1900-01-01 open Assets:1000:GENERAL USD
            1900-01-01 open Income:4000:GENERAL USD

            2026-05-04 * "Gift; \\"cash\\" at the door"
              entry: "7"
                Assets:1000:GENERAL  123.45 USD
                Income:4000:GENERAL  -123.45 USD

            2026-05-05 * "Reversal"
              entry: "8"
              reverses: "7"
                Income:4000:GENERAL  0.05 USD
                Assets:1000:GENERAL  -0.05 USD

            """);
  }

  @Test
  void codesTheToolsCannotTakeAreEncodedAndNeverMeetAPlainCode() {
    assertThat(BookAccount.component("RENT-GRANT")).isEqualTo("RENT-GRANT");
    assertThat(BookAccount.component("2026-02-30")).isEqualTo("2026-02-30");
    assertThat(BookAccount.component("0.001")).isEqualTo("X-302E303031");
    assertThat(BookAccount.component("ops")).isEqualTo("X-6F7073");
    assertThat(BookAccount.component("X-6F7073")).isEqualTo("X-582D364637303733");
    assertThat(new BookAccount("1000", AccountClass.ASSETS, "a b;c").name())
        .isEqualTo("Assets:1000:X-6120623B63");
  }

  @Test
  void aPostingOnAnAccountWithoutAClassIsRefused() {
    assertThatThrownBy(
            () ->
                PlainTextBooks.write(
                    PlainTextFormat.HLEDGER,
                    List.of(ACCOUNTS.get(0)),
                    OPENED,
                    List.of(GIFT).iterator(),
                    USD,
                    new StringWriter()))
        .hasMessageContaining("4000");
  }
}
