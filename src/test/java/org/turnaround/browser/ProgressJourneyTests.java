package org.turnaround.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.turnaround.support.PlanFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An officer opens one of their actions, sends the progress form without commentary, is
 * told what is missing, then records an update and reads it in the history.
 */
@BrowserTest
class ProgressJourneyTests {

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void anOfficerRecordsProgressAndSeesWhatChangedAndTheNewHistoryEntry(Page page, BrowserSession browser) {
		var built = this.transaction.execute((status) -> this.fixture.plan("progress-journey", 1, 1, 1));
		long actionId = built.actions().get(0).getId();

		SignIn.as(page, built.owner().getUsername(), PlanFixture.PASSWORD);
		page.navigate("/actions/" + actionId);
		button(page, "Update progress").click();
		page.waitForURL("**/actions/" + actionId + "/update");
		PlaywrightAssertions.assertThat(heading(page)).hasText("Update progress");
		browser.visit(page, "01-update-progress");

		button(page, "Save update").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter commentary on the progress made");
		PlaywrightAssertions.assertThat(page).hasTitle(Pattern.compile("^Error: "));
		browser.visit(page, "02-update-progress-with-errors");
		page.locator(".govuk-error-summary").getByText("Enter commentary on the progress made").click();
		PlaywrightAssertions.assertThat(page.locator("#commentary")).isFocused();

		page.getByLabel("Blocked").check();
		page.getByLabel("Percent complete").fill("45");
		page.getByLabel("Commentary").fill("Waiting for HR to confirm the panel dates");
		button(page, "Save update").click();

		page.waitForURL(Pattern.compile("/actions/" + actionId + "$"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Update saved: status In progress to Blocked, 10% to 45%");
		PlaywrightAssertions.assertThat(page.locator(".turnaround-history__item").first())
			.containsText("Waiting for HR to confirm the panel dates");
		PlaywrightAssertions.assertThat(page.locator(".turnaround-history__item").first()).containsText("45% complete");
		browser.visit(page, "03-action-after-update");
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
