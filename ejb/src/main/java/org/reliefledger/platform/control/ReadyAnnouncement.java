package org.reliefledger.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Repeats a console message once the application answers HTTP. Payara Micro prints hundreds of
 * lines after the application's start-up code has run (endpoints, "ready in"), which would bury the
 * sign-in line a newcomer needs; repeated last, it is what the console ends with.
 */
@ApplicationScoped
public class ReadyAnnouncement {

  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);

  @Resource ManagedExecutorService executor;

  /**
   * Prints {@code message} now, and again as soon as the health endpoint on {@code port} answers.
   */
  public void announce(int port, String message) {
    System.out.println(message);
    executor.execute(() -> repeatWhenServing(port, message));
  }

  private static void repeatWhenServing(int port, String message) {
    var client = HttpClient.newBuilder().connectTimeout(POLL).build();
    var health =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(GIVE_UP_AFTER);
    try {
      while (Instant.now().isBefore(deadline)) {
        Thread.sleep(POLL.toMillis());
        if (answers(client, health)) {
          // Payara prints its own "ready" line just after it starts answering.
          Thread.sleep(POLL.toMillis());
          System.out.println(message);
          return;
        }
      }
    } catch (InterruptedException shuttingDown) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean answers(HttpClient client, HttpRequest health)
      throws InterruptedException {
    try {
      return client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notListeningYet) {
      return false;
    }
  }
}
