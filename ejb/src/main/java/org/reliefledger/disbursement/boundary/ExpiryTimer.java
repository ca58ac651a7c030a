package org.reliefledger.disbursement.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Expires open requests whose deadline has passed, every minute on every instance. The timer is not
 * persistent (it belongs to no single instance), and running it on several instances at once is
 * safe: see {@link Disbursements#expireOverdue(Instant)}.
 */
@Singleton
public class ExpiryTimer {

  private static final Logger LOG = Logger.getLogger(ExpiryTimer.class.getName());

  @Inject Disbursements disbursements;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void expireOverdueRequests() {
    int expired = disbursements.expireOverdue(Instant.now());
    if (expired > 0) {
      LOG.info(() -> expired + " disbursement request(s) expired at their deadline");
    }
  }
}
