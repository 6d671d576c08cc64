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
 * A plan manager records a case-audit round and sees its "% adequate or better" in the
 * trend, then records a workforce return and sees its rates: each form seen empty, with
 * errors and filled in.
 */
@BrowserTest
class ImpactEvidenceJourneyTests {

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void aPlanManagerRecordsACaseAuditRoundAndAWorkforceReturn(Page page, BrowserSession browser) {
		var slug = "impact-journey-" + System.nanoTime();
		var built = this.transaction.execute((status) -> this.fixture.plan(slug, 1, 1, 1));
		var manager = this.transaction
			.execute((status) -> this.fixture.member(built, slug + ".manager", "Impact Manager", Role.PLAN_MANAGER));
		var completed = LocalDate.now(this.clock).minusDays(1);

		SignIn.as(page, manager.getUsername(), PlanFixture.PASSWORD);
		page.navigate("/case-audits");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("No audit rounds have been recorded yet");
		browser.visit(page, "01-no-case-audits");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an audit round")).click();
		page.waitForURL(Pattern.compile("/case-audits/new$"));
		browser.visit(page, "02-record-audit");

		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Practice week audit");
		page.locator("#completedDay").fill("" + completed.getDayOfMonth());
		page.locator("#completedMonth").fill("" + completed.getMonthValue());
		page.locator("#completedYear").fill("" + completed.getYear());
		page.getByLabel("Cases audited").fill("1,400");
		page.getByLabel("Outstanding").fill("70");
		page.getByLabel("Good", new Page.GetByLabelOptions().setExact(true)).fill("350");
		page.getByLabel("Requires improvement").fill("560");
		page.getByLabel("Inadequate").fill("419");
		button(page, "Record audit round").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("The grades add up to 1,399 cases, but 1,400 were audited");
		PlaywrightAssertions.assertThat(page).hasTitle(Pattern.compile("^Error: "));
		browser.visit(page, "03-record-audit-with-errors");

		page.getByLabel("Inadequate").fill("420");
		button(page, "Record audit round").click();
		page.waitForURL(Pattern.compile("/case-audits/\\d+$"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Audit round recorded");
		browser.visit(page, "04-audit-recorded");

		page.navigate("/case-audits");
		PlaywrightAssertions.assertThat(page.locator("#rounds")).containsText("Practice week audit");
		PlaywrightAssertions.assertThat(page.locator("#rounds")).containsText("70.0%");
		PlaywrightAssertions
			.assertThat(page.getByRole(AriaRole.IMG,
					new Page.GetByRoleOptions().setName("Cases adequate or better, by audit round")))
			.isVisible();
		browser.visit(page, "05-case-audits");

		page.navigate("/workforce");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a workforce return")).click();
		page.waitForURL(Pattern.compile("/workforce/new$"));
		browser.visit(page, "06-record-workforce");

		button(page, "Record workforce return").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter the date the return describes");
		browser.visit(page, "07-record-workforce-with-errors");

		page.locator("#periodDay").fill("" + completed.getDayOfMonth());
		page.locator("#periodMonth").fill("" + completed.getMonthValue());
		page.locator("#periodYear").fill("" + completed.getYear());
		page.getByLabel("Social workers in post (FTE)").fill("150");
		page.getByLabel("Vacancies (FTE)").fill("0");
		page.getByLabel("Agency social workers (FTE)").fill("50");
		page.getByLabel("Leavers (FTE)").fill("24");
		page.getByLabel("Average caseload (optional)").fill("17.5");
		button(page, "Record workforce return").click();
		page.waitForURL(Pattern.compile("/workforce/\\d+$"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Workforce return recorded");
		browser.visit(page, "08-workforce-recorded");

		page.navigate("/workforce");
		PlaywrightAssertions.assertThat(page.locator("#rates")).containsText("25.0%");
		PlaywrightAssertions.assertThat(page.locator("#rates")).containsText("16.0%");
		browser.visit(page, "09-workforce");
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
