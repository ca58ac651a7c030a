package org.reliefledger.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The real {@code relief-ledger.jar} started as a child process, as an operator would start it. */
final class Server implements AutoCloseable {

  static final String ADMIN_PASSWORD = "bench-admin-password";

  private final Process process;
  private final URI api;
  private final Duration startup;
  private final Path workDir;

  private Server(Process process, URI api, Duration startup, Path workDir) {
    this.process = process;
    this.api = api;
    this.startup = startup;
    this.workDir = workDir;
  }

  /** Starts the jar on {@code databaseUrl} and waits until {@code GET /health} answers 200. */
  static Server start(Path jar, String databaseUrl, Path workDir)
      throws IOException, InterruptedException {
    int port = freePort();
    Files.createDirectories(workDir);
    var builder =
        new ProcessBuilder(
                List.of(
                    "java",
                    "-Djava.io.tmpdir=" + workDir,
                    "-jar",
                    jar.toString(),
                    "--port",
                    String.valueOf(port)))
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("server.log").toFile());
    builder.environment().put("RELIEF_DATA_DIR", workDir.resolve("data").toString());
    builder.environment().put("RELIEF_DB_URL", databaseUrl);
    builder.environment().put("RELIEF_DB_USER", Databases.USER);
    builder.environment().put("RELIEF_DB_PASSWORD", Databases.PASSWORD);
    builder.environment().put("RELIEF_ADMIN_PASSWORD", ADMIN_PASSWORD);
    long begin = System.nanoTime();
    Process process = builder.start();
    URI api = URI.create("http://127.0.0.1:" + port + "/api/v1/");
    // HTTP/1.1: Payara Micro answers an h2c upgrade request with 404.
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long deadline = begin + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server stopped; see " + workDir + "/server.log");
      }
      try {
        var health =
            http.send(
                HttpRequest.newBuilder(api.resolve("health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return new Server(process, api, Duration.ofNanos(System.nanoTime() - begin), workDir);
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the server was not healthy within 5 minutes");
  }

  URI api() {
    return api;
  }

  /** From starting the process to the first healthy answer. */
  Duration startup() {
    return startup;
  }

  /** Resident set size now, in MB, from /proc. */
  double residentMb() throws IOException {
    return procStatusMb("VmRSS:");
  }

  /** The largest resident set size so far, in MB, from /proc. */
  double peakResidentMb() throws IOException {
    return procStatusMb("VmHWM:");
  }

  private double procStatusMb(String field) throws IOException {
    for (String line :
        Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith(field)) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    throw new IllegalStateException(field + " not in /proc status");
  }

  @Override
  public void close() throws InterruptedException, IOException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    try (var files = Files.walk(workDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static Path jar() {
    Path jar = Path.of(Databases.env("RELIEF_BENCH_JAR", "web/target/relief-ledger.jar"));
    if (!new File(jar.toString()).isFile()) {
      throw new IllegalStateException(
          jar + " is missing: build it with mvn -B package -DskipTests");
    }
    return jar;
  }
}
