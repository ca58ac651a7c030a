package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.reliefledger.giving.entity.PaymentMethod;
import org.reliefledger.ledger.boundary.AccountView;
import org.reliefledger.ledger.boundary.FundView;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.AccountType;
import org.reliefledger.ledger.entity.SpendingCategory;

/** The lists the forms choose from: funds, accounts and the fixed vocabularies. */
@Named
@RequestScoped
public class Choices {

  @Inject Ledger ledger;

  private List<FundView> funds;
  private List<AccountView> accounts;

  public List<FundView> getFunds() {
    if (funds == null) {
      funds = ledger.funds();
    }
    return funds;
  }

  public List<AccountView> getAccounts() {
    if (accounts == null) {
      accounts = ledger.accounts();
    }
    return accounts;
  }

  /** Where money can be deposited or paid from: bank, cash and clearing accounts. */
  public List<AccountView> getDepositAccounts() {
    return getAccounts().stream().filter(a -> a.type() == AccountType.ASSET).toList();
  }

  public PaymentMethod[] getMethods() {
    return PaymentMethod.values();
  }

  public SpendingCategory[] getCategories() {
    return SpendingCategory.values();
  }
}
