package org.reliefledger.reporting.boundary;

import java.time.YearMonth;
import java.util.List;

/** What asking to publish a month came to. */
public sealed interface Publication {

  /**
   * The months published by this call, oldest first (earlier unpublished months of the year too).
   */
  record Published(List<YearMonth> months) implements Publication {}

  /** The month was published before; it is never published again. */
  record AlreadyPublished(YearMonth month) implements Publication {}

  /** The month has not ended yet: payments may still come in. */
  record NotOver(YearMonth month) implements Publication {}
}
