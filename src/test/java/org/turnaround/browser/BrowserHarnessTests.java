package org.turnaround.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The harness must fail loudly: a page that passes only because the checks never looked
 * would hide every accessibility regression.
 */
@BrowserTest
class BrowserHarnessTests {

	@Test
	void failsOnAnyWcagViolationAndSaysWhatAndWhere(Page page) {
		serve(page, """
				<!DOCTYPE html>
				<html><head><title>Broken</title></head>
				<body><main><h1>Broken</h1><img id="chart" src="/assets/favicon.svg"></main></body></html>
				""");
		assertThatThrownBy(() -> BrowserSession.checkAccessibility(page)).hasMessageContaining("violation(s) on")
			.hasMessageContaining("- html-has-lang (serious)")
			.hasMessageContaining("- image-alt (critical): Images must have alternative text")
			.hasMessageContaining("#chart");
	}

	@Test
	void failsWhenAStylesheetOrScriptDoesNotLoad(Page page, BrowserSession browser) {
		serve(page, """
				<!DOCTYPE html>
				<html lang="en-GB"><head><title>Missing style</title>
				<link rel="stylesheet" href="/assets/missing.css"></head>
				<body><main><h1>Missing style</h1></main></body></html>
				""");
		assertThatThrownBy(() -> browser.visit(page, "missing-style")).hasMessageContaining("404 for")
			.hasMessageContaining("/assets/missing.css");
	}

	@Test
	void keepsAFullPageScreenshotOfEachVisit(Page page, BrowserSession browser) throws Exception {
		var screenshot = Path.of("target", "screenshots", "BrowserHarnessTests", "harness-home.png");
		Files.deleteIfExists(screenshot);
		page.navigate("/");
		browser.visit(page, "harness-home");
		assertThat(screenshot).isNotEmptyFile();
	}

	/** A page the app does not have, served at the app's address so its links resolve. */
	private static void serve(Page page, String html) {
		page.route("**/harness",
				(route) -> route.fulfill(new Route.FulfillOptions().setContentType("text/html").setBody(html)));
		page.navigate("/harness");
	}

}
