package org.liaison.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium, with helpers for Vaadin components. Waits are
 * explicit conditions on the page, never sleeps.
 */
public final class Browser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  public final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;
  private int shots;

  public Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1366,1000", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic", "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
        .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  void signIn(String username, String password) {
    driver.manage().deleteAllCookies();
    open("/login");
    WebElement user = visible(By.cssSelector("#vaadinLoginUsername input"));
    user.sendKeys(username);
    WebElement pass = visible(By.cssSelector("#vaadinLoginPassword input"));
    pass.sendKeys(password, Keys.ENTER);
    visible(By.id("inbox"));
  }

  /**
   * Waits until the element is shown. A long page scrolls inside the app layout, where WebDriver
   * counts an element scrolled out of view as hidden; so it is scrolled into view first.
   */
  public WebElement visible(By by) {
    return wait.until(d -> {
      List<WebElement> found = d.findElements(by);
      if (found.isEmpty()) {
        return null;
      }
      WebElement element = found.get(0);
      try {
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
            "arguments[0].scrollIntoView({block: 'center'})", element);
        return element.isDisplayed() ? element : null;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return null;
      }
    });
  }

  void gone(By by) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  public void click(By by) {
    wait.until(d -> {
      try {
        WebElement e = d.findElement(by);
        // into view first: on a page taller than the window, WebDriver counts what is scrolled away as hidden
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        if (!e.isDisplayed() || e.getAttribute("disabled") != null) {
          return false;
        }
        // a click event on the element itself: layout shifts (a message appearing above) cannot make it miss
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].click();", e);
        return true;
      } catch (org.openqa.selenium.NoSuchElementException | StaleElementReferenceException notYet) {
        return false;
      }
    });
  }

  /** Types into a Vaadin text field or text area (the element with {@code id}), replacing its value. */
  void type(String id, String text) {
    WebElement input = visible(By.cssSelector("#" + id + " input, #" + id + " textarea"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
    input.sendKeys(Keys.TAB);
  }

  /** Picks an item of a Vaadin combo box by typing its label and pressing Enter. */
  void choose(String comboId, String label) {
    WebElement input = visible(By.cssSelector("#" + comboId + " input"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(label);
    wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
    input.sendKeys(Keys.ENTER);
    input.sendKeys(Keys.TAB);
  }

  /** Picks the item labelled {@code label} of the Vaadin select with {@code id}. */
  void select(String id, String label) {
    visible(By.id(id)).click();
    WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item[role='option']")).stream()
        .filter(i -> i.isDisplayed() && i.getText().trim().equals(label)).findFirst().orElse(null));
    item.click();
    wait.until(d -> label.equals(text(By.cssSelector("#" + id + " vaadin-select-value-button"))));
  }

  /** Picks the item of a lazy Vaadin combo box found by typing {@code search} whose label contains it. */
  void pick(String comboId, String search) {
    WebElement input = visible(By.cssSelector("#" + comboId + " input"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(search);
    WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
        .filter(i -> i.isDisplayed() && i.getText().contains(search)).findFirst().orElse(null));
    item.click();
    wait.until(d -> String.valueOf(input.getDomProperty("value")).contains(search));
  }

  /** Types text that matches no item into a combo box and leaves it. */
  void typeCustom(String comboId, String text) {
    WebElement input = visible(By.cssSelector("#" + comboId + " input"));
    input.sendKeys(text, Keys.ENTER);
    input.sendKeys(Keys.TAB);
  }

  /** The labels of the checked boxes in the checkbox group with {@code groupId}. */
  List<String> checked(String groupId) {
    return visible(By.id(groupId)).findElements(By.cssSelector("vaadin-checkbox[checked]")).stream()
        .map(e -> e.getText().trim()).toList();
  }

  /** Clicks the checkbox or radio button labelled {@code label} inside the group with {@code groupId}. */
  void check(String groupId, String label) {
    List<WebElement> options = visible(By.id(groupId))
        .findElements(By.cssSelector("vaadin-checkbox, vaadin-radio-button"));
    WebElement box = options.stream().filter(o -> o.getText().trim().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("No option '" + label + "' in " + groupId))
        .findElement(By.cssSelector("input"));
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
    box.click();
  }

  /** Waits until the field with {@code id} is marked invalid with exactly {@code expected} as its message. */
  void expectError(String id, String expected) {
    WebElement field = visible(By.id(id));
    try {
      wait.until(d -> field.getAttribute("invalid") != null && expected.equals(field.getDomProperty("errorMessage")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("Field " + id + " should show \"" + expected + "\" but shows \""
          + field.getDomProperty("errorMessage") + "\" (invalid=" + field.getAttribute("invalid") + ")", e);
    }
  }

  /**
   * The element's rendered text, also of the parts scrolled out of view (a record page is taller than
   * the window): its {@code innerText} (hidden parts left out) with each line trimmed and blank lines
   * dropped, as WebDriver's own text of a fully visible element reads.
   */
  public String text(By by) {
    return renderedText(visible(by));
  }

  public void waitForText(By by, String expected) {
    wait.until(d -> {
      List<WebElement> found = d.findElements(by);
      try {
        return !found.isEmpty() && renderedText(found.get(0)).contains(expected);
      } catch (StaleElementReferenceException e) {
        return false;
      }
    });
  }

  private String renderedText(WebElement element) {
    Object text = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return arguments[0].innerText;", element);
    return text == null ? "" : String.join("\n", String.valueOf(text).lines().map(l -> l.strip().replaceAll("\\s+", " "))
        .filter(l -> !l.isEmpty()).toList());
  }

  /** The reference of the record page shown now: the last segment of its address. */
  String shownReference() {
    String url = driver.getCurrentUrl();
    String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Waits until the address contains {@code part} (e.g. the coalition a tab keeps in it). */
  void waitForUrl(String part) {
    wait.until(d -> d.getCurrentUrl().contains(part));
  }

  /** Waits until the element's whole text is {@code expected} (not merely contains it). */
  void waitForExactText(By by, String expected) {
    wait.until(d -> {
      List<WebElement> found = d.findElements(by);
      return !found.isEmpty() && expected.equals(found.get(0).getText().strip());
    });
  }

  void waitForUrlEnding(String suffix) {
    wait.until(d -> d.getCurrentUrl().replaceFirst("\\?.*$", "").endsWith(suffix));
  }

  /** Saves a screenshot as target/screenshots/NN-name.png. */
  /**
   * Runs axe-core (WCAG 2 A and AA rules) over the page as it is now and returns its serious and
   * critical violations as "rule: help (target, …)" lines; an empty list is a pass.
   */
  public java.util.List<String> accessibilityProblems() {
    String axe;
    try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe-core is missing from the test classpath: run the build (mvnw verify) once");
      }
      axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    driver.executeScript(axe);
    driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
    Object result = driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})
          .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => v.id + ': ' + v.help + ' (' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ') + ')')))
          .catch(e => done(['axe failed: ' + e]));
        """);
    @SuppressWarnings("unchecked")
    java.util.List<String> problems = (java.util.List<String>) result;
    return problems;
  }

  public Path screenshot(String name) {
    Path file;
    try {
      Files.createDirectories(SCREENSHOTS);
      file = SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shots, name));
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    if (!name.startsWith("FAILED-")) {
      assertNoUnfilledPlaceholder(name);
    }
    return file;
  }

  /**
   * Every page a journey photographs is also read for a text whose placeholder was never filled
   * ("recorded by {0}"), a duration shown as its ISO 8601 code ("P7D") or a missing translation, in the
   * page and in open dialogs and notifications.
   */
  void assertNoUnfilledPlaceholder(String where) {
    Object text = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "return document.body.innerText + '\\n' + Array.from(document.querySelectorAll("
            + "'vaadin-dialog-overlay, vaadin-notification-card')).map(e => e.innerText).join('\\n');");
    java.util.regex.Matcher unfilled = java.util.regex.Pattern.compile(".{0,40}\\{\\d+[,}].{0,20}")
        .matcher(String.valueOf(text));
    if (unfilled.find()) {
      throw new AssertionError("The page " + where + " shows an unfilled placeholder: \"" + unfilled.group() + "\"");
    }
    // a duration as stored (ISO 8601: "P7D", "PT4H") instead of in words ("7 days", "4 hours"); up to four
    // digits, as settings hold them: the fuzz tests leave texts such as "P999999999999D" as records' titles
    java.util.regex.Matcher iso = java.util.regex.Pattern.compile(
        ".{0,40}\\b(?:P(?:\\d{1,4}[YMWD])+(?:T(?:\\d{1,4}[HMS])+)?|PT(?:\\d{1,4}[HMS])+)\\b.{0,20}").matcher(String.valueOf(text));
    if (iso.find()) {
      throw new AssertionError("The page " + where + " shows a duration as a code: \"" + iso.group() + "\"");
    }
    // what Vaadin shows for a key missing from translations.properties: "!en: some.key"
    java.util.regex.Matcher missing = java.util.regex.Pattern.compile("!\\w{2}: [\\w.-]+").matcher(String.valueOf(text));
    if (missing.find()) {
      throw new AssertionError("The page " + where + " shows a missing translation: \"" + missing.group() + "\"");
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
