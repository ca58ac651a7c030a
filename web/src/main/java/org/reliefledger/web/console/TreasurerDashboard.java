package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.FundView;

/** The treasurer's first screen: the funds, this month's money in and out. */
@Named
@RequestScoped
public class TreasurerDashboard {

  @Inject Ledger ledger;

  private List<FundView> funds;
  private MonthFlow month;

  public List<FundView> getFunds() {
    if (funds == null) {
      funds = ledger.funds();
    }
    return funds;
  }

  public MonthFlow getMonth() {
    if (month == null) {
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      LocalDate beforeMonth = today.withDayOfMonth(1).minusDays(1);
      month =
          MonthFlow.between(
              ledger.trialBalance(beforeMonth), ledger.trialBalance(today), ledger.accounts());
    }
    return month;
  }
}
