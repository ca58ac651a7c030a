package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import java.net.URL;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation in a real Payara Micro: start-up with migrations, the first administrator, users
 * and roles over HTTP Basic, and errors as the contract says.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @Deployment
  static WebArchive deployment() {
    return ReliefDeployment.war(PlatformIT.class);
  }

  @ArquillianResource URL base;

  @Resource(lookup = "java:app/jdbc/relief")
  DataSource dataSource;

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
    for (int attempt = 0; attempt < 7; attempt++) {
      assertThat(guesser.get("users").status()).isEqualTo(401);
    }
    var owner = ApiClient.anonymous(base).as(name, "right-password-1");
    assertThat(owner.get("users").status())
        .as("the pause holds even for the right password")
        .isEqualTo(401);
    assertThat(admin.get("users").status()).as("other users are not slowed").isEqualTo(200);
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
