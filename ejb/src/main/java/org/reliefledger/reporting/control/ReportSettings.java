package org.reliefledger.reporting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Currency;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reliefledger.ledger.entity.Money;

/** What every report takes from configuration: the publisher's name, k, the currency. */
@Dependent
public class ReportSettings {

  @Inject
  @ConfigProperty(name = "relief.organisation", defaultValue = "Relief Ledger fund")
  String organisation;

  @Inject
  @ConfigProperty(name = "relief.report.min.group", defaultValue = "5")
  int minimumGroup;

  public String organisation() {
    return organisation;
  }

  /** k: the smallest number of households a transparency cell may show. */
  public int minimumGroup() {
    return minimumGroup;
  }

  /** The ledger books in one currency. */
  public Currency currency() {
    return Money.USD;
  }
}
