package org.reliefledger.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An account of the chart of accounts, e.g. {@code 1000 Bank account (ASSET)}.
 *
 * <p><em>Guarantees:</em> code, name and type never change once created — the code is part of every
 * hashed journal entry that uses the account, so renaming it would break the hash chain.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_CODE, query = "SELECT a FROM Account a WHERE a.code = :code")
@NamedQuery(name = Account.ALL, query = "SELECT a FROM Account a ORDER BY a.code")
public class Account {

  public static final String BY_CODE = "Account.byCode";
  public static final String ALL = "Account.all";

  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  @Column(name = "code", nullable = false, unique = true, updatable = false, length = 32)
  private String code;

  @Column(name = "name", nullable = false, updatable = false, length = 120)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "account_type", nullable = false, updatable = false, length = 20)
  private AccountType type;

  protected Account() {}

  public Account(String code, String name, AccountType type) {
    this.code = Require.code(code, "account code");
    this.name = Require.text(name, "account name", 120);
    this.type = Require.present(type, "account type");
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

  public AccountType type() {
    return type;
  }

  @Override
  public String toString() {
    return "Account[" + code + " " + type + "]";
  }
}
