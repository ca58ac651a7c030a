package org.reliefledger.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Optional;
import org.reliefledger.cases.boundary.CaseView;
import org.reliefledger.cases.boundary.Cases;
import org.reliefledger.disbursement.boundary.Disbursements;
import org.reliefledger.disbursement.boundary.RequestDraft;
import org.reliefledger.disbursement.boundary.RequestOpening;
import org.reliefledger.disbursement.boundary.RequestView;
import org.reliefledger.disbursement.entity.Payee;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.SpendingCategory;

/** One case as intake sees it, and the form that asks the committee for money for it. */
@Named
@RequestScoped
public class RequestForm {

  @Inject Cases cases;

  @Inject Disbursements disbursements;

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  private String code;
  private Optional<CaseView> found;
  private SpendingCategory category = SpendingCategory.RENT;
  private Money amount;
  private String fund = "GENERAL";
  private Payee payee = Payee.LANDLORD;
  private String justification;

  @PostConstruct
  void readPageKey() {
    code = PageKey.text(faces, "code");
  }

  public CaseView getCase() {
    if (found == null) {
      found = cases.byCode(code);
    }
    return found.orElse(null);
  }

  /** This volunteer's requests for this case. */
  public List<RequestView> getRequests() {
    return disbursements.requestedBy(security.getCallerPrincipal().getName(), 200).stream()
        .filter(r -> r.caseCode().equals(code))
        .toList();
  }

  public Payee[] getPayees() {
    return Payee.values();
  }

  public String submit() {
    RequestOpening outcome =
        disbursements.open(
            new RequestDraft(code, category, amount, fund, payee, justification),
            security.getCallerPrincipal().getName());
    if (outcome instanceof RequestOpening.Opened opened) {
      Texts.done(faces, "intake.requested", opened.request().id(), opened.request().votesNeeded());
      return "/intake/case.xhtml?faces-redirect=true&code=" + code;
    }
    var refused = (RequestOpening.Refused) outcome;
    String field = "case".equals(refused.field()) ? null : "request:" + refused.field();
    Texts.error(faces, field, "intake.refused." + refused.error());
    return null;
  }

  public String getCode() {
    return code;
  }

  public SpendingCategory getCategory() {
    return category;
  }

  public void setCategory(SpendingCategory category) {
    this.category = category;
  }

  public Money getAmount() {
    return amount;
  }

  public void setAmount(Money amount) {
    this.amount = amount;
  }

  public String getFund() {
    return fund;
  }

  public void setFund(String fund) {
    this.fund = fund;
  }

  public Payee getPayee() {
    return payee;
  }

  public void setPayee(Payee payee) {
    this.payee = payee;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }
}
