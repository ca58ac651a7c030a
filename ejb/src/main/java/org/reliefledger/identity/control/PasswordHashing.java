package org.reliefledger.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The container's PBKDF2 hash, set to OWASP's current advice (HMAC-SHA512, 210,000 iterations)
 * instead of its much weaker defaults.
 */
@ApplicationScoped
public class PasswordHashing {

  private static final String DUMMY_PASSWORD = "not-a-password-of-anyone";

  @Inject Pbkdf2PasswordHash pbkdf2;

  private String dummyHash;

  private final LongAdder derivations = new LongAdder();
  private final LongAdder checks = new LongAdder();

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    dummyHash = pbkdf2.generate(DUMMY_PASSWORD.toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    checks.increment();
    derivations.increment();
    return pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /**
   * Spends the time of one verification, so an unknown user name answers as slowly as a known one.
   */
  public void spendVerificationTime(String password) {
    derivations.increment();
    pbkdf2.verify(password.toCharArray(), dummyHash);
  }

  /**
   * How many password checks (real or dummy) this instance has run: each costs one PBKDF2
   * derivation, which is what makes every login answer take the same time.
   */
  public long derivations() {
    return derivations.sum();
  }

  /** How many passwords this instance has checked against a user's real hash. */
  public long checks() {
    return checks.sum();
  }
}
