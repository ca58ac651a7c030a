package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reliefledger.identity.boundary.Login;
import org.reliefledger.identity.boundary.Users;
import org.reliefledger.identity.control.PasswordHashing;
import org.reliefledger.identity.entity.LoginThrottle;
import org.reliefledger.identity.entity.Role;

/**
 * The foundation in a real Payara Micro: start-up with migrations, the first administrator, users
 * and roles over HTTP Basic, and errors as the contract says.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @ArquillianResource URL base;

  @Resource(lookup = "java:app/jdbc/relief")
  DataSource dataSource;

  @Inject Users users;

  @Inject PasswordHashing hashing;

  /** The request that runs an in-server test: it knows the port the server answers on. */
  @Inject HttpServletRequest runnerRequest;

  @Test
  void migrationsRanAndAllSucceeded() throws SQLException {
    try (var connection = dataSource.getConnection();
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "select count(*), sum(case when success then 1 else 0 end)"
                        + " from flyway_schema_history where version is not null")) {
      rows.next();
      assertThat(rows.getInt(1)).isPositive();
      assertThat(rows.getInt(2)).isEqualTo(rows.getInt(1));
    }
  }

  @Test
  @RunAsClient
  void healthNeedsNoCredentialsAndReportsTheDatabase() {
    var reply = ApiClient.anonymous(base).get("health");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getString("status")).isEqualTo("UP");
    assertThat(reply.json().getString("database")).isEqualTo("UP");
  }

  @Test
  @RunAsClient
  void everyOtherEndpointNeedsCredentials() {
    var anonymous = ApiClient.anonymous(base);
    assertThat(anonymous.get("users").status()).isEqualTo(401);
    assertThat(anonymous.get("no-such-thing").status()).isEqualTo(401);
    var wrong = anonymous.as(ReliefDeployment.ADMIN, "not-the-password");
    var refused = wrong.get("users");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().getString("error")).isEqualTo("unauthorized");
  }

  @Test
  @RunAsClient
  void adminCreatesTreasurerWhoMayNotManageUsers() {
    var admin = ApiClient.anonymous(base).asAdmin();
    String name = "treasurer-" + shortId();
    var created =
        admin.post(
            "users",
            "{\"username\":\""
                + name
                + "\",\"password\":\"a-long-password-1\",\"roles\":[\"TREASURER\"]}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().getString("username")).isEqualTo(name);
    assertThat(created.text()).doesNotContain("a-long-password-1").doesNotContain("PBKDF2");

    var treasurer = ApiClient.anonymous(base).as(name, "a-long-password-1");
    var forbidden = treasurer.get("users");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.json().getString("error")).isEqualTo("forbidden");

    var listed = admin.get("users?limit=500");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.text()).contains(name).doesNotContain("password");
    assertThat(listed.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);

    var duplicate =
        admin.post(
            "users",
            "{\"username\":\""
                + name
                + "\",\"password\":\"another-long-pass\",\"roles\":[\"AUDITOR\"]}");
    assertThat(duplicate.status()).isEqualTo(409);
  }

  @Test
  @RunAsClient
  void noAccountHoldsAdminAndIntakeTogether() {
    var admin = ApiClient.anonymous(base).asAdmin();
    String name = "both-" + shortId();

    var refused =
        admin.post(
            "users",
            "{\"username\":\""
                + name
                + "\",\"password\":\"a-long-password-1\",\"roles\":[\"INTAKE\",\"ADMIN\"]}");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.json().getString("error")).isEqualTo("roles_kept_apart");
    assertThat(refused.json().getString("field")).isEqualTo("roles");
    assertThat(refused.json().getString("message")).contains("ADMIN").contains("INTAKE");
    assertThat(ApiClient.anonymous(base).as(name, "a-long-password-1").get("users").status())
        .isEqualTo(401);
    assertThat(admin.get("users?limit=500").text()).doesNotContain(name);
  }

  @Test
  @RunAsClient
  void badInputIsAClientErrorNeverA500() {
    var admin = ApiClient.anonymous(base).asAdmin();
    var tooShort =
        admin.post(
            "users", "{\"username\":\"shorty\",\"password\":\"short\",\"roles\":[\"AUDITOR\"]}");
    assertThat(tooShort.status()).isEqualTo(422);
    assertThat(tooShort.json().getString("field")).isEqualTo("password");

    var unknownRole =
        admin.post(
            "users",
            "{\"username\":\"kingly\",\"password\":\"long-enough-password\",\"roles\":[\"KING\"]}");
    assertThat(unknownRole.status()).isEqualTo(400);

    assertThat(admin.post("users", "{\"username\":").status()).isEqualTo(400);
    assertThat(admin.post("users", "[1,2]").status()).isEqualTo(400);
    assertThat(admin.get("users?limit=abc").status()).isEqualTo(400);
    assertThat(admin.get("users?limit=0").status()).isEqualTo(422);
    assertThat(admin.get("no-such-thing").status()).isEqualTo(404);
    assertThat(admin.get("no-such-thing").json().getString("error")).isEqualTo("not_found");
  }

  @Test
  @RunAsClient
  void repeatedFailedLoginsPauseThatUserEvenWithTheRightPassword() {
    var admin = ApiClient.anonymous(base).asAdmin();
    String name = "auditor-" + shortId();
    admin.post(
        "users",
        "{\"username\":\""
            + name
            + "\",\"password\":\"right-password-1\",\"roles\":[\"AUDITOR\"]}");
    var guesser = ApiClient.anonymous(base).as(name, "wrong-password-1");
    for (int attempt = 0; attempt < 6; attempt++) {
      assertThat(guesser.get("users").status()).isEqualTo(401);
    }
    // Five failures are free, the sixth pauses the user 1 s; a guess after each pause doubles it,
    // so the owner below comes well inside a 4 s pause however slow this machine is.
    for (long pause : new long[] {1, 2}) {
      sleepSeconds(pause);
      assertThat(guesser.get("users").status()).isEqualTo(401);
    }
    var owner = ApiClient.anonymous(base).as(name, "right-password-1");
    assertThat(owner.get("users").status())
        .as("the pause holds even for the right password")
        .isEqualTo(401);
    assertThat(admin.get("users").status()).as("other users are not slowed").isEqualTo(200);
  }

  private static void sleepSeconds(long seconds) {
    try {
      Thread.sleep(seconds * 1000 + 300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aBurstOfParallelGuessesOverHttpChecksOnePasswordPerTurn() throws Exception {
    URL server = new URL("http", "127.0.0.1", runnerRequest.getLocalPort(), "/");
    var admin = ApiClient.anonymous(server).asAdmin();
    String name = "burst-" + shortId();
    assertThat(
            admin
                .post(
                    "users",
                    "{\"username\":\""
                        + name
                        + "\",\"password\":\"right-password-1\",\"roles\":[\"AUDITOR\"]}")
                .status())
        .isEqualTo(201);
    var guesses = new ArrayList<String>();
    for (int i = 0; i < 40; i++) {
      guesses.add("wrong-guess-" + i);
    }
    int right = 20;
    guesses.add(right, "right-password-1");
    long checksBefore = hashing.checks();
    long derivationsBefore = hashing.derivations();
    long started = System.nanoTime();

    List<Integer> statuses =
        inParallel(
            guesses.stream()
                .<Callable<Integer>>map(
                    guess ->
                        () -> ApiClient.anonymous(server).as(name, guess).get("accounts").status())
                .toList());

    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    long checks = hashing.checks() - checksBefore;
    boolean rightOneChecked = statuses.get(right) == 200;
    // Each check claims its turn before it runs: the free turns, then one per pause; a right
    // password, when its turn came, forgives the failures and so frees the free turns again.
    long allowed = turnsWithin(elapsed) + (rightOneChecked ? freeTurns() : 0);
    for (int i = 0; i < statuses.size(); i++) {
      assertThat(statuses.get(i)).as("guess " + i).isEqualTo(i == right ? statuses.get(i) : 401);
    }
    assertThat(statuses.get(right))
        .as("the right password is accepted only if its turn came, else it waits like a guess")
        .isIn(200, 401);
    assertThat(checks)
        .as(
            "41 parallel attempts in "
                + elapsed.toMillis()
                + " ms may check at most "
                + allowed
                + " passwords (right one checked: "
                + rightOneChecked
                + ")")
        .isPositive()
        .isLessThanOrEqualTo(allowed)
        .isLessThan(guesses.size());
    assertThat(hashing.derivations() - derivationsBefore)
        .as("every answer, checked or paused, costs one PBKDF2 derivation")
        .isEqualTo(guesses.size());
  }

  @Test
  void unknownNamesAndPausedUsersCostTheSameDerivationAsARealCheck() throws SQLException {
    String paused = "paused-" + shortId();
    String known = "known-" + shortId();
    users.createAtStart(paused, "right-password-1", Set.of(Role.AUDITOR));
    users.createAtStart(known, "right-password-1", Set.of(Role.AUDITOR));
    try (var connection = dataSource.getConnection();
        var pause =
            connection.prepareStatement(
                "update app_user set failed_logins = 9, locked_until = ? where username = ?")) {
      pause.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
      pause.setString(2, paused);
      assertThat(pause.executeUpdate()).isEqualTo(1);
    }
    var unknownTimes = new ArrayList<Long>();
    var pausedTimes = new ArrayList<Long>();
    var knownTimes = new ArrayList<Long>();
    for (int round = 0; round < 3; round++) {
      assertThat(timedLogin("nobody-" + shortId(), unknownTimes)).isInstanceOf(Login.Refused.class);
      assertThat(timedLogin(paused, pausedTimes)).isInstanceOf(Login.Paused.class);
      assertThat(timedLogin(known, knownTimes)).isInstanceOf(Login.Refused.class);
    }
    // A comparison, never an absolute time: without the dummy derivation an unknown name or a
    // paused user answers in milliseconds, a hundred times faster than a real check.
    long real = median(knownTimes);
    assertThat(median(unknownTimes)).as("unknown name vs real check, ns").isGreaterThan(real / 4);
    assertThat(median(pausedTimes)).as("paused user vs real check, ns").isGreaterThan(real / 4);
  }

  /** Logs in with a wrong password, adds the time taken, checks it cost one derivation. */
  private Login timedLogin(String username, List<Long> times) {
    long derivationsBefore = hashing.derivations();
    long started = System.nanoTime();
    Login outcome = users.login(username, "wrong-password-1");
    times.add(System.nanoTime() - started);
    assertThat(hashing.derivations() - derivationsBefore)
        .as(outcome + " costs one PBKDF2 derivation")
        .isEqualTo(1);
    return outcome;
  }

  private static long median(List<Long> times) {
    return times.stream().sorted().toList().get(times.size() / 2);
  }

  /** Password checks the throttle allows within {@code elapsed}, from no failures. */
  private static long turnsWithin(Duration elapsed) {
    long turns = 0;
    Duration waited = Duration.ZERO;
    for (int failures = 0; ; failures++) {
      waited = waited.plus(LoginThrottle.pauseAfter(failures));
      if (waited.compareTo(elapsed) > 0) {
        return turns;
      }
      turns++;
    }
  }

  private static long freeTurns() {
    return turnsWithin(Duration.ofMillis(1));
  }

  private static <T> List<T> inParallel(List<Callable<T>> work) throws Exception {
    var pool = Executors.newFixedThreadPool(work.size());
    try {
      var start = new CountDownLatch(1);
      var futures = new ArrayList<Future<T>>();
      for (Callable<T> each : work) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return each.call();
                }));
      }
      start.countDown();
      var results = new ArrayList<T>();
      for (var future : futures) {
        results.add(future.get(300, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @RunAsClient
  void theSessionCookieIsStrictHttpOnlyAndSecureBehindAnHttpsProxy() throws Exception {
    var plain = loginPage(Map.of());
    assertThat(plain.headers().allValues("Set-Cookie"))
        .singleElement()
        .satisfies(
            cookie ->
                assertThat(cookie)
                    .startsWith("JSESSIONID=")
                    .contains("HttpOnly")
                    .contains("SameSite=Strict")
                    .doesNotContain("Secure"));
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

    var proxied = loginPage(Map.of("X-Forwarded-Proto", "https"));
    assertThat(proxied.headers().allValues("Set-Cookie"))
        .singleElement()
        .satisfies(
            cookie ->
                assertThat(cookie)
                    .contains("HttpOnly")
                    .contains("Secure")
                    .contains("SameSite=Strict"));
    assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age="));
  }

  @Test
  @RunAsClient
  void redirectsBehindAnHttpsProxyStayOnHttps() throws Exception {
    // Found with Caddy in front: the sign-in redirect pointed the browser at http:// on the
    // proxy's TLS port, because the server took the scheme of its own plain connection.
    var plain = firstPage(Map.of());
    assertThat(plain.statusCode()).isEqualTo(302);
    assertThat(plain.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).startsWith("http://"));
    var proxied = firstPage(Map.of("X-Forwarded-Proto", "https"));
    assertThat(proxied.statusCode()).isEqualTo(302);
    assertThat(proxied.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).startsWith("https://"));
  }

  @Test
  @RunAsClient
  void neitherTheWadlNorAnyHeaderDescribesTheServer() throws Exception {
    var admin = ApiClient.anonymous(base).asAdmin();
    assertThat(admin.get("application.wadl").status()).isEqualTo(404);
    assertThat(admin.get("application.wadl?detail=true").status()).isEqualTo(404);
    for (var response :
        List.of(loginPage(Map.of()), loginPage(Map.of("X-Forwarded-Proto", "https")))) {
      assertThat(response.headers().firstValue("Server")).isEmpty();
      assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
    }
  }

  /** A fresh visit to the login page, which starts a session. */
  private HttpResponse<String> loginPage(Map<String, String> headers) throws Exception {
    return visit("login.xhtml", headers);
  }

  /** A fresh visit to the start page, which sends a stranger to sign in. */
  private HttpResponse<String> firstPage(Map<String, String> headers) throws Exception {
    return visit("", headers);
  }

  private HttpResponse<String> visit(String page, Map<String, String> headers) throws Exception {
    var request = HttpRequest.newBuilder(base.toURI().resolve(page));
    headers.forEach(request::header);
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
