package org.reliefledger.ledger.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A pool of money with a purpose. An unrestricted fund (money "without donor restrictions") may pay
 * any category; a restricted one only the categories it lists.
 *
 * <p><em>Guarantees:</em> a restricted fund lists at least one category; code, name and restriction
 * never change once created (the code is hashed into every journal entry that uses the fund).
 */
@Entity
@Table(name = "fund")
@NamedQuery(name = Fund.BY_CODE, query = "SELECT f FROM Fund f WHERE f.code = :code")
@NamedQuery(name = Fund.ALL, query = "SELECT f FROM Fund f ORDER BY f.code")
public class Fund {

  public static final String BY_CODE = "Fund.byCode";
  public static final String ALL = "Fund.all";

  /** The unrestricted fund installed with the default chart. */
  public static final String GENERAL = "GENERAL";

  @Id
  @SequenceGenerator(name = "fund_seq", sequenceName = "fund_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fund_seq")
  private Long id;

  @Column(name = "code", nullable = false, unique = true, updatable = false, length = 32)
  private String code;

  @Column(name = "name", nullable = false, updatable = false, length = 120)
  private String name;

  @Column(name = "restricted", nullable = false, updatable = false)
  private boolean restricted;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "fund_allowed_category", joinColumns = @JoinColumn(name = "fund_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 20)
  private Set<SpendingCategory> allowedCategories = EnumSet.noneOf(SpendingCategory.class);

  protected Fund() {}

  private Fund(String code, String name, boolean restricted, Set<SpendingCategory> allowed) {
    this.code = Require.code(code, "fund code");
    this.name = Require.text(name, "fund name", 120);
    this.restricted = restricted;
    this.allowedCategories =
        allowed.isEmpty() ? EnumSet.noneOf(SpendingCategory.class) : EnumSet.copyOf(allowed);
  }

  /** A fund that may pay every category. */
  public static Fund unrestricted(String code, String name) {
    return new Fund(code, name, false, EnumSet.allOf(SpendingCategory.class));
  }

  /**
   * A fund that may pay only {@code allowed}.
   *
   * @throws IllegalArgumentException if {@code allowed} is empty
   */
  public static Fund restricted(String code, String name, Set<SpendingCategory> allowed) {
    if (allowed == null || allowed.isEmpty()) {
      throw new IllegalArgumentException("a restricted fund must allow at least one category");
    }
    return new Fund(code, name, true, allowed);
  }

  /** Whether money of this fund may be spent on {@code category}. */
  public boolean allows(SpendingCategory category) {
    return !restricted || allowedCategories.contains(category);
  }

  /**
   * Whether this fund may pay an expense booked to {@code account}: always when unrestricted; when
   * restricted only if the account is the expense account of an allowed category. (Expense accounts
   * outside the categories, such as bank fees, are never paid from restricted money.)
   */
  public boolean maySpendOn(Account account) {
    if (!restricted || account.type() != AccountType.EXPENSE) {
      return true;
    }
    return SpendingCategory.ofExpenseAccount(account.code())
        .map(allowedCategories::contains)
        .orElse(false);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public boolean isRestricted() {
    return restricted;
  }

  public Set<SpendingCategory> allowedCategories() {
    return Collections.unmodifiableSet(allowedCategories);
  }

  @Override
  public String toString() {
    return "Fund[" + code + (restricted ? " restricted " + allowedCategories : "") + "]";
  }
}
