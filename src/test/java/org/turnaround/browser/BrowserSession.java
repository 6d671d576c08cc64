package org.turnaround.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test's browser: a fresh context and page on the running app, and the checks every
 * page visited must pass. Call {@link #visit(Page, String)} after each navigation.
 */
final class BrowserSession implements AutoCloseable {

	/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what public-sector sites must meet. */
	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private final BrowserContext context;

	private final Page page;

	private final Path screenshots;

	private final List<String> problems = new ArrayList<>();

	BrowserSession(BrowserContext context, Class<?> testClass) {
		this.context = context;
		this.screenshots = Paths.get("target", "screenshots", testClass.getSimpleName());
		// A stylesheet or script that fails to load leaves a page that looks or behaves
		// wrong without any server-side test noticing; the page's own status is the
		// test's business (a 404 page is expected to be a 404).
		context.onResponse((response) -> {
			if (response.status() >= 400 && !response.request().isNavigationRequest()) {
				this.problems.add(response.status() + " for " + response.url());
			}
		});
		context.onRequestFailed((request) -> this.problems.add(request.failure() + " for " + request.url()));
		this.page = context.newPage();
		this.page.onPageError((error) -> this.problems.add("script error: " + error));
	}

	Page page() {
		return this.page;
	}

	/**
	 * The checks for a page just navigated to: it loaded with all its assets and no
	 * script errors, it passes axe, and a full-page screenshot is kept under
	 * {@code target/screenshots/<TestClass>/<name>.png}. The screenshot is taken first so
	 * there is a picture to look at when the other checks fail.
	 */
	void visit(Page page, String name) {
		page.waitForLoadState(LoadState.LOAD);
		screenshot(page, name);
		assertThat(this.problems).as("assets and scripts of %s", page.url()).isEmpty();
		checkAccessibility(page);
	}

	void screenshot(Page page, String name) {
		page.screenshot(
				new Page.ScreenshotOptions().setPath(this.screenshots.resolve(name + ".png")).setFullPage(true));
	}

	static void checkAccessibility(Page page) {
		var results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
		assertThat(results.isErrored()).as("axe-core failed to run on %s: %s", page.url(), results.getErrorMessage())
			.isFalse();
		var violations = results.getViolations();
		assertThat(violations).withFailMessage(() -> describe(page.url(), violations)).isEmpty();
	}

	private static String describe(String url, List<Rule> violations) {
		return violations.stream()
			.map((rule) -> "- %s (%s): %s%n    %s%n%s".formatted(rule.getId(), rule.getImpact(), rule.getHelp(),
					rule.getHelpUrl(),
					rule.getNodes()
						.stream()
						.map((node) -> "    at " + node.getTarget() + ": " + node.getHtml())
						.collect(Collectors.joining(System.lineSeparator()))))
			.collect(Collectors.joining(System.lineSeparator(),
					violations.size() + " WCAG 2.2 A/AA violation(s) on " + url + ":" + System.lineSeparator(), ""));
	}

	@Override
	public void close() {
		this.context.close();
	}

}
