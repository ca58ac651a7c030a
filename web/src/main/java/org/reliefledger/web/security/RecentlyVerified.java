package org.reliefledger.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a minute that a user name and password were right, so an API client sending HTTP
 * Basic on every request does not pay a full PBKDF2 check (hundreds of milliseconds) each time.
 * Only a keyed HMAC of the password is held, under a key that never leaves this process, with the
 * session generation the check was made under: whoever uses a remembered check compares that with
 * the database's, so a changed role or password, a disabled account or a sign-out everywhere takes
 * effect at once on every instance. Identical credentials arriving together share one check ({@link
 * #checkOnce}).
 */
@ApplicationScoped
public class RecentlyVerified {

  static final Duration LIFETIME = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(byte[] fingerprint, SignedIn who, Instant expires) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<?>> inFlight = new ConcurrentHashMap<>();
  private final SecretKeySpec key;

  public RecentlyVerified() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** Who these credentials were found to be, if they were checked within {@link #LIFETIME}. */
  public Optional<SignedIn> ifVerified(String username, String password) {
    Entry entry = entries.get(username);
    if (entry == null || Instant.now().isAfter(entry.expires())) {
      return Optional.empty();
    }
    return MessageDigest.isEqual(entry.fingerprint(), fingerprint(username, password))
        ? Optional.of(entry.who())
        : Optional.empty();
  }

  public void remember(String username, String password, SignedIn who) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(
        username, new Entry(fingerprint(username, password), who, Instant.now().plus(LIFETIME)));
  }

  public void forget(String username) {
    entries.remove(username);
  }

  /**
   * Runs {@code check} once for identical credentials that arrive together and gives every caller
   * its answer: an API client's first burst of parallel requests costs one password check (and one
   * turn of the login throttle), not one per request. Different passwords never share a check.
   */
  @SuppressWarnings("unchecked")
  public <T> T checkOnce(String username, String password, Supplier<T> check) {
    String key =
        username + '\0' + Base64.getEncoder().encodeToString(fingerprint(username, password));
    var mine = new CompletableFuture<T>();
    var running = (CompletableFuture<T>) inFlight.putIfAbsent(key, mine);
    if (running != null) {
      return running.join();
    }
    try {
      T answer = check.get();
      mine.complete(answer);
      return answer;
    } catch (RuntimeException failed) {
      mine.completeExceptionally(failed);
      throw failed;
    } finally {
      inFlight.remove(key, mine);
    }
  }

  private byte[] fingerprint(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
