package org.reliefledger.web.reliability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The shipped {@code relief-ledger.jar} as a child process: started like an operator starts it, and
 * killed the hard way ({@link Process#destroyForcibly()} is SIGKILL on Linux).
 */
final class ServerProcess {

  static final String ADMIN_PASSWORD = "crash-admin-password";
  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(12);

  private final Process process;
  private final URL base;

  private ServerProcess(Process process, URL base) {
    this.process = process;
    this.base = base;
  }

  /**
   * Starts the jar with the environment variables {@code environment} (database settings) and
   * {@code workDir} as data and temp directory; returns once {@code GET /health} answers 200.
   */
  static ServerProcess start(Path workDir, Map<String, String> environment)
      throws IOException, InterruptedException {
    File jar = new File(System.getProperty("relief.test.jar", "target/relief-ledger.jar"));
    if (!jar.isFile()) {
      throw new IllegalStateException(jar + " is missing: run the package phase first");
    }
    int port = freePort();
    Path tmp = Files.createDirectories(workDir.resolve("tmp"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                jar.getAbsolutePath(),
                "--port",
                String.valueOf(port)));
    var builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(workDir.resolve("server.log").toFile()));
    builder.environment().put("RELIEF_DATA_DIR", workDir.resolve("data").toString());
    builder.environment().put("RELIEF_ADMIN_PASSWORD", ADMIN_PASSWORD);
    builder.environment().putAll(environment);
    Process process = builder.start();
    URL base = URI.create("http://127.0.0.1:" + port + "/").toURL();
    // HTTP/1.1: Payara Micro answers an h2c upgrade request with 404.
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server exited; see " + workDir.resolve("server.log"));
      }
      try {
        var health =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return new ServerProcess(process, base);
        }
      } catch (IOException notListeningYet) {
        // keep polling
      }
      Thread.sleep(200);
    }
    process.destroyForcibly().waitFor();
    throw new IllegalStateException("the server was not healthy within " + STARTUP_LIMIT);
  }

  URL base() {
    return base;
  }

  /** SIGKILL: no shutdown hook, no orderly close of connections or files. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the killed server did not go away");
    }
  }

  /** An orderly stop (SIGTERM), so that the embedded database can be opened by the test. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill();
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
