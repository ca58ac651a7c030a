package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.reliefledger.ledger.boundary.EntryPage;
import org.reliefledger.ledger.boundary.EntrySelection;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.platform.boundary.BusinessDate;

/**
 * The journal between two dates, optionally only the entries with a line on one account and/or in
 * one fund, a page at a time, each entry with its postings and hash.
 */
@Named
@RequestScoped
public class JournalBrowser {

  static final int PAGE_SIZE = 20;

  @Inject Ledger ledger;

  @BusinessDate private LocalDate from;
  @BusinessDate private LocalDate to;
  private String account;
  private String fund;
  private int page;
  private EntryPage entries;

  public EntryPage getEntries() {
    if (entries == null) {
      entries =
          ledger.entries(
              new EntrySelection(getFrom(), getTo(), account, fund),
              PAGE_SIZE,
              Math.max(page, 0) * PAGE_SIZE);
    }
    return entries;
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return (long) (page + 1) * PAGE_SIZE < getEntries().total();
  }

  public long getPages() {
    return Math.max(1, (getEntries().total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** The first day shown; a month back from the last day unless chosen. */
  public LocalDate getFrom() {
    return from == null ? getTo().minusMonths(1) : from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to == null ? LocalDate.now(ZoneOffset.UTC) : to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
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
    return "from="
        + getFrom()
        + "&to="
        + getTo()
        + "&account="
        + URLEncoder.encode(getAccount(), StandardCharsets.UTF_8)
        + "&fund="
        + URLEncoder.encode(getFund(), StandardCharsets.UTF_8);
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
