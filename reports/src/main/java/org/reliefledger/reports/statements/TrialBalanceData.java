package org.reliefledger.reports.statements;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The trial balance as of a day.
 *
 * @param organisation the name of the fund or network, for the title
 * @param asOf the day whose closing balances are shown
 * @param currency the currency of all amounts
 * @param rows one row per account and fund with a non-zero balance; debits must equal credits
 */
public record TrialBalanceData(
    String organisation, LocalDate asOf, Currency currency, List<TrialBalanceRow> rows) {

  public TrialBalanceData {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(currency, "currency");
    rows = List.copyOf(rows);
    if (totalDebitMinorUnits(rows) != totalCreditMinorUnits(rows)) {
      throw new IllegalArgumentException(
          "the trial balance does not balance: the ledger is broken");
    }
  }

  public long totalDebitMinorUnits() {
    return totalDebitMinorUnits(rows);
  }

  public long totalCreditMinorUnits() {
    return totalCreditMinorUnits(rows);
  }

  private static long totalDebitMinorUnits(List<TrialBalanceRow> rows) {
    return rows.stream().mapToLong(TrialBalanceRow::debitMinorUnits).reduce(0, Math::addExact);
  }

  private static long totalCreditMinorUnits(List<TrialBalanceRow> rows) {
    return rows.stream().mapToLong(TrialBalanceRow::creditMinorUnits).reduce(0, Math::addExact);
  }
}
