package org.turnaround.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Signs in through the real sign-in form, as a person would.
 */
final class SignIn {

	private SignIn() {
	}

	static void as(Page page, String username, String password) {
		if (!page.url().endsWith("/login")) {
			page.navigate("/login");
		}
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL((url) -> !url.contains("/login"));
	}

}
