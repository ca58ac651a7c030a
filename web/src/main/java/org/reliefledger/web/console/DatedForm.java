package org.reliefledger.web.console;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.reliefledger.platform.boundary.BusinessDate;

/**
 * The fields every journal-writing form shares: the booking date (today unless changed), the memo,
 * and the idempotency key made when the form was shown, so a resent form posts once.
 */
abstract class DatedForm {

  @BusinessDate private LocalDate date = LocalDate.now(ZoneOffset.UTC);
  private String memo;
  private String key = UUID.randomUUID().toString();

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getMemo() {
    return memo;
  }

  public void setMemo(String memo) {
    this.memo = memo;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }
}
