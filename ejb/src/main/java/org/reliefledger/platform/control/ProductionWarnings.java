package org.reliefledger.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reliefledger.identity.boundary.Users;

/**
 * Tells the operator at start-up which settings a real fund must not keep: the shipped database
 * password on a database server, and the demo users, whose password is published in the README.
 * (The vault warns about a key file others can read; {@code PlainHttpWarning} about plain HTTP.)
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "FirstStart"})
public class ProductionWarnings {

  private static final Logger LOG = Logger.getLogger(ProductionWarnings.class.getName());

  /** The shipped default of {@code relief.db.password} (microprofile-config.properties). */
  static final String SHIPPED_DATABASE_PASSWORD = "relief";

  /** The names the demo data gives its users (web's DemoData). */
  static final String DEMO_USER_PREFIX = "demo-";

  @Inject Users users;

  @Inject
  @ConfigProperty(name = "relief.db.url")
  String databaseUrl;

  @Inject
  @ConfigProperty(name = "relief.db.password")
  String databasePassword;

  @PostConstruct
  void warn() {
    warnings(databaseUrl, databasePassword, users.countNamedFrom(DEMO_USER_PREFIX))
        .forEach(LOG::warning);
  }

  static List<String> warnings(String databaseUrl, String databasePassword, long demoUsers) {
    var warnings = new ArrayList<String>();
    if (!databaseUrl.startsWith("jdbc:h2:") && SHIPPED_DATABASE_PASSWORD.equals(databasePassword)) {
      warnings.add(
          "The database password is the shipped default: set RELIEF_DB_PASSWORD to the"
              + " database user's own password (docs/deploy.md).");
    }
    if (demoUsers > 0) {
      warnings.add(
          demoUsers
              + " demo users (demo-...) exist, with the password published in the README:"
              + " never keep demo users in a real fund; start real books on an empty database.");
    }
    return warnings;
  }
}
