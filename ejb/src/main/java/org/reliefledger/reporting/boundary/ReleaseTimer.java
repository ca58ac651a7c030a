package org.reliefledger.reporting.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes, once a day, every month that ended at least {@code relief.release.after.days} days ago
 * (default 10) and is not published yet, so donors get figures even if nobody presses the button.
 * Every instance runs it: the month's primary key lets only one of them store a month; the others
 * fail that day's attempt and find it published the next.
 */
@Singleton
public class ReleaseTimer {

  private static final Logger LOG = Logger.getLogger(ReleaseTimer.class.getName());

  @EJB Releases releases;

  @Inject
  @ConfigProperty(name = "relief.release.after.days", defaultValue = "10")
  int afterDays;

  @Schedule(hour = "2", minute = "41", persistent = false)
  public void daily() {
    try {
      LOG.info("statistics published: " + releases.publishDue(afterDays));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "publishing statistics failed; tried again tomorrow", e.getClass());
    }
  }
}
