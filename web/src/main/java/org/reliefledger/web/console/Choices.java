package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.reliefledger.cases.boundary.AreaView;
import org.reliefledger.cases.boundary.Areas;
import org.reliefledger.cases.entity.Languages;
import org.reliefledger.giving.entity.PaymentMethod;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.AccountType;
import org.reliefledger.ledger.entity.AccountView;
import org.reliefledger.ledger.entity.FundView;
import org.reliefledger.ledger.entity.SpendingCategory;

/** The lists the forms choose from: funds, accounts, areas and the fixed vocabularies. */
@Named
@RequestScoped
public class Choices {

  /** A language a form offers: its ISO 639 code and its name in the screen's language. */
  public record LanguageChoice(String code, String name) {}

  @Inject Ledger ledger;

  @Inject Areas areas;

  @Inject FacesContext faces;

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

  /** The areas a new case may choose (retired ones are not offered), by name. */
  public List<AreaView> getOpenAreas() {
    return areas.open();
  }

  /** Every language the JDK lists, named and sorted in the screen's language. */
  public List<LanguageChoice> getLanguages() {
    Locale screen = faces.getViewRoot().getLocale();
    Collator order = Collator.getInstance(screen);
    return Languages.listed().stream()
        .map(code -> new LanguageChoice(code, Languages.displayName(code, screen)))
        .sorted(Comparator.comparing(LanguageChoice::name, order))
        .toList();
  }
}
