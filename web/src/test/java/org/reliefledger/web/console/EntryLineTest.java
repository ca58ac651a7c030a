package org.reliefledger.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.Side;

class EntryLineTest {

  private static EntryLine row(String account, String debit, String credit) {
    var row = new EntryLine();
    row.setAccount(account);
    row.setDebit(debit == null ? null : Money.parse(debit));
    row.setCredit(credit == null ? null : Money.parse(credit));
    return row;
  }

  @Test
  void theDifferenceIsDebitsMinusCreditsOfUsedRowsOnly() {
    var rows =
        List.of(row("5100", "12.00", null), row("1000", null, "10.00"), row("", "99.00", null));
    assertThat(EntryLine.difference(rows)).isEqualTo(Money.parse("2.00"));
    assertThat(EntryLine.difference(List.of(row("1000", null, "3.50"))))
        .isEqualTo(Money.ofMinor(-350));
  }

  @Test
  void aBalancedFormBecomesOneLinePerUsedRowOnItsSide() {
    var rows =
        List.of(row("5100", "12.00", null), row(null, null, null), row("1000", null, "12.00"));
    assertThat(EntryLine.difference(rows).isZero()).isTrue();
    var lines = EntryLine.lines(rows);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).side()).isEqualTo(Side.DEBIT);
    assertThat(lines.get(1).side()).isEqualTo(Side.CREDIT);
    assertThat(lines.get(1).fund()).isEqualTo("GENERAL");
  }

  @Test
  void aUsedRowNeedsExactlyOneSide() {
    assertThat(EntryLine.firstLopsided(List.of(row("5100", "1.00", null)))).isEmpty();
    assertThat(EntryLine.firstLopsided(List.of(row("5100", "1.00", null), row("1000", null, null))))
        .contains(1);
    assertThat(EntryLine.firstLopsided(List.of(row("5100", "1.00", "1.00")))).contains(0);
    assertThat(EntryLine.firstLopsided(List.of(row(" ", null, null)))).isEmpty();
  }
}
