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

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI api;
  private final String authorization;

  private ApiClient(URI api, String authorization) {
    this.api = api;
    this.authorization = authorization;
  }

  /** A client without credentials for the application deployed at {@code base}. */
  public static ApiClient anonymous(URL base) {
    return new ApiClient(URI.create(base.toString()).resolve("/api/v1/"), null);
  }

  public ApiClient as(String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new ApiClient(api, "Basic " + token);
  }

  public ApiClient asAdmin() {
    return as(ReliefDeployment.ADMIN, ReliefDeployment.ADMIN_PASSWORD);
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
