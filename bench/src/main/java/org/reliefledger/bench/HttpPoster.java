package org.reliefledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** Posts the benchmark's entries to {@code POST /api/v1/journal-entries} as a treasurer. */
final class HttpPoster {

  static final String TREASURER = "bench-treasurer";
  private static final String TREASURER_PASSWORD = "bench-treasurer-password";

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI api;

  HttpPoster(URI api) {
    this.api = api;
  }

  /** Creates the treasurer the workers sign in as, through {@code POST /users}. */
  void createTreasurer() {
    int status =
        send(
                "users",
                basic("admin", Server.ADMIN_PASSWORD),
                "{\"username\":\""
                    + TREASURER
                    + "\",\"password\":\""
                    + TREASURER_PASSWORD
                    + "\",\"roles\":[\"TREASURER\"]}")
            .statusCode();
    if (status != 201) {
      throw new IllegalStateException("could not create the treasurer: HTTP " + status);
    }
  }

  Load.Worker poster(List<String> funds) {
    String treasurer = basic(TREASURER, TREASURER_PASSWORD);
    return () -> {
      int status = send("journal-entries", treasurer, Postings.next(funds).json()).statusCode();
      if (status == 201) {
        return Load.Outcome.POSTED;
      }
      if (status == 422) {
        return Load.Outcome.REFUSED;
      }
      throw new IllegalStateException("HTTP " + status);
    };
  }

  private HttpResponse<String> send(String path, String authorization, String json) {
    try {
      return http.send(
          HttpRequest.newBuilder(api.resolve(path))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", authorization)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
