package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screens in a real headless Chromium against the deployed application: each role's landing, a
 * donation and a restricted grant raising funds' balances, a committee vote approving a request
 * that the treasurer then pays and whose month's donor report the browser downloads, the journal
 * filtered by fund and account and an entry reversed from it, the voting policy form, an intake
 * volunteer kept out of the treasurer console, and canary text typed into every free-text field of
 * the screens found nowhere an attacker looks while the treasurer pays from intake's sealed payment
 * instructions. Screenshots of every main screen go to {@code target/screenshots/}, downloads to
 * {@code target/downloads-*}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ScreensIT {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  static final Path DOWNLOADS = Path.of("target/downloads-" + shortId()).toAbsolutePath();
  static final String PASSWORD = "screens-password-1";
  static final Dimension DESKTOP = new Dimension(1280, 1000);
  static final Dimension PHONE = new Dimension(390, 844);

  private static WebDriver browser;

  @ArquillianResource URL base;

  private ApiClient admin;

  @BeforeEach
  void browser() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Browser tests SKIPPED: /usr/bin/chromium or /usr/bin/chromedriver is missing"
            + " (apt-get install chromium chromium-driver, or run .ci/run)");
    admin = ApiClient.anonymous(base).asAdmin();
    if (browser == null) {
      browser = startChromium(base);
    }
    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(DESKTOP);
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  @Test
  void everyRoleLandsOnItsOwnStartScreen() {
    var starts =
        List.of(
            List.of("TREASURER", "/treasurer/dashboard.xhtml", "treasurer-dashboard"),
            List.of("COMMITTEE", "/committee/requests.xhtml", "committee-open-requests"),
            List.of("INTAKE", "/intake/cases.xhtml", "intake-cases"),
            List.of("AUDITOR", "/ledger/journal.xhtml", "auditor-journal"),
            List.of("ADMIN", "/admin/users.xhtml", "admin-users"));
    for (List<String> start : starts) {
      String user = user(start.get(0));
      signIn(user);
      assertThat(path()).as(start.get(0)).isEqualTo(start.get(1));
      assertThat(text("signed-in-as")).contains(user);
      assertThat(browser.findElements(By.cssSelector(".notices .error"))).isEmpty();
      screenshot(start.get(2));
      signOut();
    }
  }

  @Test
  void theLoginPageSpeaksSpanishOnRequestAndRefusesAWrongPassword() {
    open("/login.xhtml");
    screenshot("login");
    submitVia("language:lang-es");
    assertThat(text("page-title")).isEqualTo("Iniciar sesión");
    browser.findElement(By.id("login:username")).sendKeys("nobody-" + shortId());
    browser.findElement(By.id("login:password")).sendKeys("not-the-password");
    submitVia("login:submit");
    assertThat(browser.findElement(By.id("login:messages")).getText())
        .contains("Usuario o contraseña incorrectos");
    screenshot("login-es-refused");
    submitVia("language:lang-en");
    assertThat(text("page-title")).isEqualTo("Sign in");
  }

  @Test
  void aDonationRaisesTheFundsBalanceOnTheDashboard() {
    String fund = fund();
    signIn(user("TREASURER"));
    long before = cents(fundFigure(fund, "posted"));

    submitVia("record-gift");
    typeInto("gift:amount", "250.00");
    new Select(browser.findElement(By.id("gift:fund"))).selectByValue(fund);
    new Select(browser.findElement(By.id("gift:method"))).selectByValue("CASH");
    screenshot("treasurer-record-donation");
    submitVia("gift:submit");

    assertThat(path()).isEqualTo("/treasurer/dashboard.xhtml");
    assertThat(text("notices")).contains("Donation recorded");
    assertThat(cents(fundFigure(fund, "posted"))).isEqualTo(before + 250_00);
    assertThat(cents(fundFigure(fund, "available"))).isEqualTo(before + 250_00);
    assertThat(text("chain-status")).isEqualTo("Verified");
    screenshot("treasurer-dashboard-after-donation");

    // Other tests share the database: the journal's first page need not reach today's entries.
    open("/ledger/journal.xhtml?fund=" + fund);
    assertThat(text("journal")).contains(fund).contains("250.00");
    screenshot("journal");
  }

  @Test
  void aBadAmountIsRefusedNextToItsField() {
    signIn(user("TREASURER"));
    open("/treasurer/gift.xhtml");
    typeInto("gift:amount", "12,50");
    submitVia("gift:submit");
    assertThat(text("gift:amount-error")).contains("125.00");
    assertThat(browser.findElement(By.id("gift:amount")).getAttribute("aria-invalid"))
        .isEqualTo("true");
  }

  @Test
  void aDateOutsideTheBooksIsRefusedNextToItsField() {
    signIn(user("TREASURER"));
    open("/treasurer/gift.xhtml");
    setValue("gift:date", "1899-12-31");
    typeInto("gift:amount", "5.00");
    submitVia("gift:submit");
    assertThat(path()).isEqualTo("/treasurer/gift.xhtml");
    assertThat(text("gift:date-error")).contains("1900-01-01").contains("2200-12-31");
  }

  @Test
  void aFormPostedWithAnotherSessionsViewStateLeadsToTheExpiredPage() throws Exception {
    String foreign = viewStateOfAnotherSession();
    open("/login.xhtml");
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                + ".forEach(field => field.value = arguments[0]);",
            foreign);
    browser.findElement(By.id("login:username")).sendKeys(ReliefDeployment.ADMIN);
    browser.findElement(By.id("login:password")).sendKeys(ReliefDeployment.ADMIN_PASSWORD);
    submitVia("login:submit");
    assertThat(path()).isEqualTo("/expired.xhtml");
    assertThat(text("page-title")).isEqualTo("Session ended");
  }

  /** The view state a stranger's visit to the login page gets: valid, but not in our session. */
  private String viewStateOfAnotherSession() throws Exception {
    String page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertThat(viewState.find()).as("a view state on the login page").isTrue();
    return viewState.group(1);
  }

  /** Sets a field's value as a script would, for values a date picker cannot type. */
  private void setValue(String id, String value) {
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  @Test
  void theManualEntryFormShowsTheRunningDifferenceAndPostsOnlyWhenBalanced() {
    String fund = fund();
    String treasurer = user("TREASURER");
    donate(api(treasurer), fund, "100.00");
    signIn(treasurer);
    open("/treasurer/entry.xhtml");
    typeInto("entry:memo", "Bank fee for the month");
    entryLine(0, "5100", fund, "12.00", null);
    entryLine(1, "1000", fund, null, "10.00");
    assertThat(text("difference")).isEqualTo("2.00");
    assertThat(text("balance-state")).isEqualTo("not balanced yet");
    browser.findElement(By.id("entry:submit")).click();
    assertThat(path()).as("an unbalanced form is held back").isEqualTo("/treasurer/entry.xhtml");
    screenshot("treasurer-manual-entry-unbalanced");

    typeInto("entry:rows:1:credit", "12.00");
    assertThat(text("difference")).isEqualTo("0.00");
    assertThat(text("balance-state")).isEqualTo("balanced");
    submitVia("entry:submit");
    assertThat(path()).isEqualTo("/ledger/journal.xhtml");
    assertThat(text("notices")).contains("posted");
    open("/ledger/journal.xhtml?fund=" + fund);
    assertThat(text("journal")).contains("Bank fee for the month");
  }

  private void entryLine(int row, String account, String fund, String debit, String credit) {
    String prefix = "entry:rows:" + row + ":";
    new Select(browser.findElement(By.id(prefix + "account"))).selectByValue(account);
    new Select(browser.findElement(By.id(prefix + "fund"))).selectByValue(fund);
    if (debit != null) {
      typeInto(prefix + "debit", debit);
    }
    if (credit != null) {
      typeInto(prefix + "credit", credit);
    }
  }

  /** Returns the id of the donation's journal entry. */
  private static long donate(ApiClient treasurer, String fund, String amount) {
    var gift =
        treasurer.post(
            "donations",
            "{\"date\":\""
                + LocalDate.now()
                + "\",\"amount\":\""
                + amount
                + "\",\"fund\":\""
                + fund
                + "\",\"depositAccount\":\"1000\",\"method\":\"CASH\"}");
    assertThat(gift.status()).as(gift.toString()).isEqualTo(201);
    return gift.json().getJsonNumber("journalEntryId").longValue();
  }

  @Test
  void aCommitteeMemberVotesARequestToApprovalAndTheTreasurerPaysIt() {
    String fund = fund();
    ApiClient treasurer = api(user("TREASURER"));
    donate(treasurer, fund, "1000.00");
    // The committee exists before the request opens: what a request needs depends on who may vote.
    String member = user("COMMITTEE");
    List<ApiClient> others = List.of(api(user("COMMITTEE")), api(user("COMMITTEE")));
    ApiClient intake = api(user("INTAKE"));
    String riverside = admin.area("RIVERSIDE", "Riverside");
    var opened =
        intake.post(
            "cases",
            "{\"householdSize\":4,\"area\":\"" + riverside + "\",\"languages\":[\"es\",\"ht\"]}");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    var request =
        intake.post(
            "disbursement-requests",
            "{\"case\":\""
                + opened.json().getString("code")
                + "\",\"category\":\"RENT\",\"amount\":\"300.00\",\"fund\":\""
                + fund
                + "\",\"payee\":\"LANDLORD\",\"justification\":\"Two months behind on rent\"}");
    assertThat(request.status()).as(request.toString()).isEqualTo(201);
    long id = request.json().getJsonNumber("id").longValue();
    int needed = request.json().getInt("votesNeeded");
    assertThat(needed).isBetween(1, others.size() + 1);
    for (ApiClient other : others.subList(0, needed - 1)) {
      var cast = other.post("disbursement-requests/" + id + "/votes", "{\"decision\":\"APPROVE\"}");
      assertThat(cast.status()).as(cast.toString()).isEqualTo(200);
    }

    browser.manage().window().setSize(PHONE);
    signIn(member);
    assertThat(path()).isEqualTo("/committee/requests.xhtml");
    WebElement card = browser.findElement(By.id("request-" + id));
    assertThat(card.getText())
        .contains("300.00")
        .contains("Rent")
        .contains("Riverside")
        .doesNotContain(riverside);
    assertThat(card.findElement(By.className("tally")).getText()).startsWith((needed - 1) + " / ");
    screenshot("committee-open-requests-phone");
    submitVia("open-" + id);
    // The ballot names the household's languages in the screen's language, never by code.
    assertThat(languagesShown()).isEqualTo("Spanish, Haitian Creole");
    submitVia("language:lang-es");
    assertThat(languagesShown()).isEqualTo("español, criollo haitiano");
    submitVia("language:lang-en");
    browser.findElement(By.cssSelector("input[name='vote:decision'][value='APPROVE']")).click();
    typeInto("vote:comment", "Rent is the priority this month.");
    screenshot("committee-vote-phone");
    submitVia("vote:submit");
    assertThat(text("notices")).contains("approved request " + id);
    open("/committee/decided.xhtml");
    assertThat(text("decided-" + id)).contains("approved");
    assertThat(text("my-vote-" + id)).contains("Approve");
    screenshot("committee-decided-phone");
    // The comment is sealed; a member who may vote reads it back on the ballot screen.
    open("/committee/request.xhtml?id=" + id);
    submitVia("notes:read");
    assertThat(text("notes-list")).contains("Rent is the priority this month.");
    screenshot("committee-notes-phone");
    signOut();

    browser.manage().window().setSize(DESKTOP);
    signIn(user("TREASURER"));
    assertThat(cents(fundFigure(fund, "held"))).isEqualTo(300_00);
    submitVia("pay-" + id);
    assertThat(path()).isEqualTo("/treasurer/pay.xhtml");
    typeInto("pay:reference", "TRF-" + shortId());
    screenshot("treasurer-pay");
    submitVia("pay:submit");
    assertThat(text("notices")).contains("Request " + id + " paid");
    assertThat(cents(fundFigure(fund, "posted"))).isEqualTo(700_00);
    assertThat(cents(fundFigure(fund, "held"))).isZero();
    assertThat(browser.findElements(By.id("pay-" + id))).isEmpty();

    open("/ledger/reports.xhtml");
    screenshot("treasurer-reports");
    // Signed in by the form, the browser downloads without being asked for a password.
    Path report =
        downloadVia("download-donor", "donor-report-" + YearMonth.now(ZoneOffset.UTC) + ".xlsx");
    assertThat(closingBalance(report, fundName(fund))).isEqualTo(700.00);
  }

  /**
   * Canary text typed into every free-text field that has a screen, each through its screen: a
   * donor, a case's details, a justification, payment instructions, a recusal reason, a vote
   * comment, a payment reference and a cancellation reason. The treasurer pays from the payee's
   * details on the pay screen; afterwards the instructions are gone (410), and no canary is in the
   * server log, any workbook or the database as an attacker reads it.
   */
  @Test
  void everyFreeTextTypedIntoTheScreensIsSealedAndTheTreasurerPaysFromTheInstructions()
      throws Exception {
    String fund = fund();
    String treasurer = user("TREASURER");
    signIn(treasurer);
    open("/treasurer/gift.xhtml");
    typeInto("gift:amount", "1000.00");
    new Select(browser.findElement(By.id("gift:fund"))).selectByValue(fund);
    typeInto("gift:donorName", "Qscrdonor Fairweather");
    typeInto("gift:donorEmail", "qscrdonor@canary.example");
    submitVia("gift:submit");
    assertThat(text("notices")).contains("Donation recorded");
    signOut();

    String member = user("COMMITTEE");
    String recusing = user("COMMITTEE");
    List<ApiClient> others = List.of(api(user("COMMITTEE")), api(user("COMMITTEE")));
    String westside = admin.area("WESTSIDE", "Westside");
    signIn(user("INTAKE"));
    typeInto("open:householdSize", "2");
    new Select(browser.findElement(By.id("open:area"))).selectByValue(westside);
    typeInto("open:name", "Qscrname Householder");
    typeInto("open:phone", "Qscrphone 555 0142");
    typeInto("open:address", "Qscraddress 12 Elm Street");
    typeInto("open:notes", "Qscrnotes left after the raid");
    submitVia("open:submit");
    long paid = requestThroughTheScreen(fund, "Qscrjust behind on rent");
    long cancelled = requestThroughTheScreen(fund, "Qscrjust the second month");
    submitVia("instructions-" + paid);
    typeInto("instructions:payeeName", "Qscrpayee Landlordson");
    new Select(browser.findElement(By.id("instructions:method"))).selectByValue("ZELLE");
    typeInto("instructions:account", "@qscrhandle");
    typeInto("instructions:address", "Qscrpayaddr 9 Harbour Row");
    typeInto("instructions:memo", "Qscrmemo rent for May");
    screenshot("intake-payment-instructions");
    submitVia("instructions:submit");
    assertThat(text("notices")).contains("instructions for request " + paid + " saved");
    assertThat(browser.getPageSource()).doesNotContainIgnoringCase("qscrpay");
    signOut();

    signIn(recusing);
    open("/committee/request.xhtml?id=" + paid);
    typeInto("recuse:reason", "Qscrrecusal the family are my neighbours");
    submitVia("recuse:submit");
    signOut();
    for (long request : List.of(paid, cancelled)) {
      int needed =
          others.get(0).get("disbursement-requests/" + request).json().getInt("votesNeeded");
      for (ApiClient other : others.subList(0, needed - 1)) {
        var cast =
            other.post("disbursement-requests/" + request + "/votes", "{\"decision\":\"APPROVE\"}");
        assertThat(cast.status()).as(cast.toString()).isEqualTo(200);
      }
    }
    signIn(member);
    for (long request : List.of(paid, cancelled)) {
      open("/committee/request.xhtml?id=" + request);
      browser.findElement(By.cssSelector("input[name='vote:decision'][value='APPROVE']")).click();
      typeInto("vote:comment", "Qscrcomment the landlord will not wait");
      submitVia("vote:submit");
      assertThat(text("notices")).contains("approved request " + shown(request));
    }
    signOut();

    signIn(treasurer);
    submitVia("pay-" + paid);
    assertThat(text("instructions-payee")).isEqualTo("Qscrpayee Landlordson");
    assertThat(text("instructions-method")).isEqualTo("Zelle");
    assertThat(text("instructions-account")).isEqualTo("@qscrhandle");
    assertThat(text("instructions-address")).isEqualTo("Qscrpayaddr 9 Harbour Row");
    assertThat(text("instructions-memo")).isEqualTo("Qscrmemo rent for May");
    typeInto("pay:reference", "Qscrref Zelle to Landlordson");
    screenshot("treasurer-pay-with-instructions");
    submitVia("pay:submit");
    assertThat(text("notices")).contains("Request " + shown(paid) + " paid");
    submitVia("pay-" + cancelled);
    assertThat(text("instructions-none")).isNotBlank();
    typeInto("cancel:reason", "Qscrcancel the family moved away");
    submitVia("cancel:submit");
    assertThat(text("notices")).contains("Request " + cancelled + " cancelled");
    assertThat(browser.findElements(By.id("pay-" + cancelled))).isEmpty();

    ApiClient books = api(treasurer);
    var gone = books.get("disbursement-requests/" + paid + "/payment-instructions");
    assertThat(gone.status()).as(gone.toString()).isEqualTo(410);
    assertThat(books.get("disbursement-requests/" + paid + "/notes").text())
        .as("the sealed reference is kept, so the search below looks for something that exists")
        .contains("Qscrref Zelle to Landlordson");
    List<String> canaries = List.of("qscr");
    LeakSearch.assertNoneIn(LeakSearch.serverLog(), canaries);
    LeakSearch.assertNoneInAnyWorkbook(api(user("AUDITOR")), fund, fundName(fund), canaries);
    String database = LeakSearch.databaseAsAnAttackerReadsIt();
    assertThat(database).contains(fund);
    LeakSearch.assertNoneIn(database, canaries);
  }

  /** An id as the English screens write it in a sentence (1,234). */
  private static String shown(long id) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(id);
  }

  /** On intake's case screen, asks for 300.00 of rent from {@code fund}; returns the request id. */
  private long requestThroughTheScreen(String fund, String justification) {
    assertThat(path()).isEqualTo("/intake/case.xhtml");
    new Select(browser.findElement(By.id("request:fund"))).selectByValue(fund);
    typeInto("request:amount", "300.00");
    typeInto("request:justification", justification);
    submitVia("request:submit");
    // The notice formats the id as a number of the page's language: 1,234 in English.
    Matcher submitted = Pattern.compile("Request ([\\d,]+) submitted").matcher(text("notices"));
    assertThat(submitted.find()).as(text("notices")).isTrue();
    return Long.parseLong(submitted.group(1).replace(",", ""));
  }

  @Test
  void aGrantIsRecordedIntoARestrictedFund() {
    String fund = fund(true);
    signIn(user("TREASURER"));
    open("/treasurer/gift.xhtml?kind=GRANT");
    assertThat(text("page-title")).isEqualTo("Record a grant");
    typeInto("gift:amount", "2000.00");
    new Select(browser.findElement(By.id("gift:fund"))).selectByValue(fund);
    typeInto("gift:grantor", "Harbour Foundation");
    typeInto("gift:restriction", "Rent arrears only");
    screenshot("treasurer-record-grant");
    submitVia("gift:submit");

    assertThat(path()).isEqualTo("/treasurer/dashboard.xhtml");
    assertThat(text("notices")).contains("Grant recorded");
    assertThat(text("fund-title-" + fund)).contains("restricted");
    assertThat(cents(fundFigure(fund, "posted"))).isEqualTo(2000_00);
    open("/ledger/journal.xhtml?account=4100&fund=" + fund);
    assertThat(text("journal-count")).endsWith(" 1");
    assertThat(text("journal")).contains("2,000.00");
  }

  @Test
  void theJournalShowsOneFundAndAccountAndAnEntryIsReversedFromIt() {
    String fund = fund();
    String treasurer = user("TREASURER");
    long donation = donate(api(treasurer), fund, "80.00");
    donate(api(treasurer), fund(), "5.00");
    signIn(treasurer);
    open("/ledger/journal.xhtml");
    new Select(browser.findElement(By.id("fund"))).selectByValue(fund);
    submitVia("show");
    assertThat(text("journal-count")).endsWith(" 1");
    assertThat(browser.findElements(By.cssSelector("#journal > tbody > tr"))).hasSize(1);
    assertThat(selected("fund")).as("the filter stays chosen").isEqualTo(fund);
    new Select(browser.findElement(By.id("account"))).selectByValue("5100");
    submitVia("show");
    assertThat(text("journal-count")).endsWith(" 0");
    new Select(browser.findElement(By.id("account"))).selectByValue("1000");
    submitVia("show");
    assertThat(text("journal-count")).endsWith(" 1");
    screenshot("journal-one-fund");

    submitVia("reverse-" + donation);
    assertThat(path()).isEqualTo("/treasurer/reverse.xhtml");
    typeInto("reverse:memo", "Recorded twice");
    screenshot("treasurer-reverse");
    submitVia("reverse:submit");
    assertThat(path()).isEqualTo("/ledger/journal.xhtml");
    assertThat(text("notices")).contains("Reversal posted");

    open("/ledger/journal.xhtml?fund=" + fund);
    assertThat(text("journal-count")).endsWith(" 2");
    assertThat(text("entry-" + donation)).contains("Reversed by");
    assertThat(browser.findElements(By.id("reverse-" + donation))).isEmpty();
    open("/treasurer/dashboard.xhtml");
    assertThat(cents(fundFigure(fund, "posted"))).isZero();
    assertThat(text("chain-status")).isEqualTo("Verified");
  }

  @Test
  void aPolicyChangeTheAdministratorProposesTakesEffectWhenACommitteeMemberConfirmsIt() {
    // Terms the committee cannot meet are refused: make sure it can meet the current ones.
    String member = user("COMMITTEE");
    user("COMMITTEE");
    user("COMMITTEE");
    signIn(ReliefDeployment.ADMIN);
    open("/admin/policy.xhtml");
    String version = text("policy-version");
    String approvals = value("policy:smallApprovals");
    String before = value("policy:deadlineHours");
    String hours = before.equals("96") ? "72" : "96";
    typeInto("policy:deadlineHours", hours);
    submitVia("policy:submit");
    Matcher proposed = Pattern.compile("Change (\\d+) proposed").matcher(text("notices"));
    assertThat(proposed.find()).as(text("notices")).isTrue();
    String proposal = "proposal-" + proposed.group(1);
    assertThat(text("policy-version")).as("not in force yet").isEqualTo(version);
    assertThat(value("policy:deadlineHours")).isEqualTo(before);
    assertThat(text(proposal)).contains("Yours").contains(hours);
    assertThat(browser.findElements(By.cssSelector("#" + proposal + " .confirm"))).isEmpty();
    assertThat(admin.get("voting-policy").json().getInt("deadlineHours"))
        .isEqualTo(Integer.parseInt(before));
    screenshot("admin-policy-proposed");

    typeInto("policy:smallApprovals", "0");
    submitVia("policy:submit");
    assertThat(text("policy:smallApprovals-error")).isNotBlank();
    assertThat(browser.findElement(By.id("policy:smallApprovals")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    screenshot("admin-policy-refused");
    typeInto("policy:smallApprovals", approvals);
    typeInto("policy:mediumLimit", "1.00");
    submitVia("policy:submit");
    assertThat(text("policy:mediumLimit-error")).contains("medium limit must be above");
    signOut();

    signIn(member);
    submitVia("menu-rules");
    assertThat(path()).isEqualTo("/committee/policy.xhtml");
    assertThat(text(proposal)).contains(ReliefDeployment.ADMIN).contains(hours);
    screenshot("committee-policy-proposals");
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(By.cssSelector("#" + proposal + " .confirm")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> isGone(page));
    assertThat(text("notices")).contains("is in force");
    assertThat(text("policy-version")).isNotEqualTo(version);
    assertThat(browser.findElements(By.id(proposal))).isEmpty();
    assertThat(admin.get("voting-policy").json().getInt("deadlineHours"))
        .isEqualTo(Integer.parseInt(hours));
  }

  @Test
  void theAdministratorAddsAndRetiresAreasAndIntakeChoosesOnlyOpenOnes() {
    String id = shortId();
    signIn(user("ADMIN"));
    open("/admin/areas.xhtml");
    typeInto("add:name", "Screen Hill " + id);
    submitVia("add:submit");
    String code = ("SCREEN-HILL-" + id).toUpperCase(Locale.ROOT);
    assertThat(text("notices")).contains(code);
    assertThat(text("area-" + code)).contains("Screen Hill " + id).contains("Offered");
    typeInto("add:name", "12 Canary Street, apt 4");
    submitVia("add:submit");
    assertThat(text("add:name-error")).isNotBlank();
    String retired = admin.area(("GONE-" + id).toUpperCase(Locale.ROOT), "Gone " + id);
    open("/admin/areas.xhtml");
    screenshot("admin-areas");
    submitVia(
        browser.findElement(By.cssSelector("#area-" + retired + " input")).getAttribute("id"));
    assertThat(text("area-" + retired)).contains("Retired");
    signOut();

    signIn(user("INTAKE"));
    var areas = new Select(browser.findElement(By.id("open:area")));
    assertThat(areas.getOptions())
        .extracting(option -> option.getAttribute("value"))
        .contains(code)
        .doesNotContain(retired);
    areas.selectByValue(code);
    typeInto("open:householdSize", "2");
    var languages = new Select(browser.findElement(By.id("open:languages")));
    languages.selectByValue("qu");
    languages.selectByValue("es");
    submitVia("open:submit");
    assertThat(path()).isEqualTo("/intake/case.xhtml");
    assertThat(text("main")).contains("Screen Hill " + id);
    assertThat(languagesShown()).isEqualTo("Quechua, Spanish");
  }

  /** The languages of the household shown on the page. */
  private String languagesShown() {
    return browser.findElement(By.cssSelector(".household .languages")).getText();
  }

  @Test
  void intakeOpensACaseWithSealedDetailsAsksForMoneyReadsTheDetailsAndShredsThem() {
    String eastside = admin.area("EASTSIDE", "Eastside");
    signIn(user("INTAKE"));
    typeInto("open:householdSize", "3");
    new Select(browser.findElement(By.id("open:area"))).selectByValue(eastside);
    new Select(browser.findElement(By.id("open:languages"))).selectByValue("es");
    typeInto("open:name", "Canary Householdname");
    typeInto("open:phone", "555-0199");
    screenshot("intake-open-case");
    submitVia("open:submit");
    assertThat(path()).isEqualTo("/intake/case.xhtml");
    String code = text("case-code");
    assertThat(browser.getPageSource()).doesNotContain("Canary Householdname");

    new Select(browser.findElement(By.id("request:category"))).selectByValue("FOOD");
    typeInto("request:amount", "80.00");
    typeInto("request:justification", "Groceries for two weeks");
    submitVia("request:submit");
    assertThat(text("notices")).contains("submitted");
    assertThat(browser.findElement(By.cssSelector("[id^='case-request-']")).getText())
        .contains("80.00")
        .contains("open");
    screenshot("intake-case");

    submitVia("pii-link");
    assertThat(browser.getPageSource()).doesNotContain("Canary Householdname");
    new Select(browser.findElement(By.id("read:reason"))).selectByValue("CONTACT_HOUSEHOLD");
    submitVia("read:submit");
    assertThat(text("pii-name")).isEqualTo("Canary Householdname");
    screenshot("intake-pii-read");

    browser.findElement(By.id("shred:confirm")).click();
    submitVia("shred:submit");
    assertThat(text("notices")).contains("shredded");
    open("/intake/pii.xhtml?code=" + code);
    new Select(browser.findElement(By.id("read:reason"))).selectByValue("CONTACT_HOUSEHOLD");
    submitVia("read:submit");
    assertThat(text("notices")).contains("shredded");
    assertThat(browser.getPageSource()).doesNotContain("Canary Householdname");
  }

  @Test
  void theAuditorFiltersAndPagesTheAuditTrailBesideTheHashChain() {
    String auditor = user("AUDITOR");
    var books = api(auditor);
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    for (int i = 0; i < 51; i++) {
      assertThat(books.get("reports/trial-balance.xlsx?asOf=" + today).status()).isEqualTo(200);
    }
    signIn(auditor);
    submitVia("menu-audit");
    assertThat(path()).isEqualTo("/audit/events.xhtml");
    assertThat(text("chain-status")).isEqualTo("Verified");

    new Select(browser.findElement(By.id("type"))).selectByValue("REPORT_EXPORTED");
    typeInto("actor", auditor);
    submitVia("show");
    assertThat(text("audit-count")).endsWith(" 51");
    var rows = By.cssSelector("#audit-events tbody tr");
    assertThat(browser.findElements(rows)).hasSize(50);
    assertThat(browser.findElement(rows).getText())
        .contains(auditor, "REPORT_EXPORTED", "trial-balance", "as of " + today);
    assertThat(browser.findElements(By.id("previous"))).isEmpty();
    screenshot("auditor-audit-trail");
    submitVia("next");
    assertThat(browser.findElements(rows)).hasSize(1);
    assertThat(selected("type")).isEqualTo("REPORT_EXPORTED");
    assertThat(value("actor")).isEqualTo(auditor);
    assertThat(browser.findElements(By.id("next"))).isEmpty();

    submitVia("language:lang-es");
    assertThat(text("page-title")).isEqualTo("Registro de auditoría");
    assertThat(text("audit-count")).startsWith("Eventos que coinciden:");
    submitVia("language:lang-en");
    signOut();

    signIn(user("TREASURER"));
    assertThat(browser.findElements(By.id("menu-audit"))).isEmpty();
    open("/audit/events.xhtml");
    assertThat(text("page-title")).isEqualTo("Not allowed");
  }

  @Test
  void anIntakeVolunteerCannotReachTheTreasurerConsole() {
    signIn(user("INTAKE"));
    assertThat(browser.findElements(By.id("menu-dashboard"))).isEmpty();
    assertThat(browser.findElements(By.id("menu-journal"))).isEmpty();
    open("/treasurer/dashboard.xhtml");
    assertThat(text("page-title")).isEqualTo("Not allowed");
    assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("Payara");
    screenshot("intake-forbidden");
    open("/treasurer/gift.xhtml");
    assertThat(text("page-title")).isEqualTo("Not allowed");
    open("/ledger/files/reports/donor-monthly?month=" + YearMonth.now(ZoneOffset.UTC));
    assertThat(text("page-title"))
        .as("workbooks are for treasurers and auditors")
        .isEqualTo("Not allowed");
    open("/no-such-page.xhtml");
    assertThat(text("page-title")).isEqualTo("Not found");
  }

  // --- helpers ---------------------------------------------------------------------------------

  /**
   * Chromium that saves downloads into {@link #DOWNLOADS} unasked. The app's origin counts as
   * secure: headless Chromium otherwise holds a plain-HTTP download for a confirmation no one can
   * give.
   */
  /** Headless Chromium from the machine's packages, nothing downloaded; also for other ITs. */
  public static WebDriver startChromium(URL app) {
    try {
      Path profile = Files.createDirectories(Path.of("target/chromium-profile-" + shortId()));
      var options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.setExperimentalOption(
          "prefs",
          Map.of(
              "download.default_directory",
              Files.createDirectories(DOWNLOADS).toString(),
              "download.prompt_for_download",
              false));
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-dev-shm-usage",
          "--lang=en-US",
          "--unsafely-treat-insecure-origin-as-secure=" + URI.create(app.toString()).resolve("/"),
          "--user-data-dir=" + profile.toAbsolutePath());
      var service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      var driver = new ChromeDriver(service, options);
      driver.executeCdpCommand(
          "Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", DOWNLOADS.toString()));
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new user holding {@code role}, created through the API as an integration would. */
  private String user(String role) {
    if (role.equals("ADMIN")) {
      return ReliefDeployment.ADMIN;
    }
    String name = role.toLowerCase() + "-" + shortId();
    admin.newUser(name, PASSWORD, role);
    return name;
  }

  private ApiClient api(String user) {
    return ApiClient.anonymous(base).as(user, PASSWORD);
  }

  /** A fresh unrestricted fund, so other tests sharing the database do not move its balance. */
  private String fund() {
    return fund(false);
  }

  /** A fresh fund; a restricted one may pay rent only. */
  private String fund(boolean restricted) {
    String code = "SCR-" + shortId().toUpperCase();
    var created =
        api(user("TREASURER"))
            .post(
                "funds",
                "{\"code\":\""
                    + code
                    + "\",\"name\":\""
                    + fundName(code)
                    + "\",\"restricted\":"
                    + restricted
                    + ",\"allowedCategories\":"
                    + (restricted ? "[\"RENT\"]" : "[]")
                    + "}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return code;
  }

  private static String fundName(String code) {
    return "Screens fund " + code;
  }

  private void signIn(String user) {
    open("/login.xhtml");
    browser.findElement(By.id("login:username")).sendKeys(user);
    String password =
        user.equals(ReliefDeployment.ADMIN) ? ReliefDeployment.ADMIN_PASSWORD : PASSWORD;
    browser.findElement(By.id("login:password")).sendKeys(password);
    submitVia("login:submit");
    assertThat(path()).as("signed in").isNotEqualTo("/login.xhtml");
  }

  private void signOut() {
    submitVia("logout:signout");
    assertThat(path()).isEqualTo("/login.xhtml");
  }

  /** Clicks a button or link that loads a new page, and waits until the old page is gone. */
  private void submitVia(String id) {
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(By.id(id)).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> isGone(page));
  }

  /**
   * Whether the page of {@code element} was replaced. Chromium answers for an element of a page
   * that is being replaced either "stale" or, caught mid-way, that the node is not in the document.
   */
  static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException replaced) {
      return true;
    } catch (WebDriverException midway) {
      if (String.valueOf(midway.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw midway;
    }
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

  private String fundFigure(String fund, String figure) {
    return browser.findElement(By.cssSelector("#fund-" + fund + " dd." + figure)).getText();
  }

  /** "$1,250.00" as 125000 cents. */
  private static long cents(String shown) {
    return Long.parseLong(shown.replaceAll("[^0-9]", ""));
  }

  private String value(String id) {
    return browser.findElement(By.id(id)).getAttribute("value");
  }

  private String selected(String id) {
    return new Select(browser.findElement(By.id(id)))
        .getFirstSelectedOption()
        .getAttribute("value");
  }

  /** Clicks a download link and waits for Chromium to finish writing {@code fileName}. */
  private static Path downloadVia(String id, String fileName) {
    Path file = DOWNLOADS.resolve(fileName);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    browser.findElement(By.id(id)).click();
    // Chromium writes into a .crdownload file and renames it when the download is complete.
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> Files.isRegularFile(file));
    return file;
  }

  /** The closing balance that the donor report's summary sheet gives the fund {@code fundName}. */
  private static double closingBalance(Path donorReport, String fundName) {
    try (InputStream in = Files.newInputStream(donorReport);
        var workbook = new XSSFWorkbook(in)) {
      for (Row row : workbook.getSheet("Summary")) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(fundName)) {
            // fund, restriction, opening balance, closing balance, change
            return row.getCell(cell.getColumnIndex() + 3).getNumericCellValue();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError(fundName + " is not on the donor report's summary sheet");
  }

  private static void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      byte[] png =
          ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
