package org.reliefledger.web.it;

import java.net.URI;
import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The small steps every browser test takes: open a page, read where it is and what it says, type.
 */
public final class BrowserSteps {

  private BrowserSteps() {}

  public static void open(WebDriver browser, URL base, String page) {
    browser.get(URI.create(base.toString()).resolve(page).toString());
  }

  public static String path(WebDriver browser) {
    return URI.create(browser.getCurrentUrl()).getPath();
  }

  public static String text(WebDriver browser, String id) {
    return browser.findElement(By.id(id)).getText();
  }

  public static void typeInto(WebDriver browser, String id, String value) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }
}
