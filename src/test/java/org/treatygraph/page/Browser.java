package org.treatygraph.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through Debian's ChromeDriver, headless, with nothing that
 * reaches for the internet: this machine reaches only package registries, and a browser
 * download at test time cannot work.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Paths.get("target", "browser");

	private final Path profile;

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	private Browser(Path profile, ChromeDriver driver) {
		this.profile = profile;
		this.driver = driver;
		// the shared context plans each statement cold the first time it meets it
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
	}

	public static Browser start() throws IOException, InterruptedException {
		installWhenMissing();
		Path profile = Files.createTempDirectory("treatygraph-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1366,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new Browser(profile, new ChromeDriver(service, options));
	}

	/**
	 * The same script CI runs first, so a bare {@code ./mvnw verify} works as root too.
	 */
	private static void installWhenMissing() throws IOException, InterruptedException {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return;
		}
		Process install = new ProcessBuilder("bash", ".ci/install-chromium").inheritIO().start();
		if (!install.waitFor(15, TimeUnit.MINUTES) || install.exitValue() != 0 || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException(
					"The browser tests need Debian's chromium and chromium-driver: run .ci/install-chromium "
							+ "(apt-get install chromium chromium-driver) as root");
		}
	}

	public WebDriver driver() {
		return this.driver;
	}

	public void open(String url) {
		this.driver.get(url);
	}

	WebElement await(By locator) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	void awaitText(By locator, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	/** Waits until the view named in the address is drawn and its requests answered. */
	void awaitView(String hash) {
		this.wait.until(driver -> hash.equals(script("return document.body.dataset.view"))
				&& "false".equals(script("return document.getElementById('main').getAttribute('aria-busy')")));
	}

	/** Waits until the script returns true. */
	void awaitScript(String javascript) {
		this.wait.until(driver -> Boolean.TRUE.equals(script(javascript)));
	}

	public void awaitAttribute(String dataAttribute) {
		this.wait.until(driver -> script("return document.body.dataset." + dataAttribute) != null);
	}

	/**
	 * Does {@code action} again every two seconds until the page shows its effect: a
	 * subscription opened a moment ago may not yet listen when the first change lands.
	 */
	void repeatUntil(Runnable action, By locator, String text) {
		new WebDriverWait(this.driver, Duration.ofSeconds(40)).pollingEvery(Duration.ofSeconds(2)).until(driver -> {
			if (ExpectedConditions.textToBePresentInElementLocated(locator, text).apply(driver)) {
				return true;
			}
			action.run();
			return false;
		});
	}

	public Object script(String javascript, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(javascript, arguments);
	}

	Object asyncScript(String javascript, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeAsyncScript(javascript, arguments);
	}

	void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.copy(this.driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

}
