package org.turnaround.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
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
 * A plan manager records an Ofsted visit and then an inspection with its judgements, adds
 * a finding answered by an action and sees the judgement history; then adds a partner
 * that leads an action. Every page on the way is checked with axe.
 */
@BrowserTest
class InspectionJourneyTests {

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aPlanManagerRecordsAnInspectionAndAFindingAndSeesTheJudgementHistory(Page page, BrowserSession browser) {
		var slug = "inspection-journey-" + System.nanoTime();
		var built = this.transaction.execute((status) -> this.fixture.plan(slug, 1, 2, 1));
		var manager = this.transaction
			.execute((status) -> this.fixture.member(built, slug + ".manager", "Journey Manager", Role.PLAN_MANAGER));

		SignIn.as(page, manager.getUsername(), PlanFixture.PASSWORD);
		page.navigate("/inspections");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("No inspection has given judgements yet.");
		browser.visit(page, "inspections-01-none");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an inspection or visit")).click();
		page.waitForURL(Pattern.compile("/inspections/new$"));
		browser.visit(page, "inspections-02-new");
		button(page, "Record inspection").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Choose the kind of inspection or visit");
		PlaywrightAssertions.assertThat(page).hasTitle(Pattern.compile("^Error: "));
		browser.visit(page, "inspections-03-new-with-errors");

		// A monitoring visit with a judgement is told that visits are not graded.
		page.getByLabel("Monitoring visit").check();
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Monitoring visit: the front door");
		page.locator("#startedDay").fill("3");
		page.locator("#startedMonth").fill("3");
		page.locator("#startedYear").fill("2026");
		page.locator("#helpAndProtection").selectOption(new SelectOption().setLabel("Good"));
		button(page, "Record inspection").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("A monitoring visit gives no graded judgements: choose Not judged for help and protection");
		PlaywrightAssertions.assertThat(page.locator("#startedYear")).hasValue("2026");
		browser.visit(page, "inspections-04-visit-with-a-judgement");

		// It was a full inspection after all.
		page.getByLabel("Inspection", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
			.fill("Inspection of local authority children's services");
		page.locator("#publishedDay").fill("10");
		page.locator("#publishedMonth").fill("4");
		page.locator("#publishedYear").fill("2026");
		page.locator("#childrenInCare").selectOption(new SelectOption().setLabel("Requires improvement to be good"));
		page.locator("#impactOfLeaders").selectOption(new SelectOption().setLabel("Outstanding"));
		page.locator("#overall").selectOption(new SelectOption().setLabel("Good"));
		button(page, "Record inspection").click();
		page.waitForURL(Pattern.compile("/inspections/\\d+$"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Inspection recorded");
		PlaywrightAssertions.assertThat(page.locator("#judgements")).containsText("Outstanding");
		PlaywrightAssertions.assertThat(page.locator("#judgements")).containsText("Not judged");
		browser.visit(page, "inspections-05-recorded");
		var inspectionUrl = page.url();

		// A finding, answered by an action of the plan.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a finding")).click();
		page.waitForURL(Pattern.compile("/inspections/\\d+/findings/new$"));
		browser.visit(page, "inspections-06-new-finding");
		button(page, "Add finding").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter the finding");
		browser.visit(page, "inspections-07-new-finding-with-errors");
		page.getByLabel("Finding", new Page.GetByLabelOptions().setExact(true))
			.fill("Too many children wait too long at the front door.");
		page.getByLabel("1.2 Fixture action 1.2").check();
		button(page, "Add finding").click();
		page.waitForURL(Pattern.compile(Pattern.quote(inspectionUrl) + "#findings$"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Finding added");
		PlaywrightAssertions.assertThat(page.locator("#finding-1")).containsText("Finding 1");
		PlaywrightAssertions.assertThat(page.locator("#finding-1"))
			.containsText("Too many children wait too long at the front door.");
		PlaywrightAssertions
			.assertThat(page.locator("#finding-1")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("1.2 Fixture action 1.2")))
			.isVisible();
		PlaywrightAssertions.assertThat(page.locator("#changes + p, .turnaround-history"))
			.containsText("Journey Manager");
		browser.visit(page, "inspections-08-finding-added");

		// The judgement history, as a table with words in every cell.
		page.navigate("/inspections");
		var history = page.locator("#judgement-history");
		PlaywrightAssertions.assertThat(history).containsText("Inspection of local authority children's services");
		PlaywrightAssertions
			.assertThat(history.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Impact of leaders")))
			.containsText("Outstanding");
		PlaywrightAssertions
			.assertThat(history.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Care leavers")))
			.containsText("Not judged");
		PlaywrightAssertions
			.assertThat(
					history.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Overall effectiveness")))
			.containsText("Good");
		browser.visit(page, "inspections-09-history");
	}

	@Test
	void aPlanManagerAddsAPartnerThatLeadsAnAction(Page page, BrowserSession browser) {
		var slug = "partnership-journey-" + System.nanoTime();
		var built = this.transaction.execute((status) -> this.fixture.plan(slug, 1, 2, 1));
		var manager = this.transaction
			.execute((status) -> this.fixture.member(built, slug + ".manager", "Journey Manager", Role.PLAN_MANAGER));

		SignIn.as(page, manager.getUsername(), PlanFixture.PASSWORD);
		page.navigate("/partnerships");
		browser.visit(page, "partnerships-01-none");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a partnership")).click();
		page.waitForURL(Pattern.compile("/partnerships/new$"));
		browser.visit(page, "partnerships-02-new");
		button(page, "Add partnership").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter the partner's name");
		browser.visit(page, "partnerships-03-new-with-errors");

		page.getByLabel("Partner’s name").fill("Practice Partners");
		page.getByLabel("Agency").check();
		page.locator("#startsDay").fill("1");
		page.locator("#startsMonth").fill("1");
		page.locator("#startsYear").fill("2026");
		page.locator("input[name=leads][value='" + built.actions().get(0).getId() + "']").check();
		page.locator("input[name=supports][value='" + built.actions().get(1).getId() + "']").check();
		button(page, "Add partnership").click();
		page.waitForURL(Pattern.compile("/partnerships/\\d+$"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Partnership added");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("1.1 Fixture action 1.1");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("1.2 Fixture action 1.2");
		browser.visit(page, "partnerships-04-added");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit this partnership")).click();
		page.waitForURL(Pattern.compile("/partnerships/\\d+/edit$"));
		browser.visit(page, "partnerships-05-edit");
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
