package org.turnaround.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.turnaround.account.Role;
import org.turnaround.support.PlanFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plan manager defines a measure, sends the value form empty and is told what is
 * missing, records a value and sees it on the measure page and in the list of measures.
 */
@BrowserTest
class MeasureJourneyTests {

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void aPlanManagerDefinesAMeasureAndRecordsAValue(Page page, BrowserSession browser) {
		var slug = "measure-journey-" + System.nanoTime();
		var built = this.transaction.execute((status) -> this.fixture.plan(slug, 1, 2, 0));
		var manager = this.transaction
			.execute((status) -> this.fixture.member(built, slug + ".manager", "Journey Manager", Role.PLAN_MANAGER));
		long planId = built.plan().getId();
		var lastMonth = LocalDate.now(this.clock).withDayOfMonth(1).minusMonths(1);

		SignIn.as(page, manager.getUsername(), PlanFixture.PASSWORD);
		page.navigate("/plans/" + planId + "/measures/new");
		PlaywrightAssertions.assertThat(heading(page)).hasText("Add a measure");
		browser.visit(page, "01-add-measure");

		button(page, "Add measure").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter a name for the measure");
		browser.visit(page, "02-add-measure-with-errors");

		page.getByLabel("Name").fill("Care leavers in touch");
		page.getByLabel("Percentage").check();
		page.getByLabel("Higher is better").check();
		page.getByLabel("Target (optional)").fill("90");
		page.getByLabel("Priority it evidences (optional)").selectOption("Priority 1: Fixture priority 1");
		page.getByLabel("Headline measure").check();
		page.getByLabel("1.2 Fixture action 1.2").check();
		button(page, "Add measure").click();
		page.waitForURL(Pattern.compile("/measures/\\d+$"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Measure added");
		PlaywrightAssertions.assertThat(page.locator(".govuk-summary-list")).containsText("No value recorded yet");
		browser.visit(page, "03-new-measure");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a value for this measure")).click();
		PlaywrightAssertions.assertThat(heading(page)).hasText("Record a value");
		button(page, "Record value").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter the value");
		PlaywrightAssertions.assertThat(page).hasTitle(Pattern.compile("^Error: "));
		browser.visit(page, "04-record-value-with-errors");

		page.getByLabel("Day").fill("1");
		page.getByLabel("Month").fill(Integer.toString(lastMonth.getMonthValue()));
		page.getByLabel("Year").fill(Integer.toString(lastMonth.getYear()));
		page.getByLabel("Value").fill("87.5");
		page.getByLabel("Note (optional)").fill("From the leaving care team's records");
		button(page, "Record value").click();

		page.waitForURL(Pattern.compile("/measures/\\d+$"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Value recorded: 87.5% for");
		PlaywrightAssertions.assertThat(page.locator("table").first()).containsText("87.5%");
		PlaywrightAssertions.assertThat(page.locator("table").first())
			.containsText("From the leaving care team's records");
		PlaywrightAssertions.assertThat(page.locator(".turnaround-rag-reason").first())
			.hasText("Within 10% of target: 87.5% against a target of 90%.");
		PlaywrightAssertions.assertThat(page.locator("svg[role=img]")).hasCount(1);
		browser.visit(page, "05-measure-with-value");

		page.navigate("/measures");
		PlaywrightAssertions.assertThat(page.locator("table").first()).containsText("Care leavers in touch");
		PlaywrightAssertions.assertThat(page.locator("table").first()).containsText("87.5%");
		browser.visit(page, "06-measures");
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
