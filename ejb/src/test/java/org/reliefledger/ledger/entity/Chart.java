package org.reliefledger.ledger.entity;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.List;

/** A small chart of accounts and funds for entity tests (not persisted, so ids are absent). */
final class Chart {

  static final Account BANK = new Account("1000", "Bank account", AccountType.ASSET);
  static final Account CASH = new Account("1010", "Cash box", AccountType.ASSET);
  static final Account PAYABLE = new Account("2000", "Accounts payable", AccountType.LIABILITY);
  static final Account DONATIONS = new Account("4000", "Donations", AccountType.INCOME);
  static final Account GRANTS = new Account("4100", "Grants", AccountType.INCOME);
  static final Account RENT = new Account("5000", "Rent relief", AccountType.EXPENSE);
  static final Account FEES = new Account("5100", "Bank fees", AccountType.EXPENSE);

  static final List<Account> ACCOUNTS = List.of(BANK, CASH, PAYABLE, DONATIONS, GRANTS, RENT, FEES);

  static final Fund GENERAL = Fund.unrestricted("GENERAL", "General fund");
  static final Fund RENT_FUND =
      Fund.restricted("RENT-2026", "Rent grant 2026", EnumSet.of(SpendingCategory.RENT));
  static final Fund MEDICAL_FUND =
      Fund.restricted(
          "MED", "Medical", EnumSet.of(SpendingCategory.MEDICAL, SpendingCategory.TRANSPORT));

  static final List<Fund> FUNDS = List.of(GENERAL, RENT_FUND, MEDICAL_FUND);

  private Chart() {}

  /** Gives an entity the id the database would, as if it had been stored. */
  static <T> T stored(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The entry as {@link ChainVerifier} would read it back from its rows. */
  static StoredEntry asStored(JournalEntry entry) {
    return new StoredEntry(entry.id(), entry.content(), entry.previousHash(), entry.hash());
  }
}
