package org.reliefledger.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Fills an empty database with the demo fund when {@code RELIEF_DEMO=true}. */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "FirstStart"})
public class DemoStart {

  private static final Logger LOG = Logger.getLogger(DemoStart.class.getName());

  @Inject
  @ConfigProperty(name = "relief.demo", defaultValue = "false")
  boolean demo;

  @Inject DemoData data;

  @PostConstruct
  void fillIfAsked() {
    if (!demo) {
      return;
    }
    boolean filled;
    try {
      filled = data.fillIfEmpty();
    } catch (RuntimeException anotherInstanceWon) {
      // Two instances starting together race for the first demo user; the loser's transaction
      // rolls back whole and the winner's data stands.
      LOG.info("demo data: another instance is filling the database");
      return;
    }
    System.out.println(
        filled
            ? "\n=== Demo data loaded: sign in as demo-treasurer, demo-committee-1, demo-intake,"
                + " demo-auditor or demo-admin with password "
                + DemoData.PASSWORD
                + " ===\n"
            : "\n=== RELIEF_DEMO is set but the database is not empty: no demo data added ===\n");
  }
}
