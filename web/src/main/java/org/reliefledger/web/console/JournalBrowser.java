package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.EntryPage;
import org.reliefledger.ledger.entity.EntrySelection;

/**
 * The journal between two dates, optionally only the entries with a line on one account and/or in
 * one fund, a page at a time, each entry with its postings and hash.
 */
@Named
@RequestScoped
public class JournalBrowser extends PagedDays {

  static final int PAGE_SIZE = 20;

  @Inject Ledger ledger;

  private String account;
  private String fund;
  private EntryPage entries;

  public EntryPage getEntries() {
    if (entries == null) {
      entries =
          ledger.entries(
              new EntrySelection(getFrom(), getTo(), account, fund), PAGE_SIZE, offset());
    }
    return entries;
  }

  @Override
  protected int pageSize() {
    return PAGE_SIZE;
  }

  @Override
  protected long total() {
    return getEntries().total();
  }

  /** The account code to filter by; empty for any. */
  public String getAccount() {
    return account == null ? "" : account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  /** The fund code to filter by; empty for any. */
  public String getFund() {
    return fund == null ? "" : fund;
  }

  public void setFund(String fund) {
    this.fund = fund;
  }

  /** The query string of this selection without the page, for the links to other pages. */
  public String getSelection() {
    return range()
        + "&account="
        + URLEncoder.encode(getAccount(), StandardCharsets.UTF_8)
        + "&fund="
        + URLEncoder.encode(getFund(), StandardCharsets.UTF_8);
  }
}
