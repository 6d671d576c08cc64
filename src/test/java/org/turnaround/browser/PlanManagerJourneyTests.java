package org.turnaround.browser;

import java.time.Clock;
import java.time.LocalDate;
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
 * A plan manager adds, edits and cancels an action, adds a milestone and marks it
 * achieved, then closes the plan: every form on the way is seen empty, with errors and
 * filled in.
 */
@BrowserTest
class PlanManagerJourneyTests {

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void aPlanManagerMaintainsActionsAndMilestonesThenClosesThePlan(Page page, BrowserSession browser) {
		var slug = "plan-manager-journey-" + System.nanoTime();
		var built = this.transaction.execute((status) -> this.fixture.plan(slug, 1, 1, 1));
		var manager = this.transaction
			.execute((status) -> this.fixture.member(built, slug + ".manager", "Journey Manager", Role.PLAN_MANAGER));
		long planId = built.plan().getId();
		var today = LocalDate.now(this.clock);
		var due = today.plusMonths(3);

		SignIn.as(page, manager.getUsername(), PlanFixture.PASSWORD);
		page.navigate("/plans/" + planId);
		browser.visit(page, "01-plan");

		// Adding an action: first sent empty, then filled in.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an action under priority 1")).click();
		page.waitForURL(Pattern.compile("/plans/" + planId + "/actions/new"));
		PlaywrightAssertions.assertThat(heading(page)).hasText("Add an action");
		browser.visit(page, "02-add-action");

		button(page, "Add action").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter the action's title");
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Choose who owns the action");
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter the due date");
		PlaywrightAssertions.assertThat(page).hasTitle(Pattern.compile("^Error: "));
		browser.visit(page, "03-add-action-with-errors");

		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Recruit an independent chair");
		page.getByLabel("Owner")
			.selectOption(new SelectOption().setLabel(built.owner().getDisplayName() + ", Service manager"));
		page.locator("#dueDay").fill(String.valueOf(due.getDayOfMonth()));
		page.locator("#dueMonth").fill(String.valueOf(due.getMonthValue()));
		page.locator("#dueYear").fill(String.valueOf(due.getYear()));
		button(page, "Add action").click();

		page.waitForURL(Pattern.compile("/actions/\\d+$"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Action 1.2 added");
		PlaywrightAssertions.assertThat(heading(page)).hasText("1.2 Recruit an independent chair");
		browser.visit(page, "04-action-added");
		var actionUrl = page.url();

		page.navigate("/plans/" + planId);
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("1.2 Recruit an independent chair");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1.2 Recruit an independent chair")).click();
		page.waitForURL(actionUrl);

		// Editing it.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit this action")).click();
		page.waitForURL(Pattern.compile("/actions/\\d+/edit$"));
		PlaywrightAssertions.assertThat(heading(page)).hasText("Edit action 1.2");
		browser.visit(page, "05-edit-action");
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Appoint an independent chair");
		button(page, "Save changes").click();
		page.waitForURL(actionUrl);
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Action 1.2 saved");
		PlaywrightAssertions.assertThat(heading(page)).hasText("1.2 Appoint an independent chair");
		browser.visit(page, "06-action-edited");

		// Cancelling it: sent without a reason first.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cancel action")).click();
		page.waitForURL(Pattern.compile("/actions/\\d+/cancel$"));
		PlaywrightAssertions.assertThat(heading(page)).hasText("Cancel this action");
		browser.visit(page, "07-cancel-action");
		button(page, "Cancel action").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).isVisible();
		browser.visit(page, "08-cancel-action-with-errors");
		page.getByLabel("Reason for cancelling").fill("The board will appoint its own chair");
		button(page, "Cancel action").click();
		page.waitForURL(actionUrl);
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Action 1.2 cancelled");
		PlaywrightAssertions.assertThat(page.locator("#rag")).containsText("No RAG");
		PlaywrightAssertions.assertThat(page.locator("main"))
			.containsText("Cancelled: The board will appoint its own chair");
		browser.visit(page, "09-action-cancelled");

		// Adding a milestone: sent empty first.
		page.navigate("/plans/" + planId);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a milestone")).click();
		page.waitForURL(Pattern.compile("/plans/" + planId + "/milestones/new$"));
		PlaywrightAssertions.assertThat(heading(page)).hasText("Add a milestone");
		browser.visit(page, "10-add-milestone");
		button(page, "Add milestone").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter a title for the milestone");
		browser.visit(page, "11-add-milestone-with-errors");
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Board in place");
		page.locator("#targetDay").fill(String.valueOf(due.getDayOfMonth()));
		page.locator("#targetMonth").fill(String.valueOf(due.getMonthValue()));
		page.locator("#targetYear").fill(String.valueOf(due.getYear()));
		button(page, "Add milestone").click();
		page.waitForURL(Pattern.compile("/milestones/\\d+$"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Milestone added");
		PlaywrightAssertions.assertThat(heading(page)).hasText("Board in place");
		browser.visit(page, "12-milestone-added");
		var milestoneUrl = page.url();

		// Marking it achieved today.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit this milestone")).click();
		page.waitForURL(Pattern.compile("/milestones/\\d+/edit$"));
		PlaywrightAssertions.assertThat(heading(page)).hasText("Edit milestone");
		browser.visit(page, "13-edit-milestone");
		page.getByLabel("Achieved", new Page.GetByLabelOptions().setExact(true)).check();
		page.locator("#achievedDay").fill(String.valueOf(today.getDayOfMonth()));
		page.locator("#achievedMonth").fill(String.valueOf(today.getMonthValue()));
		page.locator("#achievedYear").fill(String.valueOf(today.getYear()));
		button(page, "Save milestone").click();
		page.waitForURL(milestoneUrl);
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Milestone saved");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Achieved");
		browser.visit(page, "14-milestone-achieved");

		// Closing the plan, which is this test's own.
		page.navigate("/plans/" + planId);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close this plan")).click();
		page.waitForURL(Pattern.compile("/plans/" + planId + "/close$"));
		PlaywrightAssertions.assertThat(heading(page)).hasText("Close this plan");
		browser.visit(page, "15-close-plan");
		button(page, "Close this plan").click();
		page.waitForURL(Pattern.compile("/plans/" + planId + "$"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Plan closed");
		PlaywrightAssertions
			.assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a milestone")))
			.hasCount(0);
		browser.visit(page, "16-plan-closed");
	}

	@Test
	void aPlanManagerCancelsAMilestoneGivingAReason(Page page, BrowserSession browser) {
		var slug = "milestone-cancel-journey-" + System.nanoTime();
		var built = this.transaction.execute((status) -> this.fixture.plan(slug, 1, 1, 1));
		var manager = this.transaction
			.execute((status) -> this.fixture.member(built, slug + ".manager", "Journey Manager", Role.PLAN_MANAGER));

		SignIn.as(page, manager.getUsername(), PlanFixture.PASSWORD);
		page.navigate("/plans/" + built.plan().getId());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fixture milestone 1")).click();
		page.waitForURL(Pattern.compile("/milestones/\\d+$"));
		var milestoneUrl = page.url();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cancel milestone")).click();
		page.waitForURL(Pattern.compile("/milestones/\\d+/cancel$"));
		PlaywrightAssertions.assertThat(heading(page)).hasText("Cancel milestone");
		browser.visit(page, "21-cancel-milestone");

		button(page, "Cancel milestone").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Give a reason for cancelling the milestone");
		PlaywrightAssertions.assertThat(page).hasTitle(Pattern.compile("^Error: "));
		browser.visit(page, "22-cancel-milestone-with-errors");

		page.getByLabel("Reason for cancelling").fill("Merged into the six-month review");
		button(page, "Cancel milestone").click();
		page.waitForURL(milestoneUrl);
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Milestone cancelled");
		PlaywrightAssertions.assertThat(page.locator("main"))
			.containsText("Cancelled: Merged into the six-month review");
		browser.visit(page, "23-milestone-cancelled");
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
