package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.reliefledger.cases.vault.boundary.InstructionsKeeping;
import org.reliefledger.cases.vault.boundary.Vault;
import org.reliefledger.disbursement.boundary.RequestView;
import org.reliefledger.disbursement.entity.PaymentInstructions;
import org.reliefledger.disbursement.entity.PaymentInstructions.InvalidInstructions;
import org.reliefledger.disbursement.entity.PayoutMethod;

/**
 * Intake tells the treasurer whom to pay for a request and how. The instructions go straight into
 * the vault; this screen never shows them back (only the treasurer reads them, on the pay screen).
 */
@Named
@RequestScoped
public class InstructionsForm {

  @Inject Vault vault;

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  @Inject RequestOnPage page;

  private String payeeName;
  private PayoutMethod method = PayoutMethod.CHECK;
  private String account;
  private String address;
  private String memo;

  public RequestView getRequest() {
    return page.view();
  }

  public PayoutMethod[] getMethods() {
    return PayoutMethod.values();
  }

  public String save() {
    PaymentInstructions instructions;
    try {
      instructions = new PaymentInstructions(payeeName, method, account, address, memo);
    } catch (InvalidInstructions invalid) {
      Texts.error(faces, "instructions:" + invalid.field(), "instructions.invalid");
      return null;
    }
    InstructionsKeeping kept =
        vault.keepPaymentInstructions(page.id(), instructions, Callers.of(security));
    if (kept instanceof InstructionsKeeping.Kept) {
      Texts.done(faces, "instructions.saved", page.id());
      return "/intake/case.xhtml?faces-redirect=true&code=" + getRequest().caseCode();
    }
    if (kept instanceof InstructionsKeeping.Forbidden) {
      Texts.error(faces, null, "pii.forbidden");
    } else if (kept instanceof InstructionsKeeping.Closed closed) {
      Texts.error(
          faces, null, "instructions.closed", Texts.text(faces, "status." + closed.status()));
    } else if (kept instanceof InstructionsKeeping.Gone) {
      Texts.error(faces, null, "pii.gone");
    } else {
      Texts.error(faces, null, "payment.noSuchRequest");
    }
    return null;
  }

  public long getId() {
    return page.id();
  }

  public String getPayeeName() {
    return payeeName;
  }

  public void setPayeeName(String payeeName) {
    this.payeeName = payeeName;
  }

  public PayoutMethod getMethod() {
    return method;
  }

  public void setMethod(PayoutMethod method) {
    this.method = method;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getMemo() {
    return memo;
  }

  public void setMemo(String memo) {
    this.memo = memo;
  }
}
