package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.reliefledger.cases.vault.boundary.InstructionsReading;
import org.reliefledger.cases.vault.boundary.Vault;
import org.reliefledger.disbursement.boundary.Disbursements;
import org.reliefledger.disbursement.boundary.PaymentOrder;
import org.reliefledger.disbursement.boundary.RequestView;
import org.reliefledger.disbursement.entity.CancelOutcome;
import org.reliefledger.disbursement.entity.PaymentInstructions;
import org.reliefledger.disbursement.entity.PaymentOutcome;
import org.reliefledger.platform.boundary.BusinessDate;

/**
 * The treasurer pays one approved request, reading whom to pay and how from intake's sealed
 * instructions beside the form (the form's idempotency key makes a resend harmless), or cancels the
 * approval with a reason.
 */
@Named
@RequestScoped
public class PaymentForm {

  @Inject Disbursements disbursements;

  @Inject Vault vault;

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  @Inject RequestOnPage page;

  private Optional<PaymentInstructions> instructions;
  @BusinessDate private LocalDate date = LocalDate.now(ZoneOffset.UTC);
  private String fromAccount = GiftForm.BANK;
  private String reference;
  private String cancelReason;
  private String key = UUID.randomUUID().toString();

  public RequestView getRequest() {
    return page.view();
  }

  /**
   * Whom to pay and how, opened from the vault (an audited read) while the request is approved;
   * null when intake gave none or the request cannot be paid. Read once per page view.
   */
  public PaymentInstructions getInstructions() {
    if (instructions == null) {
      instructions =
          vault.paymentInstructions(page.id(), Callers.of(security))
                  instanceof InstructionsReading.Revealed revealed
              ? Optional.of(revealed.instructions())
              : Optional.empty();
    }
    return instructions.orElse(null);
  }

  public String pay() {
    Optional<PaymentOutcome> outcome =
        disbursements.pay(
            page.id(),
            new PaymentOrder(date, fromAccount, reference),
            key,
            security.getCallerPrincipal().getName());
    if (outcome.isEmpty()) {
      Texts.error(faces, null, "payment.noSuchRequest");
      return null;
    }
    PaymentOutcome result = outcome.get();
    if (result instanceof PaymentOutcome.Paid paid) {
      Texts.done(faces, "payment.paid", page.id(), paid.journalEntryId());
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

  /** Undoes the approval instead of paying, releasing the hold; the reason goes to the vault. */
  public String cancel() {
    Optional<CancelOutcome> outcome =
        disbursements.cancel(page.id(), security.getCallerPrincipal().getName(), cancelReason);
    if (outcome.isEmpty()) {
      Texts.error(faces, null, "payment.noSuchRequest");
      return null;
    }
    if (outcome.get() instanceof CancelOutcome.Cancelled) {
      Texts.done(faces, "payment.cancelled", page.id());
      return "/treasurer/dashboard.xhtml?faces-redirect=true";
    }
    if (outcome.get() instanceof CancelOutcome.NotCancellable notCancellable) {
      Texts.error(
          faces,
          null,
          "payment.notApproved",
          Texts.text(faces, "status." + notCancellable.status()));
    } else {
      Texts.error(faces, "cancel:reason", "payment.cancelReasonNeeded");
    }
    return null;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public long getId() {
    return page.id();
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
