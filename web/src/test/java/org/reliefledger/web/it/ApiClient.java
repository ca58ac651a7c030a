package org.reliefledger.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A small HTTP client for the API as a script or integration would use it. */
public final class ApiClient {

  /** HTTP/1.1 as curl speaks it: the shipped jar answers an h2c upgrade request with 404. */
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final URI api;
  private final String authorization;
  private final Map<String, String> everyRequestHeaders;

  private ApiClient(URI api, String authorization, Map<String, String> everyRequestHeaders) {
    this.api = api;
    this.authorization = authorization;
    this.everyRequestHeaders = everyRequestHeaders;
  }

  /** A client without credentials for the application deployed at {@code base}. */
  public static ApiClient anonymous(URL base) {
    return new ApiClient(URI.create(base.toString()).resolve("/api/v1/"), null, Map.of());
  }

  /**
   * This client, and every client derived from it, as if behind a proxy that reports {@code
   * address} as the client's (both {@code X-Forwarded-For} and RFC 7239 {@code Forwarded}).
   */
  public ApiClient forwardedFor(String address) {
    return new ApiClient(
        api,
        authorization,
        Map.of("X-Forwarded-For", address, "Forwarded", "for=\"" + address + "\";proto=http"));
  }

  public ApiClient as(String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new ApiClient(api, "Basic " + token, everyRequestHeaders);
  }

  public ApiClient asAdmin() {
    return as(ReliefDeployment.ADMIN, ReliefDeployment.ADMIN_PASSWORD);
  }

  /**
   * Creates the user {@code username} holding {@code role} through the API, with this client's (an
   * administrator's) credentials, and returns a client signed in as the new user.
   */
  public ApiClient newUser(String username, String password, String role) {
    Reply created =
        post(
            "users",
            "{\"username\":\""
                + username
                + "\",\"password\":\""
                + password
                + "\",\"roles\":[\""
                + role
                + "\"]}");
    if (created.status() != 201) {
      throw new AssertionError("could not create user " + username + ": " + created);
    }
    return as(username, password);
  }

  /**
   * Makes sure the area {@code code} is on the list, adding it with this client's (an
   * administrator's) credentials unless an earlier test of the run already did; returns the code.
   */
  public String area(String code, String name) {
    Reply added = post("areas", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}");
    if (added.status() != 201 && added.status() != 409) {
      throw new AssertionError("could not add area " + code + ": " + added);
    }
    return code;
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply post(String path, String json) {
    return post(path, json, Map.of());
  }

  public Reply post(String path, String json, Map<String, String> headers) {
    var request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return send(request);
  }

  public Reply put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    var request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    everyRequestHeaders.forEach(request::header);
    return request;
  }

  /** A status, the raw body and, for JSON, the parsed body. */
  public record Reply(int status, byte[] body, String contentType) {

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(text()))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return status + " " + text();
    }
  }
}
