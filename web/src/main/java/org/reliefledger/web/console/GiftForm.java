package org.reliefledger.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.reliefledger.giving.boundary.DonationCommand;
import org.reliefledger.giving.boundary.GiftResult;
import org.reliefledger.giving.boundary.Giving;
import org.reliefledger.giving.boundary.GrantCommand;
import org.reliefledger.giving.entity.Donor;
import org.reliefledger.giving.entity.DonorDetails;
import org.reliefledger.giving.entity.PaymentMethod;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.platform.boundary.BusinessDate;

/**
 * Records a donation or a grant. The form carries an idempotency key made when it was shown, so a
 * double click or a resent form records the gift once.
 */
@Named
@RequestScoped
public class GiftForm {

  /** Where a grant's money arrives unless the treasurer picks another account. */
  static final String BANK = "1000";

  @Inject Giving giving;

  @Inject FacesContext faces;

  private String kind = "DONATION";
  @BusinessDate private LocalDate date = LocalDate.now(ZoneOffset.UTC);
  private Money amount;
  private String fund = "GENERAL";
  private String depositAccount = BANK;
  private PaymentMethod method = PaymentMethod.BANK_TRANSFER;
  private String donorName;
  private String donorEmail;
  private String grantor;
  private String restriction;
  @BusinessDate private LocalDate periodEnd;
  private String key = UUID.randomUUID().toString();

  @PostConstruct
  void readPageKey() {
    String asked = PageKey.text(faces, "kind");
    if (asked != null) {
      kind = asked;
    }
  }

  public String record() {
    GiftResult result =
        isGrant()
            ? giving.recordGrant(
                new GrantCommand(
                    date, amount, fund, depositAccount, grantor, restriction, periodEnd),
                key)
            : giving.recordDonation(
                new DonationCommand(
                    date, amount, fund, depositAccount, method, new Donor(donorName, donorEmail)),
                key);
    if (result instanceof GiftResult.Recorded recorded) {
      Texts.done(faces, recordedKey(recorded), recorded.journalEntryId());
      return "/treasurer/dashboard.xhtml?faces-redirect=true";
    }
    LedgerRefusals.show(faces, result, "gift");
    return null;
  }

  private String recordedKey(GiftResult.Recorded recorded) {
    if (isGrant()) {
      return "gift.grantRecorded";
    }
    return recorded.donor() == DonorDetails.NOT_KEPT
        ? "gift.donorNotKept"
        : "gift.donationRecorded";
  }

  public boolean isGrant() {
    return "GRANT".equals(kind);
  }

  public String getKind() {
    return kind;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
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

  public String getDepositAccount() {
    return depositAccount;
  }

  public void setDepositAccount(String depositAccount) {
    this.depositAccount = depositAccount;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public void setMethod(PaymentMethod method) {
    this.method = method;
  }

  public String getDonorName() {
    return donorName;
  }

  public void setDonorName(String donorName) {
    this.donorName = donorName;
  }

  public String getDonorEmail() {
    return donorEmail;
  }

  public void setDonorEmail(String donorEmail) {
    this.donorEmail = donorEmail;
  }

  public String getGrantor() {
    return grantor;
  }

  public void setGrantor(String grantor) {
    this.grantor = grantor;
  }

  public String getRestriction() {
    return restriction;
  }

  public void setRestriction(String restriction) {
    this.restriction = restriction;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(LocalDate periodEnd) {
    this.periodEnd = periodEnd;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }
}
