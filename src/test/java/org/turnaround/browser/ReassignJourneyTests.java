package org.turnaround.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.turnaround.account.Role;
import org.turnaround.support.PlanFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plan manager moves two actions to a new owner from the plan page and reads the banner
 * that says so.
 */
@BrowserTest
class ReassignJourneyTests {

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aPlanManagerReassignsTwoActions(Page page, BrowserSession browser) {
		var slug = "reassign-journey-" + System.nanoTime();
		var built = this.transaction.execute((status) -> this.fixture.plan(slug, 1, 3, 1));
		var manager = this.transaction
			.execute((status) -> this.fixture.member(built, slug + ".manager", "Journey Manager", Role.PLAN_MANAGER));
		var newOwner = this.transaction
			.execute((status) -> this.fixture.member(built, slug + ".new", "Journey New Owner", Role.OFFICER));
		long planId = built.plan().getId();

		SignIn.as(page, manager.getUsername(), PlanFixture.PASSWORD);
		page.navigate("/plans/" + planId);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reassign actions to a new owner")).click();
		page.waitForURL("**/plans/" + planId + "/reassign");
		browser.visit(page, "01-reassign");

		page.getByLabel("1.1 Fixture action 1.1").check();
		page.getByLabel("1.2 Fixture action 1.2").check();
		page.getByLabel("New owner").selectOption(new SelectOption().setLabel("Journey New Owner"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reassign actions")).click();

		page.waitForURL(Pattern.compile("/plans/" + planId + "$"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("2 actions moved to Journey New Owner");
		browser.visit(page, "02-plan-after-reassign");

		// The traceability view shows the new owner against the requirement the actions
		// answer.
		page.navigate("/notices/" + built.notice().getId() + "/traceability");
		PlaywrightAssertions.assertThat(page.locator("#traceability-summary"))
			.hasText("1 requirement, 0 with no action");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Journey New Owner");
		browser.visit(page, "03-traceability");
	}

}
