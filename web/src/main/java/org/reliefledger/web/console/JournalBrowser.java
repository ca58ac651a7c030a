package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.reliefledger.ledger.boundary.EntryPage;
import org.reliefledger.ledger.boundary.Ledger;

/** The journal between two dates, a page at a time, each entry with its postings and hash. */
@Named
@RequestScoped
public class JournalBrowser {

  static final int PAGE_SIZE = 20;

  @Inject Ledger ledger;

  private LocalDate from;
  private LocalDate to;
  private int page;
  private EntryPage entries;

  public EntryPage getEntries() {
    if (entries == null) {
      entries = ledger.entries(getFrom(), getTo(), PAGE_SIZE, Math.max(page, 0) * PAGE_SIZE);
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

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
