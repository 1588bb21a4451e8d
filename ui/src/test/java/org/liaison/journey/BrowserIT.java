package org.liaison.journey;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.liaison.AppIT;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser journeys: one headless Chromium per test class, opened on first use and
 * closed after the class, and a screenshot of what it showed when a test failed.
 */
@ExtendWith(BrowserIT.ScreenshotOnFailure.class)
abstract class BrowserIT extends AppIT {

  static final String PASSWORD = "liaison";
  static Browser browser;

  @LocalServerPort int port;

  Browser browser() {
    if (browser == null) {
      browser = new Browser("http://localhost:" + port);
    }
    return browser;
  }

  /**
   * Opens the inbox narrowed by its search to the rows of one record and waits until the grid shows
   * only those (so a click that follows is not lost to the re-rendering).
   */
  void narrowInbox(String reference) {
    Browser b = browser();
    b.open("/");
    b.type("inbox-search", reference);
    new WebDriverWait(b.driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(300)).until(d -> {
      try {
        List<WebElement> shown = d.findElements(By.cssSelector("vaadin-button[data-action='open']")).stream()
            .filter(WebElement::isDisplayed).toList();
        return !shown.isEmpty() && shown.stream().allMatch(e -> reference.equals(e.getAttribute("data-case")));
      } catch (WebDriverException replaced) {
        return false;
      }
    });
  }

  /**
   * Opens the inbox narrowed to one record by its search (the inbox is paged: among other tests'
   * tasks the row may be on another page) and opens its step {@code step} (any step when null).
   */
  void openFromInbox(String reference, String step) {
    Browser b = browser();
    b.open("/");
    b.type("inbox-search", reference);
    By button = By.cssSelector("vaadin-button[data-action='open'][data-case='" + reference + "']"
        + (step == null ? "" : "[data-step='" + step + "']"));
    // the grid re-renders its rows when the search narrows it: a click on a row being replaced is
    // lost, so click the shown button until the task opens beside the list (or on its page)
    By opened = By.cssSelector("#task-panel[data-step]" + (step == null ? "" : "[data-step='" + step + "']"));
    new WebDriverWait(b.driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(700)).until(d -> {
      if (d.getCurrentUrl().contains("/tasks/") || d.findElements(opened).stream().anyMatch(WebElement::isDisplayed)) {
        return true;
      }
      try {
        d.findElements(button).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
      } catch (WebDriverException replaced) {
        // the row was re-rendered under the click: try again
      }
      return false;
    });
  }

  /**
   * Clicks a button of an inbox row until what it leads to shows: the grid re-renders its rows while a
   * search or a refresh lands, and a click on a row being replaced is lost.
   */
  void clickInInboxUntil(By button, By shows) {
    Browser b = browser();
    new WebDriverWait(b.driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(700)).until(d -> {
      if (d.findElements(shows).stream().anyMatch(WebElement::isDisplayed)) {
        return true;
      }
      try {
        d.findElements(button).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
      } catch (WebDriverException replaced) {
        // the row was re-rendered under the click: try again
      }
      return false;
    });
  }

  /** Signs {@code username} in (password {@value #PASSWORD}) and opens {@code path}. */
  Browser signedIn(String username, String path) {
    Browser b = browser();
    b.signIn(username, PASSWORD);
    b.open(path);
    return b;
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** Saves what the browser showed when a test failed. */
  static class ScreenshotOnFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
            + context.getRequiredTestMethod().getName());
      }
    }
  }
}
