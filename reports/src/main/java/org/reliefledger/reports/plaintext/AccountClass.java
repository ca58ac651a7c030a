package org.reliefledger.reports.plaintext;

/** The top-level account both hledger and Beancount recognise for each kind of account. */
public enum AccountClass {
  ASSETS("Assets"),
  LIABILITIES("Liabilities"),
  EQUITY("Equity"),
  INCOME("Income"),
  EXPENSES("Expenses");

  private final String root;

  AccountClass(String root) {
    this.root = root;
  }

  public String root() {
    return root;
  }
}
