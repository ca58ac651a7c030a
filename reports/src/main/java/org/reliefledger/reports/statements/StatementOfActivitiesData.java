package org.reliefledger.reports.statements;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Income and expenses of a period by fund.
 *
 * @param organisation the name of the fund or network, for the title
 * @param from the first day of the period
 * @param to the last day of the period (inclusive)
 * @param currency the currency of all amounts
 * @param funds every fund, in the order its column should appear within its restriction group
 * @param lines the activity per fund and account; every line names one of {@code funds}
 */
public record StatementOfActivitiesData(
    String organisation,
    LocalDate from,
    LocalDate to,
    Currency currency,
    List<FundColumn> funds,
    List<ActivityLine> lines) {

  public StatementOfActivitiesData {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(currency, "currency");
    funds = List.copyOf(funds);
    lines = List.copyOf(lines);
    Set<String> codes = funds.stream().map(FundColumn::fundCode).collect(Collectors.toSet());
    if (codes.size() != funds.size()) {
      throw new IllegalArgumentException("a fund is listed twice");
    }
    if (!lines.stream().map(ActivityLine::fundCode).allMatch(codes::contains)) {
      throw new IllegalArgumentException("an activity line names an unknown fund");
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends before it starts");
    }
  }
}
