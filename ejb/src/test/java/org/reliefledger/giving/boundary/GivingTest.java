package org.reliefledger.giving.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefledger.giving.entity.Donor;
import org.reliefledger.giving.entity.DonorDetails;
import org.reliefledger.giving.entity.PaymentMethod;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.EntryProblem;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.EntryView;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.SpendingCategory;
import org.reliefledger.testing.JpaBoundary;
import org.reliefledger.testing.TestDatabase;

/** Gifts over real EclipseLink and a migrated in-memory H2 database, without a container. */
class GivingTest {

  private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
  private static final Donor CANARY = new Donor("Canary Donorname", "canary@example.org");

  private TestDatabase database;
  private EntityManagerFactory instance;
  private JpaBoundary<Giving> giving;
  private JpaBoundary<Ledger> ledger;

  @BeforeEach
  void start() {
    database = TestDatabase.h2();
    instance = database.newInstance();
    giving = new JpaBoundary<>(instance, Giving.class);
    ledger = new JpaBoundary<>(instance, Ledger.class);
    ledger.call(l -> l.addFund("RENT", "Rent grant", true, EnumSet.of(SpendingCategory.RENT)));
  }

  @AfterEach
  void stop() {
    giving.close();
    ledger.close();
    instance.close();
    database.close();
  }

  private GiftResult donate(String amount, String deposit, Donor donor, String key) {
    return giving.call(
        g ->
            g.recordDonation(
                new DonationCommand(
                    DAY, Money.parse(amount), "GENERAL", deposit, PaymentMethod.CASH, donor),
                key));
  }

  private GiftResult grant(String grantor, String key) {
    return giving.call(
        g ->
            g.recordGrant(
                new GrantCommand(
                    DAY,
                    Money.parse("5000.00"),
                    "RENT",
                    "1000",
                    grantor,
                    "rent only",
                    LocalDate.of(2026, 12, 31)),
                key));
  }

  private <T> T inLedger(Function<Ledger, T> call) {
    return ledger.call(call);
  }

  private EntryView entryOf(GiftResult result) {
    long entryId = ((GiftResult.Recorded) result).journalEntryId();
    return inLedger(l -> l.entry(entryId)).orElseThrow();
  }

  private long entries() {
    return inLedger(l -> l.entries(DAY, DAY, 1, 0)).total();
  }

  @Test
  void aDonationIsOneJournalEntryIntoTheFund() {
    GiftResult result = donate("125.00", "1010", Donor.ANONYMOUS, null);

    assertThat(result).isInstanceOf(GiftResult.Recorded.class);
    EntryView entry = entryOf(result);
    assertThat(entry.memo()).isEqualTo("Donation (CASH)");
    assertThat(entry.postings())
        .containsExactly(
            new EntryView.PostingView("1010", "GENERAL", Money.parse("125.00"), null),
            new EntryView.PostingView("4000", "GENERAL", null, Money.parse("125.00")));
    assertThat(inLedger(Ledger::funds).get(0).balance()).isEqualTo(Money.parse("125.00"));
  }

  @Test
  void theDonorNeverReachesTheJournal() {
    GiftResult result = donate("10.00", "1000", CANARY, "gift-1");

    EntryView entry = entryOf(result);
    assertThat(entry.memo()).doesNotContain("Canary").doesNotContain("canary");
    assertThat(entry.toString()).doesNotContain("Canary");
    assertThat(CANARY.toString()).doesNotContain("Canary").doesNotContain("canary");
    assertThat(result.toString()).doesNotContain("Canary");
    assertThat(
            database.strings(
                "SELECT actor || ' ' || action || ' ' || object_type || ' ' || detail"
                    + " FROM audit_event ORDER BY id"))
        .hasSize(3)
        .anySatisfy(event -> assertThat(event).startsWith("treasurer-test donation.record"))
        .allSatisfy(event -> assertThat(event.toLowerCase()).doesNotContain("canary"));
  }

  @Test
  void refusesBadGiftsAndWritesNothing() {
    assertThat(donate("10.00", "4000", Donor.ANONYMOUS, null))
        .isEqualTo(new GiftResult.NotADepositAccount("4000"));
    assertThat(donate("10.00", "9999", Donor.ANONYMOUS, null))
        .isEqualTo(new GiftResult.LedgerRefused(new EntryResult.UnknownAccount("9999")));
    assertThat(donate("0", "1000", Donor.ANONYMOUS, null))
        .isEqualTo(
            new GiftResult.LedgerRefused(
                new EntryResult.Unbalanced(EntryProblem.NON_POSITIVE_AMOUNT)));
    assertThat(grant(" ", null)).isInstanceOf(GiftResult.Invalid.class);

    assertThat(entries()).isZero();
  }

  @Test
  void theSameKeyAndGiftRecordsOnce() {
    GiftResult first = donate("10.00", "1000", CANARY, "gift-1");
    GiftResult again = donate("10.00", "1000", CANARY, "gift-1");
    GiftResult otherDonor = donate("10.00", "1000", Donor.ANONYMOUS, "gift-1");

    var recorded = (GiftResult.Recorded) first;
    assertThat(recorded.donor())
        .as("no vault in this test: a named donor is kept nowhere")
        .isEqualTo(DonorDetails.NOT_KEPT);
    assertThat(again)
        .isEqualTo(
            new GiftResult.Recorded(
                recorded.id(), recorded.journalEntryId(), true, DonorDetails.NOT_KEPT));
    assertThat(otherDonor)
        .isEqualTo(new GiftResult.LedgerRefused(new EntryResult.IdempotencyKeyReused()));
    assertThat(entries()).isEqualTo(1);
  }

  @Test
  void aKeyUsedForADonationCannotRecordAGrant() {
    donate("10.00", "1000", Donor.ANONYMOUS, "k");

    assertThat(grant("City Foundation", "k"))
        .isEqualTo(new GiftResult.LedgerRefused(new EntryResult.IdempotencyKeyReused()));
  }

  @Test
  void aGrantIsOneJournalEntryIntoItsRestrictedFund() {
    GiftResult result = grant("City Foundation", "grant-1");

    EntryView entry = entryOf(result);
    assertThat(entry.memo()).isEqualTo("Grant (period ends 2026-12-31)");
    assertThat(entry.postings())
        .containsExactly(
            new EntryView.PostingView("1000", "RENT", Money.parse("5000.00"), null),
            new EntryView.PostingView("4100", "RENT", null, Money.parse("5000.00")));
    assertThat(grant("City Foundation", "grant-1"))
        .isEqualTo(new GiftResult.Recorded(((GiftResult.Recorded) result).id(), entry.id(), true));
  }
}
