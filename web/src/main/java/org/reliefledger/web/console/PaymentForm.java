package org.reliefledger.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.reliefledger.disbursement.boundary.Disbursements;
import org.reliefledger.disbursement.boundary.PaymentOrder;
import org.reliefledger.disbursement.boundary.RequestView;
import org.reliefledger.disbursement.entity.PaymentOutcome;
import org.reliefledger.platform.boundary.BusinessDate;

/** The treasurer pays one approved request; the form's idempotency key makes a resend harmless. */
@Named
@RequestScoped
public class PaymentForm {

  @Inject Disbursements disbursements;

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  private long id;
  private Optional<RequestView> request;
  @BusinessDate private LocalDate date = LocalDate.now(ZoneOffset.UTC);
  private String fromAccount = GiftForm.BANK;
  private String reference;
  private String key = UUID.randomUUID().toString();

  @PostConstruct
  void readPageKey() {
    id = PageKey.id(faces, "id");
  }

  public RequestView getRequest() {
    if (request == null) {
      request = disbursements.find(id);
    }
    return request.orElse(null);
  }

  public String pay() {
    Optional<PaymentOutcome> outcome =
        disbursements.pay(
            id,
            new PaymentOrder(date, fromAccount, reference),
            key,
            security.getCallerPrincipal().getName());
    if (outcome.isEmpty()) {
      Texts.error(faces, null, "payment.noSuchRequest");
      return null;
    }
    PaymentOutcome result = outcome.get();
    if (result instanceof PaymentOutcome.Paid paid) {
      Texts.done(faces, "payment.paid", id, paid.journalEntryId());
      return "/treasurer/dashboard.xhtml?faces-redirect=true";
    }
    if (result instanceof PaymentOutcome.AlreadyPaid alreadyPaid) {
      Texts.error(faces, null, "payment.alreadyPaid", alreadyPaid.journalEntryId());
    } else if (result instanceof PaymentOutcome.NotApproved notApproved) {
      Texts.error(
          faces, null, "payment.notApproved", Texts.text(faces, "status." + notApproved.status()));
    } else if (result instanceof PaymentOutcome.FundCannotCover cannot) {
      Texts.error(faces, null, "payment.cannotCover", cannot.available().toDecimalString());
    } else if (result instanceof PaymentOutcome.InvalidOrder) {
      Texts.error(faces, "pay:fromAccount", "refusal.notDeposit");
    } else {
      Texts.error(faces, null, "refusal.resent");
    }
    return null;
  }

  public long getId() {
    return id;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getFromAccount() {
    return fromAccount;
  }

  public void setFromAccount(String fromAccount) {
    this.fromAccount = fromAccount;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }
}
