package org.reliefledger.web.console;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.reliefledger.platform.boundary.BusinessDate;

/**
 * What a screen listing a range of UTC days a page at a time shares: the range (a month back from
 * today unless chosen), the page number and the pager.
 */
public abstract class PagedDays {

  @BusinessDate private LocalDate from;
  @BusinessDate private LocalDate to;
  private int page;

  /** How many items one page shows. */
  protected abstract int pageSize();

  /** How many items the whole selection holds. */
  protected abstract long total();

  /** The first item of the current page. */
  protected int offset() {
    return Math.max(page, 0) * pageSize();
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return (long) (page + 1) * pageSize() < total();
  }

  public long getPages() {
    return Math.max(1, (total() + pageSize() - 1) / pageSize());
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

  /** The range as the start of a query string, for the links to other pages. */
  protected String range() {
    return "from=" + getFrom() + "&to=" + getTo();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
