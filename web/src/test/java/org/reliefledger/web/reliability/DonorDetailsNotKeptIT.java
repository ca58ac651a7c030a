package org.reliefledger.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefledger.web.it.ApiClient;
import org.reliefledger.web.it.LeakSearch;
import org.reliefledger.web.it.XlsxText;

/**
 * {@code RELIEF_KEEP_DONOR_DETAILS=false} on the shipped jar, end to end: a donation recorded with
 * a named donor keeps nothing of the donor. The API says {@code NOT_KEPT} and answers 410 for the
 * donor; neither the donor report, the server's log, nor the database read from outside after the
 * server stopped (every byte of the H2 file, or pg_dump) holds the name or e-mail, and no donor key
 * exists. Once per build, like the crash test: on PostgreSQL when configured, else on H2.
 */
class DonorDetailsNotKeptIT {

  private static final String DONOR_NAME = "Qznotkept Donorsdottir";
  private static final String DONOR_EMAIL = "qznotkept@canary.example";
  private static final List<String> CANARIES = List.of("qznotkept", "Donorsdottir");
  private static final String TREASURER = "notkept-treasurer";
  private static final String PASSWORD = "notkept-password-1";

  @Test
  void aNamedDonationKeepsNothingOfItsDonor() throws Exception {
    Path work = Files.createTempDirectory(Path.of("target"), "it-notkept-");
    JarDatabase database = JarDatabase.oncePerBuild(work, "relief_notkept_");
    var environment = new HashMap<>(database.environment());
    environment.put("RELIEF_KEEP_DONOR_DETAILS", "false");
    try {
      ServerProcess server = ServerProcess.start(work, environment);
      try {
        ApiClient treasurer =
            ApiClient.anonymous(server.base())
                .as("admin", ServerProcess.ADMIN_PASSWORD)
                .newUser(TREASURER, PASSWORD, "TREASURER");
        var donation =
            treasurer.post(
                "donations",
                "{\"date\":\""
                    + LocalDate.now(ZoneOffset.UTC)
                    + "\",\"amount\":\"35.00\",\"fund\":\"GENERAL\",\"depositAccount\":\"1000\","
                    + "\"method\":\"CARD\",\"donor\":{\"name\":\""
                    + DONOR_NAME
                    + "\",\"email\":\""
                    + DONOR_EMAIL
                    + "\"}}");
        assertThat(donation.status()).as(donation.toString()).isEqualTo(201);
        assertThat(donation.json().getString("donorDetails")).isEqualTo("NOT_KEPT");
        var donor = treasurer.get("donations/" + donation.json().getJsonNumber("id") + "/donor");
        assertThat(donor.status()).as(donor.toString()).isEqualTo(410);
        var report = treasurer.get("reports/donor-monthly?month=" + YearMonth.now(ZoneOffset.UTC));
        assertThat(report.status()).isEqualTo(200);
        LeakSearch.assertNoneIn(XlsxText.of(report.body()), CANARIES);
      } finally {
        server.stop();
      }
      LeakSearch.assertNoneIn(Files.readString(work.resolve("server.log")), CANARIES);
      String stored =
          database.postgresName() != null
              ? LeakSearch.pgDump(database.url(), database.user(), database.password())
              : LeakSearch.h2Files(work.resolve("data"));
      assertThat(stored).as("the search reads the real data").contains(TREASURER);
      LeakSearch.assertNoneIn(stored, CANARIES);
      try (Connection connection = database.connect();
          Statement statement = connection.createStatement();
          ResultSet counts =
              statement.executeQuery(
                  "SELECT (SELECT COUNT(*) FROM donor_key),"
                      + " (SELECT COUNT(*) FROM donation WHERE donor_details = 'NOT_KEPT')")) {
        counts.next();
        assertThat(counts.getLong(1)).as("donor keys").isZero();
        assertThat(counts.getLong(2)).as("donations whose donor was not kept").isEqualTo(1);
      }
    } finally {
      database.drop();
    }
  }
}
