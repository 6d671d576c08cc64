package org.turnaround.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Decides what happens when the browser is missing: on a developer's machine the browser
 * tests are skipped with advice on installing it, but where
 * {@code TURNAROUND_REQUIRE_BROWSER=true} (CI) a missing browser fails the build, so the
 * browser tests can never silently stop running there.
 *
 * @param executable where the browser should be
 * @param requireSetting the value of {@code TURNAROUND_REQUIRE_BROWSER}, or {@code null}
 */
record BrowserAvailability(Path executable, String requireSetting) {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final String REQUIRE_VARIABLE = "TURNAROUND_REQUIRE_BROWSER";

	static BrowserAvailability onThisMachine() {
		return new BrowserAvailability(CHROMIUM, System.getenv(REQUIRE_VARIABLE));
	}

	boolean installed() {
		return Files.isRegularFile(this.executable) && Files.isExecutable(this.executable);
	}

	boolean required() {
		return this.requireSetting != null && this.requireSetting.strip().equalsIgnoreCase("true");
	}

	String missingMessage() {
		return "Chromium not found at " + this.executable
				+ ": install it with `sudo apt-get install chromium` to run the browser tests";
	}

	/**
	 * Returns when the browser is there; otherwise aborts the calling test (skipped) or,
	 * when the browser is required, fails it.
	 */
	void check() {
		if (installed()) {
			return;
		}
		if (required()) {
			Assertions.fail(missingMessage() + " (" + REQUIRE_VARIABLE + " is true, so this is a failure)");
		}
		Assumptions.abort(missingMessage());
	}

}
