package org.reliefledger.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reliefledger.web.it.BrowserSteps;
import org.reliefledger.web.it.ScreensIT;

/**
 * The vault screen in headless Chromium against a committee-mode server: a committee member locks
 * the fund down in Spanish (a wrong phrase refused first) and is signed out; signed in again, the
 * banner says the vault is sealed, and shares entered in English unseal it (a wrong one refused).
 */
final class VaultScreens {

  private final WebDriver browser;
  private final URL base;

  private VaultScreens(WebDriver browser, URL base) {
    this.browser = browser;
    this.base = base;
  }

  static void lockDownInSpanishAndUnsealInEnglish(
      URL base, String user, String password, String shareOne, String shareTwo, String wrong) {
    WebDriver browser = ScreensIT.startChromium(base);
    try {
      new VaultScreens(browser, base).run(user, password, shareOne, shareTwo, wrong);
    } finally {
      browser.quit();
    }
  }

  private void run(String user, String password, String shareOne, String shareTwo, String wrong) {
    signIn(user, password);
    open("/vault.xhtml");
    submitVia("language:lang-es");
    assertThat(text("page-title")).isEqualTo("Bóveda");
    assertThat(text("vault-state")).contains("La bóveda está abierta");
    type("lockdown:confirmation", "bloquear");
    submitVia("lockdown:lock");
    assertThat(text("lockdown:confirmation-error")).contains("Escriba LOCK DOWN exactamente");
    type("lockdown:confirmation", "lock down");
    submitVia("lockdown:lock");
    assertThat(path()).as("signed out by the lockdown").isEqualTo("/login.xhtml");

    if (browser.findElement(By.id("language:lang-en")).isEnabled()) {
      submitVia("language:lang-en"); // a new session may start in English already
    }
    signIn(user, password);
    assertThat(text("vault-sealed")).contains("The vault is sealed");
    open("/vault.xhtml");
    assertThat(text("vault-state")).contains("sealed").contains("locked down");
    enter(shareOne);
    assertThat(text("notices")).contains("1 of 2");
    enter(wrong);
    assertThat(text("notices")).contains("one of them is wrong");
    enter(shareTwo);
    enter(shareOne);
    assertThat(text("notices")).contains("The vault is open again");
    assertThat(browser.findElements(By.id("vault-sealed"))).isEmpty();
    submitVia("language:lang-es");
    assertThat(text("vault-state")).contains("La bóveda está abierta");
  }

  private void enter(String share) {
    type("unseal:share", share);
    submitVia("unseal:enter");
  }

  private void signIn(String user, String password) {
    open("/login.xhtml");
    type("login:username", user);
    type("login:password", password);
    submitVia("login:submit");
    assertThat(path()).as("signed in").isNotEqualTo("/login.xhtml");
  }

  private void submitVia(String id) {
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(By.id(id)).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> isGone(page));
  }

  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException replaced) {
      return true;
    } catch (RuntimeException midway) {
      return true;
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

  private void type(String id, String value) {
    BrowserSteps.typeInto(browser, id, value);
  }
}
