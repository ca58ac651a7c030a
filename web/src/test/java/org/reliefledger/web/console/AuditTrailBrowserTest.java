package org.reliefledger.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The links to other pages of the audit trail keep the chosen days, type and person. */
class AuditTrailBrowserTest {

  @Test
  void theSelectionKeepsTheFiltersForTheOtherPages() {
    var trail = new AuditTrailBrowser();
    trail.setFrom(LocalDate.of(2026, 3, 1));
    trail.setTo(LocalDate.of(2026, 3, 31));
    trail.setType("PII_READ");
    trail.setActor("ana&ben");

    assertThat(trail.getSelection())
        .isEqualTo("from=2026-03-01&to=2026-03-31&type=PII_READ&actor=ana%26ben");
  }

  @Test
  void noFilterMeansAMonthOfEveryTypeByAnyone() {
    var trail = new AuditTrailBrowser();
    trail.setTo(LocalDate.of(2026, 3, 31));

    assertThat(trail.getSelection()).isEqualTo("from=2026-02-28&to=2026-03-31&type=&actor=");
  }
}
