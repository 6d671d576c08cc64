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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plan manager records a case-audit round and a value of a headline measure, and the
 * plan's dashboard shows both new figures.
 */
@BrowserTest
class ImpactOnDashboardJourneyTests {

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aPlanManagersNewAuditRoundAndMeasureValueShowOnTheDashboard(Page page, BrowserSession browser) {
		var slug = "impact-journey-" + System.nanoTime();
		var built = this.transaction.execute((status) -> this.fixture.plan(slug, 1, 2, 1));
		var manager = this.transaction
			.execute((status) -> this.fixture.member(built, slug + ".manager", "Impact Manager", Role.PLAN_MANAGER));
		long planId = built.plan().getId();
		long measureId = this.jdbc.queryForObject("""
				insert into measure (authority_id, plan_id, name, unit, direction, target, frequency, headline)
				values (?, ?, 'Audited cases adequate or better', 'PERCENT', 'HIGHER_IS_BETTER', 85, 'MONTHLY', true)
				returning id""", Long.class, built.authority().getId(), planId);
		var today = LocalDate.now(this.clock);
		var lastMonth = today.withDayOfMonth(1).minusMonths(1);

		SignIn.as(page, manager.getUsername(), PlanFixture.PASSWORD);
		page.navigate("/plans/" + planId + "/dashboard");
		PlaywrightAssertions.assertThat(page.locator("#latest-case-audit")).hasCount(0);
		PlaywrightAssertions.assertThat(page.locator("#headline-measures")).containsText("No value yet");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evidence of impact")).click();
		browser.visit(page, "01-evidence-of-impact");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Case audits").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an audit round")).click();
		page.getByLabel("Title").fill("Quarterly audit of children in need plans");
		page.getByLabel("Day").fill(Integer.toString(today.getDayOfMonth()));
		page.getByLabel("Month").fill(Integer.toString(today.getMonthValue()));
		page.getByLabel("Year").fill(Integer.toString(today.getYear()));
		page.getByLabel("Cases audited").fill("200");
		page.getByLabel("Outstanding").fill("20");
		page.getByLabel("Good", new Page.GetByLabelOptions().setExact(true)).fill("100");
		page.getByLabel("Requires improvement").fill("50");
		page.getByLabel("Inadequate").fill("30");
		button(page, "Record audit round").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success")).isVisible();

		page.navigate("/measures/" + measureId);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a value for this measure")).click();
		page.getByLabel("Day").fill("1");
		page.getByLabel("Month").fill(Integer.toString(lastMonth.getMonthValue()));
		page.getByLabel("Year").fill(Integer.toString(lastMonth.getYear()));
		page.getByLabel("Value").fill("77.5");
		button(page, "Record value").click();
		page.waitForURL(Pattern.compile("/measures/" + measureId + "$"));

		page.navigate("/plans/" + planId);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard").setExact(true)).click();
		PlaywrightAssertions.assertThat(page.locator("#latest-case-audit")).hasText("85.0%");
		var measures = page.locator("#headline-measures");
		PlaywrightAssertions.assertThat(measures).containsText("77.5%");
		PlaywrightAssertions.assertThat(measures).containsText("Within 10% of target: 77.5% against a target of 85%.");
		browser.visit(page, "02-dashboard-with-new-figures");
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
