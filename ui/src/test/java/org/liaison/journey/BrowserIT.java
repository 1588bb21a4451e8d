package org.liaison.journey;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.liaison.AppIT;
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
