package org.reliefledger.reports.transparency;

import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.reliefledger.reports.anonymize.SmallCellSuppression;

/**
 * Everything the transparency report needs.
 *
 * @param organisation the name of the fund or network publishing the report, for the title
 * @param from the first month covered
 * @param to the last month covered (inclusive)
 * @param currency the currency of all amounts
 * @param minimumGroup <i>k</i>, the smallest number of households a shown cell may count ({@code
 *     RELIEF_REPORT_MIN_GROUP}, default {@value SmallCellSuppression#DEFAULT_MINIMUM_GROUP})
 * @param facts every disbursement paid from {@code from} to {@code to}
 */
public record TransparencyData(
    String organisation,
    YearMonth from,
    YearMonth to,
    Currency currency,
    int minimumGroup,
    List<DisbursementFact> facts) {

  public TransparencyData {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(currency, "currency");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends before it starts");
    }
    if (minimumGroup < 1) {
      throw new IllegalArgumentException("minimum group must be at least 1");
    }
    facts = List.copyOf(facts);
    for (DisbursementFact fact : facts) {
      if (fact.month().isBefore(from) || fact.month().isAfter(to)) {
        throw new IllegalArgumentException("a disbursement lies outside the report's period");
      }
    }
  }

  /** The same report with the default minimum group. */
  public TransparencyData(
      String organisation,
      YearMonth from,
      YearMonth to,
      Currency currency,
      List<DisbursementFact> facts) {
    this(organisation, from, to, currency, SmallCellSuppression.DEFAULT_MINIMUM_GROUP, facts);
  }
}
