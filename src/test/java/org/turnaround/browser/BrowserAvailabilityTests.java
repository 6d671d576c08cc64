package org.turnaround.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrowserAvailabilityTests {

	@TempDir
	Path directory;

	@Test
	void skipsWithInstallAdviceWhenChromiumIsMissing() {
		var missing = this.directory.resolve("chromium");
		assertThatThrownBy(() -> new BrowserAvailability(missing, null).check())
			.isInstanceOf(TestAbortedException.class)
			.hasMessage("Chromium not found at " + missing
					+ ": install it with `sudo apt-get install chromium` to run the browser tests");
	}

	@Test
	void failsInsteadOfSkippingWhenTheBrowserIsRequired() {
		var missing = this.directory.resolve("chromium");
		assertThatThrownBy(() -> new BrowserAvailability(missing, "true").check())
			.isInstanceOf(AssertionFailedError.class)
			.hasMessageContaining("Chromium not found at " + missing)
			.hasMessageContaining("sudo apt-get install chromium")
			.hasMessageContaining("TURNAROUND_REQUIRE_BROWSER is true");
	}

	@Test
	void onlyTrueMakesTheBrowserRequired() {
		var missing = this.directory.resolve("chromium");
		for (var setting : new String[] { "", "false", "1", "yes" }) {
			assertThatThrownBy(() -> new BrowserAvailability(missing, setting).check())
				.as("TURNAROUND_REQUIRE_BROWSER=%s", setting)
				.isInstanceOf(TestAbortedException.class);
		}
		assertThatThrownBy(() -> new BrowserAvailability(missing, " TRUE ").check())
			.isInstanceOf(AssertionFailedError.class);
	}

	@Test
	void treatsAFileThatCannotBeRunAsMissing() throws IOException {
		var notExecutable = Files.createFile(this.directory.resolve("chromium"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
		assertThatThrownBy(() -> new BrowserAvailability(notExecutable, null).check())
			.isInstanceOf(TestAbortedException.class);
		assertThatThrownBy(() -> new BrowserAvailability(this.directory, "true").check())
			.as("a directory is not a browser")
			.isInstanceOf(AssertionFailedError.class);
	}

	@Test
	void letsTheTestsRunWhenChromiumIsInstalledWhetherOrNotItIsRequired() throws IOException {
		var chromium = Files.createFile(this.directory.resolve("chromium"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		assertThatCode(() -> new BrowserAvailability(chromium, null).check()).doesNotThrowAnyException();
		assertThatCode(() -> new BrowserAvailability(chromium, "true").check()).doesNotThrowAnyException();
	}

}
