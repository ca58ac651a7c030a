package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Account management over HTTP and in Chromium: disabling a user ends its sessions and refuses its
 * credentials (remembered ones too), a password reset gives a one-time password that only serves to
 * choose a new one, own password changes and sign-out everywhere, sensitive roles that wait for a
 * second administrator, and the audit trail of all of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsIT {

  private static final String PASSWORD = Team.PASSWORD;

  private static WebDriver browser;

  @ArquillianResource URL base;

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  @Test
  void aDisabledUserIsRefusedAtOnceEvenWithRememberedCredentialsAndEnablingLetsThemBackIn() {
    var admin = anonymous().asAdmin();
    String name = unique("treasurer-");
    var treasurer = admin.newUser(name, PASSWORD, "TREASURER");
    assertThat(treasurer.get("funds").status()).isEqualTo(200);

    var disabled = admin.post("users/" + name + "/disable", "");
    assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
    assertThat(disabled.json().getBoolean("enabled")).isFalse();
    // The check of these credentials was remembered a moment ago; it no longer counts.
    assertThat(treasurer.get("funds").status()).isEqualTo(401);
    assertThat(treasurer.get("users/me").status()).isEqualTo(401);

    assertThat(admin.post("users/" + name + "/enable", "").status()).isEqualTo(200);
    assertThat(treasurer.get("funds").status()).isEqualTo(200);

    assertThat(admin.post("users/admin/disable", "").status()).isEqualTo(409);
    assertThat(admin.post("users/nobody-" + shortId() + "/disable", "").status()).isEqualTo(404);
    assertThat(treasurer.post("users/" + name + "/disable", "").status()).isEqualTo(403);
    assertThat(audited("USER_DISABLED", name)).isTrue();
    assertThat(audited("USER_ENABLED", name)).isTrue();
  }

  @Test
  void aResetPasswordWorksOnlyToChooseANewOne() {
    var admin = anonymous().asAdmin();
    String name = unique("auditor-");
    var before = admin.newUser(name, PASSWORD, "AUDITOR");
    assertThat(before.get("ledger/verify").status()).isEqualTo(200);

    var reset = admin.post("users/" + name + "/password-reset", "");
    assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
    String oneTime = reset.json().getString("oneTimePassword");
    assertThat(oneTime).hasSize(23);
    assertThat(before.get("ledger/verify").status()).as("the old password").isEqualTo(401);

    var withOneTime = anonymous().as(name, oneTime);
    var refused = withOneTime.get("ledger/verify");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().getString("error")).isEqualTo("password_change_required");
    assertThat(withOneTime.get("users/me").status()).isEqualTo(403);

    String chosen = "chosen-after-reset-" + shortId();
    assertThat(withOneTime.put("users/me/password", passwordChange("wrong-" + oneTime, chosen)))
        .extracting(ApiClient.Reply::status)
        .isEqualTo(422);
    assertThat(withOneTime.put("users/me/password", passwordChange(oneTime, oneTime)).status())
        .isEqualTo(422);
    var changed = withOneTime.put("users/me/password", passwordChange(oneTime, chosen));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

    assertThat(withOneTime.get("ledger/verify").status())
        .as("the one-time password")
        .isEqualTo(401);
    assertThat(anonymous().as(name, chosen).get("ledger/verify").status()).isEqualTo(200);
    assertThat(admin.post("users/admin/password-reset", "").status()).isEqualTo(409);
    assertThat(audited("PASSWORD_RESET", name)).isTrue();
    assertThat(audited("PASSWORD_CHANGED", name)).isTrue();
  }

  @Test
  void grantingAdminOrIntakeWaitsForASecondAdministrator() {
    var admin = anonymous().asAdmin();
    var secondAdmin = Team.secondAdmin(admin);
    String name = unique("committee-");
    var member = admin.newUser(name, PASSWORD, "COMMITTEE");

    var proposed = admin.put("users/" + name + "/roles", roles("COMMITTEE", "ADMIN"));
    assertThat(proposed.status()).as(proposed.toString()).isEqualTo(202);
    long grant = proposed.json().getJsonObject("grant").getJsonNumber("id").longValue();
    assertThat(member.get("users").status()).as("not an administrator yet").isEqualTo(403);
    assertThat(admin.get("users/role-grants").text()).contains(name);

    assertThat(confirm(admin, grant).status()).as("by its proposer").isEqualTo(403);
    assertThat(confirm(member, grant).status()).as("by its receiver").isEqualTo(403);
    var confirmed = confirm(secondAdmin, grant);
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirm(secondAdmin, grant).status()).isEqualTo(409);
    // Its remembered credentials carried the old roles; the confirmation ended them.
    assertThat(member.get("users").status()).isEqualTo(200);

    assertThat(admin.put("users/" + name + "/roles", roles("ADMIN", "INTAKE")).status())
        .isEqualTo(422);
    var withdrawn = admin.put("users/" + name + "/roles", roles("COMMITTEE"));
    assertThat(withdrawn.status()).as("taking away is at once").isEqualTo(200);
    assertThat(member.get("users").status()).isEqualTo(403);

    var intake = admin.put("users/" + name + "/roles", roles("COMMITTEE", "INTAKE"));
    assertThat(intake.status()).isEqualTo(202);
    long intakeGrant = intake.json().getJsonObject("grant").getJsonNumber("id").longValue();
    var otherMember = admin.newUser(unique("committee-"), PASSWORD, "COMMITTEE");
    assertThat(confirm(otherMember, intakeGrant).json().getString("error"))
        .as("a committee member, while another administrator exists")
        .isEqualTo("admin_required");
    assertThat(confirm(secondAdmin, intakeGrant).status()).isEqualTo(200);
    assertThat(member.post("cases", "{}").status()).as("intake now").isNotIn(401, 403);

    var created = admin.post("users", newUser(unique("admin-"), "ADMIN", "AUDITOR"));
    assertThat(created.status()).as("a new administrator too").isEqualTo(202);
    assertThat(created.json().getJsonObject("user").getJsonArray("roles").toString())
        .isEqualTo("[\"AUDITOR\"]");
    assertThat(audited("ROLE_GRANT_PROPOSED", null)).isTrue();
    assertThat(audited("ROLE_GRANT_CONFIRMED", null)).isTrue();
    assertThat(audited("ROLES_CHANGED", name)).isTrue();
  }

  @Test
  void anAdministratorDisablesAUserOnTheScreenAndTheirSessionEnds() {
    startBrowser();
    var admin = anonymous().asAdmin();
    String name = unique("committee-");
    var member = admin.newUser(name, PASSWORD, "COMMITTEE");
    signIn(name, PASSWORD);
    Cookie membersSession = browser.manage().getCookieNamed("JSESSIONID");
    browser.manage().deleteAllCookies();

    signIn(ReliefDeployment.ADMIN, ReliefDeployment.ADMIN_PASSWORD);
    open("/admin/users.xhtml");
    submitVia(button("disable", name));
    assertThat(text("notices")).contains(name);
    assertThat(browser.findElements(By.cssSelector(button("enable", name)))).hasSize(1);
    assertThat(member.get("users/me").status()).isEqualTo(401);

    browser.manage().deleteAllCookies();
    open("/login.xhtml");
    browser.manage().addCookie(membersSession);
    open("/committee/requests.xhtml");
    assertThat(path()).as("the member's session ended").isEqualTo("/login.xhtml");
    signInExpectingRefusal(name, PASSWORD);
  }

  @Test
  void aResetPasswordForcesAChangeAtTheNextSignInOnTheScreens() {
    startBrowser();
    var admin = anonymous().asAdmin();
    String name = unique("treasurer-");
    admin.newUser(name, PASSWORD, "TREASURER");

    signIn(ReliefDeployment.ADMIN, ReliefDeployment.ADMIN_PASSWORD);
    open("/admin/users.xhtml");
    submitVia(button("reset", name));
    assertThat(text("one-time-user")).isEqualTo(name);
    String oneTime = text("one-time-password");
    open("/admin/users.xhtml");
    assertThat(browser.findElements(By.id("one-time-password"))).as("shown once").isEmpty();
    browser.manage().deleteAllCookies();

    signIn(name, oneTime);
    assertThat(path()).isEqualTo("/account.xhtml");
    assertThat(browser.findElement(By.id("change-required")).isDisplayed()).isTrue();
    open("/treasurer/dashboard.xhtml");
    assertThat(path()).as("nothing else before the change").isEqualTo("/account.xhtml");

    String chosen = "chosen-on-screen-" + shortId();
    typeInto("password:current", oneTime);
    typeInto("password:new", chosen);
    typeInto("password:repeated", chosen);
    submitVia("password:submit");
    assertThat(path()).isEqualTo("/treasurer/dashboard.xhtml");
    assertThat(anonymous().as(name, chosen).get("funds").status()).isEqualTo(200);

    open("/account.xhtml");
    submitVia("everywhere:submit");
    assertThat(path()).isEqualTo("/login.xhtml");
    assertThat(audited("SIGNED_OUT_EVERYWHERE", name)).isTrue();
  }

  @Test
  void signingOutEverywhereEndsAnotherSessionOfTheSameUser() {
    startBrowser();
    String name = unique("auditor-");
    var auditor = anonymous().asAdmin().newUser(name, PASSWORD, "AUDITOR");
    signIn(name, PASSWORD);
    open("/audit/events.xhtml");
    assertThat(path()).isEqualTo("/audit/events.xhtml");

    assertThat(auditor.post("users/me/sign-out-everywhere", "").status()).isEqualTo(204);
    open("/audit/events.xhtml");
    assertThat(path()).isEqualTo("/login.xhtml");
  }

  private static ApiClient.Reply confirm(ApiClient confirmer, long grant) {
    return confirmer.post("users/role-grants/" + grant + "/confirmation", "");
  }

  private ApiClient auditor;

  private boolean audited(String type, String objectId) {
    if (auditor == null) {
      auditor = anonymous().asAdmin().newUser(unique("auditor-"), PASSWORD, "AUDITOR");
    }
    var events = auditor.get("audit-events?type=" + type + "&limit=500");
    assertThat(events.status()).as(events.toString()).isEqualTo(200);
    return events.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .anyMatch(e -> objectId == null || objectId.equals(e.getString("objectId", null)));
  }

  private static String roles(String... roles) {
    return "{\"roles\":[\"" + String.join("\",\"", roles) + "\"]}";
  }

  private static String newUser(String name, String... roles) {
    return "{\"username\":\""
        + name
        + "\",\"password\":\""
        + PASSWORD
        + "\",\"roles\":[\""
        + String.join("\",\"", roles)
        + "\"]}";
  }

  private static String passwordChange(String current, String next) {
    return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}";
  }

  private ApiClient anonymous() {
    return ApiClient.anonymous(base);
  }

  private void startBrowser() {
    Assumptions.assumeTrue(
        Files.isExecutable(ScreensIT.CHROMIUM) && Files.isExecutable(ScreensIT.CHROMEDRIVER),
        "Browser tests SKIPPED: /usr/bin/chromium or /usr/bin/chromedriver is missing");
    if (browser == null) {
      browser = ScreensIT.startChromium(base);
    }
    browser.manage().deleteAllCookies();
  }

  private void signIn(String user, String password) {
    signInExpectingRefusal(user, password);
    assertThat(path()).as("signed in").isNotEqualTo("/login.xhtml");
  }

  private void signInExpectingRefusal(String user, String password) {
    open("/login.xhtml");
    typeInto("login:username", user);
    typeInto("login:password", password);
    submitVia("login:submit");
  }

  private static String button(String action, String user) {
    return "input[id$=':" + action + "'][data-user='" + user + "']";
  }

  /** Clicks a button (by id, or by CSS selector) and waits until the page is replaced. */
  private void submitVia(String idOrSelector) {
    WebElement page = browser.findElement(By.tagName("html"));
    By target = idOrSelector.contains("[") ? By.cssSelector(idOrSelector) : By.id(idOrSelector);
    browser.findElement(target).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> ScreensIT.isGone(page));
  }

  private void open(String page) {
    BrowserSteps.open(browser, base, page);
  }

  private String path() {
    return BrowserSteps.path(browser);
  }

  private String text(String id) {
    return BrowserSteps.text(browser, id);
  }

  private void typeInto(String id, String value) {
    BrowserSteps.typeInto(browser, id, value);
  }

  private static String unique(String prefix) {
    return prefix + shortId();
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
