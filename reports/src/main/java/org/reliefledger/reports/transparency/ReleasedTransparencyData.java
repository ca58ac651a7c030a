package org.reliefledger.reports.transparency;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.reliefledger.reports.anonymize.ReleasePeriod;
import org.reliefledger.reports.anonymize.ReleasedFigure;

/**
 * The published figures of a period (a month, quarter or year): the period's own table and the
 * tables of its months, as they were released. Nothing here is recomputed.
 *
 * @param minimumGroup the k the period's year was protected with
 * @param rows the year's rows (areas named for the year, then "Other areas"), in order
 * @param columns the columns as stored (spending category names)
 */
public record ReleasedTransparencyData(
    String organisation,
    ReleasePeriod period,
    Currency currency,
    int minimumGroup,
    List<String> rows,
    List<ReleasedFigure> figures) {

  public ReleasedTransparencyData {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(currency, "currency");
    rows = List.copyOf(rows);
    figures = List.copyOf(figures);
  }
}
