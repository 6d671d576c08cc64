package org.turnaround.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * The demo admin signs in, lands on the accounts, creates an officer's account and finds
 * it listed. Every page, including the form showing its errors, passes axe.
 */
@BrowserTest
class AccountAdminJourneyTests {

	static final String PASSWORD = "seven quiet herons by the weir";

	@Test
	void anAdminCreatesAnOfficersAccountAndSeesItListed(Page page, BrowserSession browser) {
		page.navigate("/");
		page.waitForURL("**/login");
		page.getByLabel("Username").fill("admin");
		page.getByLabel("Password").fill("turnaround-demo");
		button(page, "Sign in").click();

		page.waitForURL("**/admin/users");
		PlaywrightAssertions.assertThat(heading(page)).hasText("Accounts");
		PlaywrightAssertions.assertThat(page.locator(".govuk-service-navigation__item--active")).hasText("Accounts");
		browser.visit(page, "01-accounts");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create an account")).click();
		page.waitForURL("**/admin/users/new");
		PlaywrightAssertions.assertThat(heading(page)).hasText("Create an account");
		browser.visit(page, "02-create-an-account");

		// Sent empty, the form says what is missing, and each message leads to its field.
		button(page, "Create account").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter a username");
		PlaywrightAssertions.assertThat(page).hasTitle(Pattern.compile("^Error: "));
		browser.visit(page, "03-create-an-account-with-errors");
		page.locator(".govuk-error-summary").getByText("Choose a role").click();
		PlaywrightAssertions.assertThat(page.locator("#role")).isFocused();

		page.getByLabel("Username").fill("journey.officer");
		page.getByLabel("Full name").fill("Journey Officer");
		page.getByLabel("Job title (optional)").fill("Team manager, Front Door");
		page.getByLabel("Email address").fill("journey.officer@example.gov.uk");
		page.getByLabel("Council officer").check();
		page.getByLabel("Authority").selectOption(new SelectOption().setLabel("Marchshire Council"));
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
		page.getByLabel("Enter the password again").fill(PASSWORD);
		button(page, "Create account").click();

		page.waitForURL(Pattern.compile("/admin/users/\\d+$"));
		PlaywrightAssertions.assertThat(heading(page)).hasText("Journey Officer");
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Account created for Journey Officer (journey.officer)");
		PlaywrightAssertions.assertThat(page.locator("#account-details")).containsText("Marchshire Council");
		browser.visit(page, "04-account");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts").setExact(true)).first().click();
		page.waitForURL("**/admin/users");
		var row = page.locator("#accounts tr", new Page.LocatorOptions().setHasText("journey.officer"));
		PlaywrightAssertions.assertThat(row).containsText("Journey Officer");
		PlaywrightAssertions.assertThat(row).containsText("Council officer");
		PlaywrightAssertions.assertThat(row).containsText("Marchshire Council");
		PlaywrightAssertions.assertThat(row).containsText("Active");
		browser.visit(page, "05-accounts-with-the-new-one");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change your password")).click();
		page.waitForURL("**/account/password");
		PlaywrightAssertions.assertThat(heading(page)).hasText("Change your password");
		browser.visit(page, "06-change-your-password");
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
