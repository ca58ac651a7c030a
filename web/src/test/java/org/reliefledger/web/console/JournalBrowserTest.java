package org.reliefledger.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The links to other pages of the journal keep the chosen dates, account and fund. */
class JournalBrowserTest {

  @Test
  void theSelectionKeepsTheFiltersForTheOtherPages() {
    var journal = new JournalBrowser();
    journal.setFrom(LocalDate.of(2026, 3, 1));
    journal.setTo(LocalDate.of(2026, 3, 31));
    journal.setAccount("1000");
    journal.setFund("RENT GRANT&CO");

    assertThat(journal.getSelection())
        .isEqualTo("from=2026-03-01&to=2026-03-31&account=1000&fund=RENT+GRANT%26CO");
  }

  @Test
  void noFilterMeansAnyAccountAndAnyFund() {
    var journal = new JournalBrowser();
    journal.setTo(LocalDate.of(2026, 3, 31));

    assertThat(journal.getSelection()).isEqualTo("from=2026-02-28&to=2026-03-31&account=&fund=");
  }
}
