package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API against hostile and careless clients, over HTTP only: every endpoint with every role and
 * without credentials answers what the contract allows; malformed, oversized, mistyped and random
 * input is never a 500 and writes nothing; one idempotency key sent a thousand times at once makes
 * one entry.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiRobustnessIT {

  private static final String PASSWORD = "robustness-it-password";
  private static final Set<String> ANY =
      Set.of("ADMIN", "TREASURER", "COMMITTEE", "INTAKE", "AUDITOR");
  private static final Set<String> BOOKKEEPERS = Set.of("TREASURER", "AUDITOR");
  private static final Set<String> TREASURER = Set.of("TREASURER");
  private static final Set<String> ADMIN = Set.of("ADMIN");
  private static final Set<String> AUDITOR = Set.of("AUDITOR");
  private static final Set<String> RULE_KEEPERS = Set.of("ADMIN", "COMMITTEE");
  private static final Set<String> INTAKE = Set.of("INTAKE");
  private static final Set<String> COMMITTEE = Set.of("COMMITTEE");
  private static final Set<String> CASE_READERS =
      Set.of("INTAKE", "COMMITTEE", "TREASURER", "AUDITOR");

  /** The endpoints whose writes {@link #rowCounts()} sees. */
  private static final Set<String> COUNTED =
      Set.of("accounts", "funds", "journal-entries", "donations", "grants", "users", "areas");

  /** The listed area the contract's case openings use. */
  private static final String MATRIX_AREA = "MATRIX";

  private static final Set<String> REQUESTERS = Set.of("INTAKE", "TREASURER");
  private static final Set<String> NOTE_READERS = Set.of("COMMITTEE", "TREASURER");

  @ArquillianResource URL base;

  private final Map<String, ApiClient> signedIn = new HashMap<>();

  /** One request of the contract and the roles that may make it. */
  record Call(String method, String path, Supplier<String> body, Set<String> roles) {

    ApiClient.Reply by(ApiClient client) {
      return switch (method) {
        case "GET" -> client.get(path);
        case "PUT" -> client.put(path, body.get());
        default -> client.post(path, body.get());
      };
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private static String donationEntry(String memo) {
    return "{\"date\":\"2026-04-01\",\"memo\":\""
        + memo
        + "\",\"postings\":["
        + "{\"account\":\"1000\",\"fund\":\"GENERAL\",\"debit\":\"10.00\"},"
        + "{\"account\":\"4000\",\"fund\":\"GENERAL\",\"credit\":\"10.00\"}]}";
  }

  private static final Supplier<String> NO_BODY = () -> "";

  /** Every endpoint on main; bodies are valid, so an allowed role gets past authorization. */
  private static List<Call> contract() {
    return List.of(
        new Call("GET", "accounts", NO_BODY, ANY),
        new Call(
            "POST",
            "accounts",
            () -> "{\"code\":\"" + unique("9") + "\",\"name\":\"Matrix\",\"type\":\"EXPENSE\"}",
            TREASURER),
        new Call("GET", "funds", NO_BODY, ANY),
        new Call(
            "POST",
            "funds",
            () ->
                "{\"code\":\""
                    + unique("M")
                    + "\",\"name\":\"Matrix\",\"restricted\":false,\"allowedCategories\":[]}",
            TREASURER),
        new Call("GET", "journal-entries", NO_BODY, BOOKKEEPERS),
        new Call("POST", "journal-entries", () -> donationEntry("Matrix"), TREASURER),
        new Call(
            "POST",
            "journal-entries/999999999/reversal",
            () -> "{\"date\":\"2026-04-02\",\"memo\":\"Matrix\"}",
            TREASURER),
        new Call(
            "POST",
            "donations",
            () ->
                "{\"date\":\"2026-04-01\",\"amount\":\"5.00\",\"fund\":\"GENERAL\","
                    + "\"depositAccount\":\"1000\",\"method\":\"CASH\"}",
            TREASURER),
        new Call(
            "POST",
            "grants",
            () ->
                "{\"date\":\"2026-04-01\",\"amount\":\"5.00\",\"fund\":\"GENERAL\","
                    + "\"depositAccount\":\"1000\",\"grantor\":\"Matrix foundation\"}",
            TREASURER),
        new Call("GET", "donations/999999999/donor", NO_BODY, TREASURER),
        new Call("GET", "reports/trial-balance", NO_BODY, BOOKKEEPERS),
        new Call("GET", "reports/donor-monthly?month=2026-03", NO_BODY, BOOKKEEPERS),
        new Call("GET", "reports/transparency?from=2026-01-01&to=2026-03-31", NO_BODY, BOOKKEEPERS),
        new Call("GET", "reports/transparency?quarter=2199-Q1", NO_BODY, BOOKKEEPERS),
        new Call("GET", "releases", NO_BODY, Set.of("TREASURER", "AUDITOR", "COMMITTEE")),
        new Call("POST", "releases/2199-01", () -> "{}", TREASURER),
        new Call("GET", "areas", NO_BODY, ANY),
        new Call("POST", "areas", () -> "{\"name\":\"Matrix " + unique("") + "\"}", ADMIN),
        new Call("POST", "areas/NO-SUCH-AREA/retirement", () -> "{}", ADMIN),
        new Call(
            "POST",
            "cases",
            () -> "{\"householdSize\":3,\"area\":\"" + MATRIX_AREA + "\",\"languages\":[\"es\"]}",
            INTAKE),
        new Call("GET", "cases/NO-SUCH-CASE", NO_BODY, CASE_READERS),
        // Refused bodies and unknown ids: an allowed role gets past authorization, nothing changes.
        new Call("POST", "disbursement-requests", () -> "{}", REQUESTERS),
        new Call("GET", "disbursement-requests", NO_BODY, CASE_READERS),
        new Call(
            "POST",
            "disbursement-requests/999999999/votes",
            () -> "{\"decision\":\"APPROVE\"}",
            COMMITTEE),
        new Call("POST", "disbursement-requests/999999999/recusal", () -> "{}", COMMITTEE),
        new Call("GET", "disbursement-requests/999999999/notes", NO_BODY, NOTE_READERS),
        new Call(
            "PUT",
            "disbursement-requests/999999999/payment-instructions",
            () -> "{\"payeeName\":\"Matrix Payee\",\"method\":\"CHECK\"}",
            INTAKE),
        new Call("GET", "disbursement-requests/999999999/payment-instructions", NO_BODY, TREASURER),
        new Call(
            "POST",
            "disbursement-requests/999999999/payment",
            () -> "{\"date\":\"2026-04-01\",\"fromAccount\":\"1000\",\"reference\":\"M\"}",
            TREASURER),
        new Call("GET", "voting-policy", NO_BODY, ADMIN),
        new Call("PUT", "voting-policy", () -> "{}", ADMIN),
        new Call("GET", "voting-policy/proposals", NO_BODY, RULE_KEEPERS),
        new Call(
            "POST", "voting-policy/proposals/999999999/confirmation", () -> "{}", RULE_KEEPERS),
        new Call("GET", "ledger/verify", NO_BODY, BOOKKEEPERS),
        new Call("GET", "exports/hledger?to=2026-01-01", NO_BODY, BOOKKEEPERS),
        new Call("GET", "exports/beancount?to=2026-01-01", NO_BODY, BOOKKEEPERS),
        new Call("GET", "audit-events?type=PII_READ", NO_BODY, AUDITOR),
        new Call("GET", "users", NO_BODY, ADMIN),
        new Call("POST", "backups", () -> "{}", ADMIN),
        new Call(
            "POST",
            "users",
            () ->
                "{\"username\":\""
                    + unique("matrix-").toLowerCase(Locale.ROOT)
                    + "\",\"password\":\""
                    + PASSWORD
                    + "\",\"roles\":[\"AUDITOR\"]}",
            ADMIN));
  }

  @BeforeEach
  void listTheMatrixArea() {
    ApiClient.anonymous(base).asAdmin().area(MATRIX_AREA, "Matrix");
  }

  @Test
  void everyEndpointAnswersEveryRoleAndStrangerAsTheContractSays() {
    var anonymous = ApiClient.anonymous(base);
    // Guessing pauses the guessed user's logins (up to 30 s): guess at a user of its own, so the
    // role users below are not paused once their remembered logins expire.
    String guessed = unique("robust-guessed-").toLowerCase(Locale.ROOT);
    anonymous.asAdmin().newUser(guessed, PASSWORD, "AUDITOR");
    var wrongPassword = anonymous.as(guessed, "not-the-password-1");
    var mismatches = new ArrayList<String>();
    for (Call call : contract()) {
      expect(mismatches, call, "no credentials", call.by(anonymous).status(), Set.of(401));
      expect(mismatches, call, "wrong password", call.by(wrongPassword).status(), Set.of(401));
      for (String role : ANY) {
        int status = call.by(as(role)).status();
        if (call.roles().contains(role)) {
          if (status == 401 || status == 403 || status >= 500) {
            mismatches.add(call + " as " + role + ": " + status + ", expected allowed");
          }
        } else {
          expect(mismatches, call, role, status, Set.of(403));
        }
      }
    }
    assertThat(anonymous.get("health").status()).isEqualTo(200);
    assertThat(mismatches).isEmpty();
  }

  private static void expect(
      List<String> mismatches, Call call, String who, int status, Set<Integer> allowed) {
    if (!allowed.contains(status)) {
      mismatches.add(call + " as " + who + ": " + status + ", expected " + allowed);
    }
  }

  /** A signed-in client with {@code role}, created through POST /users on first use. */
  private ApiClient as(String role) {
    return signedIn.computeIfAbsent(
        role,
        r -> {
          if (r.equals("ADMIN")) {
            return ApiClient.anonymous(base).asAdmin();
          }
          String name =
              unique("robust-" + r.toLowerCase(Locale.ROOT) + "-").toLowerCase(Locale.ROOT);
          return ApiClient.anonymous(base).asAdmin().newUser(name, PASSWORD, r);
        });
  }

  /** What the database holds, counted through the API. */
  private Map<String, Long> rowCounts() {
    var treasurer = as("TREASURER");
    var admin = as("ADMIN");
    return Map.of(
        "journal entries",
        treasurer.get("journal-entries?limit=1").json().getJsonNumber("total").longValue(),
        "users",
        admin.get("users?limit=1").json().getJsonNumber("total").longValue(),
        "accounts",
        (long) treasurer.get("accounts").json().getJsonArray("items").size(),
        "funds",
        (long) treasurer.get("funds").json().getJsonArray("items").size(),
        "areas",
        admin.get("areas?limit=1").json().getJsonNumber("total").longValue());
  }

  @Test
  void hostileInputIsAClientErrorNeverA500AndWritesNothing() {
    var random = new Random(20261122L);
    var failures = new ArrayList<String>();
    for (Call call : contract()) {
      if (!call.method().equals("POST")) {
        continue;
      }
      ApiClient client = as(call.roles().iterator().next());
      Map<String, Long> before = rowCounts();
      int accepted = 0;
      for (String body : Fuzz.bodies(call.body().get(), random)) {
        try {
          accepted += check(failures, call, body, client.post(call.path(), body));
        } catch (UncheckedIOException noAnswer) {
          failures.add(
              call + " with " + Fuzz.shorten(body) + ": no answer (" + noAnswer.getCause() + ")");
        }
      }
      for (String type : Fuzz.CONTENT_TYPES) {
        var request =
            client
                .request(call.path())
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(call.body().get()));
        accepted += check(failures, call, type, client.send(request));
      }
      accepted +=
          check(
              failures,
              call,
              "no content type",
              client.send(
                  client
                      .request(call.path())
                      .POST(HttpRequest.BodyPublishers.ofString(call.body().get()))));
      if (COUNTED.contains(call.path()) || call.path().endsWith("/reversal")) {
        Map<String, Long> after = rowCounts();
        long grown =
            after.entrySet().stream().mapToLong(e -> e.getValue() - before.get(e.getKey())).sum();
        if (grown != accepted) {
          failures.add(
              call
                  + ": "
                  + accepted
                  + " requests accepted but rows went "
                  + before
                  + " -> "
                  + after);
        }
      }
    }
    for (String query : Fuzz.QUERIES) {
      var reply = as("TREASURER").get(query);
      if (reply.status() >= 500) {
        failures.add("GET " + query + ": " + reply.status());
      }
    }
    assertThat(failures).isEmpty();
  }

  /** Records a 5xx (or a non-JSON error); returns 1 when the request was accepted (2xx). */
  private static int check(List<String> failures, Call call, String input, ApiClient.Reply reply) {
    if (reply.status() >= 500) {
      failures.add(call + " with " + Fuzz.shorten(input) + ": " + reply.status());
    } else if (reply.status() >= 400 && !reply.contentType().startsWith("application/json")) {
      failures.add(
          call + " with " + Fuzz.shorten(input) + ": " + reply.status() + " without a JSON error");
    }
    return reply.status() >= 200 && reply.status() < 300 ? 1 : 0;
  }

  @Test
  void aTenMegabyteBodyIsRefusedWith413AndWritesNothing() {
    var admin = as("ADMIN");
    long usersBefore = rowCounts().get("users");
    String name = unique("huge-").toLowerCase(Locale.ROOT);
    String huge =
        "{\"username\":\""
            + name
            + "\",\"password\":\""
            + PASSWORD
            + "\",\"roles\":[\"AUDITOR\"],\"padding\":\""
            + "x".repeat(10 * 1024 * 1024)
            + "\"}";

    var refused = admin.post("users", huge);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
    assertThat(refused.json().getString("error")).isEqualTo("payload_too_large");
    assertThat(rowCounts().get("users")).isEqualTo(usersBefore);
    assertThat(admin.get("users?limit=500").text()).doesNotContain(name);
  }

  @Test
  void oneIdempotencyKeySentAThousandTimesAtOnceMakesOneEntry() throws Exception {
    var treasurer = as("TREASURER");
    long before = rowCounts().get("journal entries");
    String key = UUID.randomUUID().toString();
    String body = donationEntry(unique("Storm "));
    ExecutorService pool = Executors.newFixedThreadPool(32);
    var replies = new ArrayList<Future<ApiClient.Reply>>();
    try {
      for (int i = 0; i < 1_000; i++) {
        replies.add(
            pool.submit(
                () -> treasurer.post("journal-entries", body, Map.of("Idempotency-Key", key))));
      }
      var ids = new java.util.HashSet<Long>();
      for (Future<ApiClient.Reply> reply : replies) {
        ApiClient.Reply answer = reply.get();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        ids.add(answer.json().getJsonNumber("id").longValue());
      }
      assertThat(ids).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(rowCounts().get("journal entries")).isEqualTo(before + 1);
  }
}
