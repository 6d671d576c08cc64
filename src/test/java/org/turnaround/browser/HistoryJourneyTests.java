package org.turnaround.browser;

import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.turnaround.action.ActionRepository;
import org.turnaround.action.ActionStatus;
import org.turnaround.action.ActionUpdateRepository;
import org.turnaround.action.RagPolicy;
import org.turnaround.audit.AuditActor;
import org.turnaround.audit.AuditActors;
import org.turnaround.milestone.MilestoneQueries;
import org.turnaround.milestone.MilestoneRepository;
import org.turnaround.plan.PlanRepository;
import org.turnaround.support.PlanFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@BrowserTest
class HistoryJourneyTests {

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ActionRepository actions;

	@Autowired
	ActionUpdateRepository updates;

	@Autowired
	MilestoneRepository milestones;

	@Autowired
	MilestoneQueries milestoneQueries;

	@Autowired
	PlanRepository plans;

	@Autowired
	RagPolicy ragPolicy;

	@Autowired
	Clock clock;

	@Test
	void followsAPlanToAMilestoneAndAnActionAndReadsWhoChangedWhat(Page page, BrowserSession browser) throws Exception {
		var built = this.transaction.execute((status) -> this.fixture.plan("history-journey", 1, 2, 0));
		var owner = built.owner();
		long planId = built.plan().getId();
		long actionId = built.actions().get(0).getId();
		long milestoneId = this.milestoneQueries.forPlan(planId).get(0).id();
		AuditActors.runAs(AuditActor.of(owner.getId(), owner.getUsername()), () -> {
			this.transaction.executeWithoutResult((status) -> {
				var action = this.actions.findById(actionId).orElseThrow();
				action.reviseDueDate(action.getDueOn().plusWeeks(4), "Waiting for the new recruitment budget");
				this.updates.save(action.recordUpdate(owner.getId(), ActionStatus.IN_PROGRESS, 20,
						"Campaign brief written", Instant.now(this.clock), this.clock.getZone(), this.ragPolicy));
				this.milestones.findById(milestoneId).orElseThrow().dependsOn(actionId);
				this.plans.findById(planId).orElseThrow().addPriority("Workforce stability", null, "Director");
			});
			return null;
		});

		SignIn.as(page, owner.getUsername(), PlanFixture.PASSWORD);
		page.navigate("/plans/" + planId);
		browser.visit(page, "01-plan");
		var planChanges = page.locator("#changes + ol > li");
		PlaywrightAssertions.assertThat(planChanges.first())
			.containsText("Priorities added Priority 2: Workforce stability");

		link(page, "Fixture milestone 1").click();
		page.waitForURL(Pattern.compile("/milestones/\\d+$"));
		PlaywrightAssertions.assertThat(heading(page)).hasText("Fixture milestone 1");
		browser.visit(page, "02-milestone");
		PlaywrightAssertions.assertThat(page.locator("#changes + ol > li").first())
			.containsText("Actions it depends on added 1.1 Fixture action 1.1");

		link(page, "1.1 Fixture action 1.1").click();
		page.waitForURL(Pattern.compile("/actions/\\d+$"));
		browser.visit(page, "03-action");
		var latest = page.locator("#changes + ol > li").first();
		PlaywrightAssertions.assertThat(latest).containsText("by Fixture Owner history-journey");
		PlaywrightAssertions.assertThat(latest).containsText("Status changed from Not started to In progress");
		PlaywrightAssertions.assertThat(latest).containsText("Percent complete changed from 0% to 20%");
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
