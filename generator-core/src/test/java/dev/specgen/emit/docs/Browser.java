package dev.specgen.emit.docs;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system's packages, driven through chromedriver (both paths given, so
 * nothing is downloaded). Without them the test is skipped, except on CI, where it fails.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;

  /** Skips the test (or fails it on CI) when the browser or its driver is missing. */
  static void assumeInstalled() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String message = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
        + " (Debian packages chromium and chromium-driver; .ci/run installs them)";
    if (!installed && "true".equals(System.getenv("CI"))) {
      fail(message);
    }
    assumeTrue(installed, message);
  }

  Browser(Path profile, int width, int height) {
    assumeInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--force-color-profile=srgb", "--hide-scrollbars", "--lang=en-US",
        "--window-size=" + width + "," + height, "--user-data-dir=" + profile.toAbsolutePath());
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  ChromeDriver driver() {
    return driver;
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }

  /** Replaces an input's text. */
  void type(String id, String text) {
    WebElement input = byId(id);
    input.clear();
    if (!text.isEmpty()) {
      input.sendKeys(text);
    }
  }

  void setChecked(String id, boolean checked) {
    WebElement box = byId(id);
    if (box.isSelected() != checked) {
      box.click();
    }
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** The console's errors since the last call (each read empties the browser's log). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
