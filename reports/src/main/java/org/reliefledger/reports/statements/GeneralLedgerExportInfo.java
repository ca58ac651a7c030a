package org.reliefledger.reports.statements;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * What the general-ledger export says about itself in its title.
 *
 * @param organisation the name of the fund or network
 * @param from the first day of the entries exported
 * @param to the last day of the entries exported (inclusive)
 * @param currency the currency of all amounts
 */
public record GeneralLedgerExportInfo(
    String organisation, LocalDate from, LocalDate to, Currency currency) {

  public GeneralLedgerExportInfo {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(currency, "currency");
  }
}
