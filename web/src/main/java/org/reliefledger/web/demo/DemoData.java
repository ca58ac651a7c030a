package org.reliefledger.web.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.reliefledger.cases.boundary.CaseOpening;
import org.reliefledger.cases.boundary.Cases;
import org.reliefledger.cases.vault.PiiRecord;
import org.reliefledger.disbursement.boundary.Disbursements;
import org.reliefledger.disbursement.boundary.PaymentOrder;
import org.reliefledger.disbursement.boundary.RequestDraft;
import org.reliefledger.disbursement.boundary.RequestOpening;
import org.reliefledger.disbursement.entity.Decision;
import org.reliefledger.disbursement.entity.Payee;
import org.reliefledger.giving.boundary.DonationCommand;
import org.reliefledger.giving.boundary.Giving;
import org.reliefledger.giving.boundary.GrantCommand;
import org.reliefledger.giving.entity.Donor;
import org.reliefledger.giving.entity.PaymentMethod;
import org.reliefledger.identity.boundary.UserCreation;
import org.reliefledger.identity.boundary.Users;
import org.reliefledger.identity.entity.Role;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.ChainVerification;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.SpendingCategory;

/**
 * A small neighbourhood fund two months into its year: donations by several methods, a foundation
 * grant restricted to rent and utilities, five areas (one retired), four households, and requests
 * that are open, approved, paid and rejected.
 *
 * <p><em>Guarantees:</em> writes only into an empty database (no journal entry, no user but the
 * first administrator), in one transaction, except the areas and each case, which commit in
 * transactions of their own (as every case opening does); when several instances start at once, the
 * unique user name {@code demo-treasurer} lets exactly one of them fill it.
 */
@Stateless
public class DemoData {

  /** The password of every demo user. Demo databases are for trying the screens, never for use. */
  public static final String PASSWORD = "demo-password-1";

  static final String TREASURER = "demo-treasurer";
  static final String INTAKE = "demo-intake";
  static final String RENT_GRANT = "RENT-GRANT";
  static final String GENERAL = "GENERAL";
  static final String BANK = "1000";

  @Inject Users users;
  @Inject Ledger ledger;
  @Inject Giving giving;
  @Inject Cases cases;
  @Inject DemoAreas areas;
  @Inject Disbursements disbursements;

  /** Fills the database if it is empty; returns whether it did. */
  public boolean fillIfEmpty() {
    if (users.count() > 1 || !isLedgerEmpty()) {
      return false;
    }
    if (!(users.createAtStart(TREASURER, PASSWORD, Set.of(Role.TREASURER))
        instanceof UserCreation.Created)) {
      return false;
    }
    users.createAtStart("demo-admin", PASSWORD, Set.of(Role.ADMIN));
    users.createAtStart("demo-auditor", PASSWORD, Set.of(Role.AUDITOR));
    users.createAtStart(INTAKE, PASSWORD, Set.of(Role.INTAKE));
    for (int member = 1; member <= 3; member++) {
      users.createAtStart("demo-committee-" + member, PASSWORD, Set.of(Role.COMMITTEE));
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    gifts(today);
    households(today);
    return true;
  }

  private boolean isLedgerEmpty() {
    return ledger.verify() instanceof ChainVerification.Intact intact && intact.entries() == 0;
  }

  private void gifts(LocalDate today) {
    ledger.addFund(
        RENT_GRANT,
        "Eviction prevention grant",
        true,
        Set.of(SpendingCategory.RENT, SpendingCategory.UTILITIES));
    giving.recordGrant(
        new GrantCommand(
            today.minusDays(40),
            Money.parse("6000.00"),
            RENT_GRANT,
            BANK,
            "Riverside Community Foundation",
            "Rent and utility arrears only",
            today.plusMonths(10)),
        null);
    donate(today.minusDays(52), "250.00", PaymentMethod.CHECK, new Donor("M. Alvarez", null));
    donate(today.minusDays(45), "40.00", PaymentMethod.CASH, Donor.ANONYMOUS);
    donate(today.minusDays(33), "1200.00", PaymentMethod.BANK_TRANSFER, Donor.ANONYMOUS);
    donate(today.minusDays(21), "75.00", PaymentMethod.PAYMENT_APP, Donor.ANONYMOUS);
    donate(
        today.minusDays(12), "500.00", PaymentMethod.CARD, new Donor("Parish of St. Rita", null));
    donate(today.minusDays(3), "35.00", PaymentMethod.PAYMENT_APP, Donor.ANONYMOUS);
  }

  private void donate(LocalDate date, String amount, PaymentMethod method, Donor donor) {
    giving.recordDonation(
        new DonationCommand(date, Money.parse(amount), GENERAL, BANK, method, donor), null);
  }

  private void households(LocalDate today) {
    areas.list();
    String east = openCase(4, "EASTSIDE", List.of("es"));
    String north = openCase(2, "NORTH-HILL", List.of("es", "en"));
    String river = openCase(6, "RIVERSIDE", List.of("quc", "es"));
    String center = openCase(1, "DOWNTOWN", List.of("ht"));

    long paid =
        request(
            east,
            SpendingCategory.RENT,
            "850.00",
            RENT_GRANT,
            "Rent for this month, landlord threatening eviction");
    approve(paid, 3);
    disbursements.pay(
        paid, new PaymentOrder(today.minusDays(2), BANK, "CHK-1041"), null, TREASURER);

    long approved =
        request(
            north, SpendingCategory.UTILITIES, "180.00", RENT_GRANT, "Electricity shut-off notice");
    approve(approved, 2);

    long rejected =
        request(center, SpendingCategory.OTHER, "400.00", GENERAL, "Replacement phone and laptop");
    for (int member = 1; member <= 2; member++) {
      disbursements.vote(
          rejected, "demo-committee-" + member, Decision.REJECT, "Not what the fund is for");
    }

    long open = request(river, SpendingCategory.FOOD, "120.00", GENERAL, "Groceries for two weeks");
    disbursements.vote(open, "demo-committee-1", Decision.APPROVE, "Urgent");
    request(east, SpendingCategory.MEDICAL, "60.00", GENERAL, "Prescription co-pay");
  }

  private String openCase(int size, String area, List<String> languages) {
    return ((CaseOpening.Opened) cases.open(size, area, languages, PiiRecord.empty(), INTAKE))
        .opened()
        .code();
  }

  private long request(
      String caseCode, SpendingCategory category, String amount, String fund, String why) {
    Payee payee =
        category == SpendingCategory.RENT
            ? Payee.LANDLORD
            : category == SpendingCategory.UTILITIES ? Payee.UTILITY : Payee.HOUSEHOLD;
    RequestOpening opened =
        disbursements.open(
            new RequestDraft(caseCode, category, Money.parse(amount), fund, payee, why), INTAKE);
    return ((RequestOpening.Opened) opened).request().id();
  }

  private void approve(long request, int members) {
    for (int member = 1; member <= members; member++) {
      disbursements.vote(request, "demo-committee-" + member, Decision.APPROVE, null);
    }
  }
}
