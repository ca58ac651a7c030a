package org.reliefledger.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reliefledger.identity.boundary.Users;

/**
 * Makes a fresh installation usable: when no user exists, creates {@code admin} with {@code
 * RELIEF_ADMIN_PASSWORD} or a random password printed once, then tells the operator where the
 * application answers and how to sign in.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class FirstStart {

  static final int GENERATED_PASSWORD_BYTES = 18;

  @Inject Users users;
  @Inject ReadyAnnouncement announcement;

  @Inject
  @ConfigProperty(name = "relief.admin.password")
  Optional<String> configuredAdminPassword;

  @PostConstruct
  void welcome() {
    String login;
    if (users.count() == 0) {
      String password = configuredAdminPassword.orElseGet(FirstStart::randomPassword);
      boolean created = users.createFirstAdmin(password);
      login =
          !created
              ? "sign in with an existing account"
              : configuredAdminPassword.isPresent()
                  ? "sign in as 'admin' with the password in RELIEF_ADMIN_PASSWORD"
                  : "sign in as 'admin' with password "
                      + password
                      + "   (printed only at this first start: write it down, then create your own users)";
    } else {
      login = "sign in with your account";
    }
    int port = LaunchPort.current();
    // Printed, not logged: a log file may be kept and shared; the console is the operator's.
    announcement.announce(
        port,
        "\n=== Relief Ledger at http://localhost:"
            + port
            + "/  (API under /api/v1): "
            + login
            + " ===\n");
  }

  private static String randomPassword() {
    byte[] bytes = new byte[GENERATED_PASSWORD_BYTES];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
