package org.reliefledger.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.reliefledger.cases.vault.KeyringFile;
import org.reliefledger.cases.vault.MasterKeyring;
import org.reliefledger.web.it.ApiClient;

/**
 * {@code RELIEF_DEMO=true} on the shipped jar and an empty database gives the demo fund the README
 * promises: the demo users sign in over the API and find the funds (with the restricted {@code
 * RENT-GRANT}), requests in every state, a verified chain and a zero trial balance.
 *
 * <p>On PostgreSQL (RELIEF_TEST_PG_URL, a fresh database of its own) two instances start at once on
 * the one empty database, as a scaled-out installation does, and the fund must be there exactly
 * once. They share one vault key file, as the vault documentation asks of several instances. On H2
 * (an embedded file only one process can open) one instance starts.
 */
class DemoDataIT {

  private static final String PASSWORD = "demo-password-1";
  private static final int DEMO_USERS = 7;
  private static final int GIFTS_AND_PAYMENTS = 8;

  @Test
  void anEmptyDatabaseIsFilledWithTheDemoFundExactlyOnce() throws Exception {
    boolean postgres = JarDatabase.postgresRun();
    Path work = Files.createTempDirectory(Path.of("target"), "it-demo-");
    JarDatabase database = JarDatabase.freshForThisRun("relief_demo_", work.resolve("data"));
    Path keyFile = work.resolve("vault.key");
    new KeyringFile(keyFile).write(MasterKeyring.generate());
    var environment = new HashMap<>(database.environment());
    environment.put("RELIEF_DEMO", "true");
    environment.put("RELIEF_VAULT_KEY_FILE", keyFile.toString());
    List<ServerProcess> servers = List.of();
    try {
      servers = startTogether(work, environment, postgres ? 2 : 1);
      for (ServerProcess server : servers) {
        assertDemoFund(server);
      }
    } finally {
      for (ServerProcess server : servers) {
        server.stop();
      }
      database.drop();
    }
  }

  /** Starts the instances at the same time; if one fails, stops the others before failing. */
  private static List<ServerProcess> startTogether(
      Path work, Map<String, String> environment, int instances) throws InterruptedException {
    ExecutorService starters = Executors.newFixedThreadPool(instances);
    var starting = new ArrayList<Future<ServerProcess>>();
    for (int i = 0; i < instances; i++) {
      Path instanceDir = work.resolve("instance-" + i);
      starting.add(starters.submit(() -> ServerProcess.start(instanceDir, environment)));
    }
    starters.shutdown();
    var started = new ArrayList<ServerProcess>();
    AssertionError failed = null;
    for (Future<ServerProcess> server : starting) {
      try {
        started.add(server.get());
      } catch (ExecutionException e) {
        failed = new AssertionError("an instance did not start; see " + work, e.getCause());
      }
    }
    if (failed != null) {
      for (ServerProcess server : started) {
        server.stop();
      }
      throw failed;
    }
    return started;
  }

  private static void assertDemoFund(ServerProcess server) {
    var users = as(server, "demo-admin").get("users?limit=100");
    assertThat(users.status()).as(users.toString()).isEqualTo(200);
    assertThat(users.json().getInt("total"))
        .as("admin and the demo users")
        .isEqualTo(DEMO_USERS + 1);

    ApiClient treasurer = as(server, "demo-treasurer");
    JsonObject grant = fund(treasurer, "RENT-GRANT");
    assertThat(grant.getBoolean("restricted")).isTrue();
    assertThat(grant.getJsonArray("allowedCategories").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactlyInAnyOrder("RENT", "UTILITIES");
    // 6,000.00 granted, 850.00 rent paid, 180.00 utilities approved and held.
    assertThat(grant.getString("balance")).isEqualTo("5150.00");
    assertThat(grant.getString("held")).isEqualTo("180.00");
    assertThat(grant.getString("available")).isEqualTo("4970.00");
    assertThat(fund(treasurer, "GENERAL").getString("balance")).isEqualTo("2100.00");

    ApiClient member = as(server, "demo-committee-2");
    assertThat(requests(member, "OPEN")).isEqualTo(2);
    assertThat(requests(member, "APPROVED")).isEqualTo(1);
    assertThat(requests(member, "PAID")).isEqualTo(1);
    assertThat(requests(member, "REJECTED")).isEqualTo(1);
    assertThat(requests(as(server, "demo-intake"), null)).isEqualTo(5);

    var areas = as(server, "demo-intake").get("areas");
    assertThat(areas.status()).as(areas.toString()).isEqualTo(200);
    assertThat(areas.json().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(area -> area.getString("code") + (area.getBoolean("retired") ? " retired" : ""))
        .containsExactly("DOWNTOWN", "EASTSIDE", "NORTH-HILL", "OLD-MARKET retired", "RIVERSIDE");

    ApiClient auditor = as(server, "demo-auditor");
    var verification = auditor.get("ledger/verify");
    assertThat(verification.status()).as(verification.toString()).isEqualTo(200);
    assertThat(verification.json().getBoolean("valid")).isTrue();
    assertThat(verification.json().getInt("entries")).isEqualTo(GIFTS_AND_PAYMENTS);
    var trial = auditor.get("reports/trial-balance?asOf=2200-12-31");
    assertThat(trial.status()).as(trial.toString()).isEqualTo(200);
    assertThat(trial.json().getString("totalDebit"))
        .isEqualTo(trial.json().getString("totalCredit"))
        .isNotEqualTo("0.00");
  }

  private static JsonObject fund(ApiClient client, String code) {
    var funds = client.get("funds");
    assertThat(funds.status()).as(funds.toString()).isEqualTo(200);
    return funds.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(fund -> fund.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no fund " + code));
  }

  private static int requests(ApiClient client, String status) {
    var list = client.get("disbursement-requests" + (status == null ? "" : "?status=" + status));
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.json().getInt("total");
  }

  private static ApiClient as(ServerProcess server, String user) {
    return ApiClient.anonymous(server.base()).as(user, PASSWORD);
  }
}
