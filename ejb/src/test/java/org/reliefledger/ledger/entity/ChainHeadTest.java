package org.reliefledger.ledger.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChainHeadTest {

  @Test
  void theChainHeadAdvancesOnlyToAnEntrySealedAgainstIt() {
    var head = new ChainHead(ChainLink.GENESIS);
    var first =
        JournalEntry.on(LocalDate.of(2026, 1, 1), "first")
            .debit(Chart.BANK, Chart.GENERAL, Money.ofMinor(1))
            .credit(Chart.DONATIONS, Chart.GENERAL, Money.ofMinor(1));
    JournalEntry sealed = first.seal(head.link());
    JournalEntry stale = first.seal(ChainLink.GENESIS);

    head.advanceTo(sealed);

    assertThat(head.link()).isEqualTo(sealed.link());
    assertThatThrownBy(() -> head.advanceTo(stale)).isInstanceOf(IllegalStateException.class);
  }
}
