package org.turnaround.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * One headless Chromium for the whole test run: launching it is the slow part, while a
 * new context per test is cheap and shares no cookies or storage with the last one.
 * Playwright objects belong to the thread that made them, so browser tests must not run
 * in parallel.
 */
final class SharedBrowser implements AutoCloseable {

	// Running as root needs --no-sandbox; the rest stop Chromium calling home on a closed
	// network, which otherwise floods it with retries.
	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private final Playwright playwright;

	private final Browser browser;

	private SharedBrowser(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	static SharedBrowser launch(Path executable) {
		// The installed Chromium is the only browser: Playwright must never download one.
		var playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			var browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true).setArgs(ARGS));
			return new SharedBrowser(playwright, browser);
		}
		catch (RuntimeException ex) {
			playwright.close();
			throw ex;
		}
	}

	BrowserContext newContext(String baseUrl) {
		var context = this.browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
			.setLocale("en-GB")
			.setTimezoneId("Europe/London")
			.setViewportSize(1280, 900));
		// Pages here are local and fast: a missing element should fail in seconds, not
		// 30.
		context.setDefaultTimeout(10_000);
		return context;
	}

	@Override
	public void close() {
		try {
			this.browser.close();
		}
		finally {
			this.playwright.close();
		}
	}

}
