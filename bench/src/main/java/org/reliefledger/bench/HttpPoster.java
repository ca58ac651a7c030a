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
import java.util.stream.Collectors;

/**
 * Posts the benchmark's entries to {@code POST /api/v1/journal-entries} as a treasurer; also the
 * HTTP client the other HTTP benchmarks send through.
 */
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
    createUser(TREASURER, TREASURER_PASSWORD, "TREASURER");
  }

  /** Creates a user through {@code POST /users} as the administrator. */
  void createUser(String username, String password, String... roles) {
    String roleList =
        List.of(roles).stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
    expect(
        201,
        send(
            "POST",
            "users",
            basic("admin", Server.ADMIN_PASSWORD),
            "{\"username\":\""
                + username
                + "\",\"password\":\""
                + password
                + "\",\"roles\":["
                + roleList
                + "]}"));
  }

  /** The treasurer's credentials, for other requests a treasurer makes. */
  static String treasurer() {
    return basic(TREASURER, TREASURER_PASSWORD);
  }

  Load.Worker poster(List<String> funds) {
    String treasurer = treasurer();
    return () -> {
      int status =
          send("POST", "journal-entries", treasurer, Postings.next(funds).json()).statusCode();
      if (status == 201) {
        return Load.Outcome.POSTED;
      }
      if (status == 422) {
        return Load.Outcome.REFUSED;
      }
      throw new IllegalStateException("HTTP " + status);
    };
  }

  HttpResponse<String> send(String method, String path, String authorization, String json) {
    try {
      return http.send(
          HttpRequest.newBuilder(api.resolve(path))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", authorization)
              .header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(json))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The body of {@code response}, or an exception naming the status when it is not expected. */
  static String expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.request().uri().getPath()
              + ": HTTP "
              + response.statusCode());
    }
    return response.body();
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
