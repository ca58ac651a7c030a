package org.reliefledger.giving.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.giving.entity.Donation;
import org.reliefledger.giving.entity.Donor;
import org.reliefledger.giving.entity.DonorDetails;
import org.reliefledger.giving.entity.Gift;
import org.reliefledger.giving.entity.GrantAward;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.Account;
import org.reliefledger.ledger.entity.AccountType;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.IdempotentRequest;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.Side;

/**
 * Records donations and grants, each as exactly one journal entry: debit the deposit account,
 * credit donation (4000) or grant (4100) income, in the chosen fund.
 *
 * <p><em>Guarantees:</em> a gift and its entry are written together or not at all; the same
 * idempotency key with the same request records nothing new; journal memos never carry the donor or
 * the grantor; a donor's name and e-mail are stored only sealed by the {@link DonorVault}, and not
 * at all when the fund keeps no donor details.
 */
@Stateless
public class Giving {

  static final String DONATIONS_ACCOUNT = "4000";
  static final String GRANTS_ACCOUNT = "4100";

  @PersistenceContext EntityManager em;

  @Inject Ledger ledger;
  @Inject Audit audit;
  @Inject Instance<DonorVault> donorVault;

  /**
   * Records a donation; {@code idempotencyKey} may be {@code null}. The key's fingerprint covers
   * whether a donor was named, never who: a stored hash of a name or e-mail would confirm a guess.
   */
  public GiftResult recordDonation(DonationCommand command, String idempotencyKey) {
    var request =
        IdempotentRequest.of(
            idempotencyKey,
            "donations",
            command.date(),
            command.amount(),
            command.fund(),
            command.depositAccount(),
            command.method(),
            command.donor().isAnonymous());
    PostedGift posted =
        post(
            new GiftEntry(
                command.date(), command.amount(), command.fund(), command.depositAccount()),
            DONATIONS_ACCOUNT,
            "Donation (" + command.method() + ")",
            request);
    if (posted.refusal() != null) {
      return posted.refusal();
    }
    if (posted.replayed()) {
      Donation earlier = byEntry(Donation.BY_JOURNAL_ENTRY, Donation.class, posted.entryId());
      return new GiftResult.Recorded(earlier.id(), posted.entryId(), true, earlier.donorDetails());
    }
    var details = keeping(command.donor());
    var donation = new Donation(posted.entryId(), posted.gift(), command.method(), details);
    em.persist(donation);
    em.flush();
    if (details == DonorDetails.SEALED) {
      donorVault.get().seal(donation.id(), command.donor());
    }
    audit.record(
        "donation.record",
        "Donation",
        donation.id().toString(),
        "journalEntry=" + posted.entryId() + " method=" + command.method());
    return new GiftResult.Recorded(donation.id(), posted.entryId(), false, details);
  }

  /** What will be kept of {@code donor}: sealed only if there is a vault and the fund keeps any. */
  private DonorDetails keeping(Donor donor) {
    if (donor.isAnonymous()) {
      return DonorDetails.NONE;
    }
    return donorVault.isResolvable() && donorVault.get().keepsDonorDetails()
        ? DonorDetails.SEALED
        : DonorDetails.NOT_KEPT;
  }

  /** Records a grant; {@code idempotencyKey} may be {@code null}. */
  public GiftResult recordGrant(GrantCommand command, String idempotencyKey) {
    if (command.grantor() == null || command.grantor().isBlank()) {
      return new GiftResult.Invalid("a grant needs its grantor");
    }
    var request =
        IdempotentRequest.of(
            idempotencyKey,
            "grants",
            command.date(),
            command.amount(),
            command.fund(),
            command.depositAccount(),
            command.grantor(),
            command.restriction(),
            command.periodEnd());
    String memo =
        command.periodEnd() == null ? "Grant" : "Grant (period ends " + command.periodEnd() + ")";
    PostedGift posted =
        post(
            new GiftEntry(
                command.date(), command.amount(), command.fund(), command.depositAccount()),
            GRANTS_ACCOUNT,
            memo,
            request);
    if (posted.refusal() != null) {
      return posted.refusal();
    }
    if (posted.replayed()) {
      GrantAward earlier = byEntry(GrantAward.BY_JOURNAL_ENTRY, GrantAward.class, posted.entryId());
      return new GiftResult.Recorded(earlier.id(), posted.entryId(), true);
    }
    var grant =
        new GrantAward(
            posted.entryId(),
            posted.gift(),
            command.grantor(),
            command.restriction(),
            command.periodEnd());
    em.persist(grant);
    em.flush();
    audit.record(
        "grant.record", "GrantAward", grant.id().toString(), "journalEntry=" + posted.entryId());
    return new GiftResult.Recorded(grant.id(), posted.entryId(), false);
  }

  /** The parts of a gift that its journal entry needs, as the request names them. */
  private record GiftEntry(LocalDate date, Money amount, String fund, String depositAccount) {}

  /** Either the posted entry of a gift (new or replayed) or why it was refused. */
  private record PostedGift(Gift gift, long entryId, boolean replayed, GiftResult refusal) {

    static PostedGift refused(GiftResult refusal) {
      return new PostedGift(null, 0, false, refusal);
    }
  }

  private PostedGift post(
      GiftEntry gift, String incomeAccount, String memo, IdempotentRequest request) {
    Optional<Fund> fund = ledger.fund(gift.fund());
    if (fund.isEmpty()) {
      return PostedGift.refused(
          new GiftResult.LedgerRefused(new EntryResult.UnknownFund(gift.fund())));
    }
    Optional<Account> deposit = ledger.account(gift.depositAccount());
    if (deposit.isEmpty()) {
      return PostedGift.refused(
          new GiftResult.LedgerRefused(new EntryResult.UnknownAccount(gift.depositAccount())));
    }
    if (deposit.get().type() != AccountType.ASSET) {
      return PostedGift.refused(new GiftResult.NotADepositAccount(gift.depositAccount()));
    }
    var entry =
        new EntryCommand(
            gift.date(),
            memo,
            List.of(
                new EntryCommand.Line(
                    gift.depositAccount(), gift.fund(), Side.DEBIT, gift.amount()),
                new EntryCommand.Line(incomeAccount, gift.fund(), Side.CREDIT, gift.amount())));
    EntryResult result = ledger.post(entry, request);
    if (!(result instanceof EntryResult.Posted posted)) {
      return PostedGift.refused(new GiftResult.LedgerRefused(result));
    }
    return new PostedGift(
        new Gift(gift.date(), gift.amount(), fund.get(), deposit.get()),
        posted.entry().id(),
        posted.replayed(),
        null);
  }

  private <T> T byEntry(String query, Class<T> type, long entryId) {
    return em.createNamedQuery(query, type).setParameter("entryId", entryId).getSingleResult();
  }
}
