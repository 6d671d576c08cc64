package org.turnaround.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.turnaround.account.Role;
import org.turnaround.action.Action;
import org.turnaround.action.ActionQueries;
import org.turnaround.action.ActionRepository;
import org.turnaround.action.ActionStatus;
import org.turnaround.action.Rag;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The trend's cache in use, with every change committed so the audit trail records it as
 * it does for people: officers saving updates and a manager editing an action today leave
 * the counts of finished days cached, and right; only a change to the plan's set of
 * actions makes the cache count again.
 */
@IntegrationTest
class TrendCacheInUseTests {

	private static final String SLUG = "trend-cache-in-use";

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	EntityManager entityManager;

	@Autowired
	ActionRepository actionRepository;

	@Autowired
	ActionQueries actions;

	@Autowired
	Dashboards dashboards;

	@Autowired
	TrendCache cache;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void todaysSavesAndEditsKeepFinishedDaysCachedAndRightWhileANewActionMakesThemCountAgain() throws Exception {
		var built = this.transaction.execute((status) -> this.fixture.plan(SLUG, 2, 3, 3));
		long planId = built.plan().getId();
		var owner = this.fixture.signedIn(built.owner());
		var shown = trend(planId, owner);
		assertThat(shown).hasSizeGreaterThan(2).isEqualTo(TrendRecount.recounted(this.actions, planId, shown));
		var stamp = stamp(planId);
		var cachedDays = this.cache.counts(planId, stamp).keySet();
		assertThat(cachedDays).isNotEmpty();
		var since = LocalDate.now(this.clock).minusMonths(1);
		var then = this.cache.then(planId, stamp, since);
		assertThat(then).hasSize(6);

		// An officer reports an action complete today: today's point moves, finished
		// days stay cached.
		long actionId = built.actions().get(0).getId();
		this.mvc
			.perform(post("/actions/{id}/update", actionId).with(csrf())
				.with(user(owner))
				.param("version", version(actionId))
				.param("status", "COMPLETE")
				.param("percentComplete", "100")
				.param("commentary", "The new front door is live and the backlog cleared")
				.param("ragOverride", "NONE"))
			.andExpect(status().is3xxRedirection());
		assertThat(stamp(planId)).isEqualTo(stamp);
		var afterSave = trend(planId, owner);
		assertThat(afterSave).isEqualTo(TrendRecount.recounted(this.actions, planId, afterSave));
		assertThat(afterSave.subList(0, afterSave.size() - 1)).isEqualTo(shown.subList(0, shown.size() - 1));
		assertThat(last(afterSave).counts().count(Rag.BLUE)).isEqualTo(last(shown).counts().count(Rag.BLUE) + 1);
		// What changed since a month ago compares today with the day kept, which is
		// still right.
		assertThat(this.cache.then(planId, stamp, since)).isSameAs(then);
		var changed = dashboard(planId, owner).changes().changed();
		assertThat(changed).filteredOn((change) -> change.now().id() == actionId)
			.singleElement()
			.satisfies((change) -> {
				assertThat(change.before()).isIn(then).isNotNull();
				assertThat(change.before().status()).isNotEqualTo(ActionStatus.COMPLETE);
				assertThat(change.now().status()).isEqualTo(ActionStatus.COMPLETE);
			});
		assertThat(then).isEqualTo(TrendRecount.then(this.actions, planId, since));

		// A manager renames an action and hands it to someone else today.
		var newOwner = this.transaction
			.execute((status) -> this.fixture.member(built, SLUG + ".new", "Ann Other", Role.OFFICER));
		long otherId = built.actions().get(1).getId();
		this.transaction.executeWithoutResult((status) -> {
			var action = this.entityManager.find(Action.class, otherId);
			action.edit("Renamed today", null, newOwner.getId(), action.getStartsOn());
		});
		assertThat(stamp(planId)).isEqualTo(stamp);
		assertThat(this.cache.counts(planId, stamp).keySet()).containsAll(cachedDays);
		assertThat(trend(planId, owner)).isEqualTo(afterSave);

		// A new action changes the set of actions the cache was counted for.
		this.transaction.executeWithoutResult((status) -> {
			var first = built.actions().get(0);
			this.actionRepository
				.save(new Action(planId, first.getPriorityId(), 9, "Added today", built.owner().getId(),
						LocalDate.now(this.clock), LocalDate.now(this.clock).plusMonths(2), Instant.now(this.clock)));
		});
		var newStamp = stamp(planId);
		assertThat(newStamp).isNotEqualTo(stamp);
		assertThat(this.cache.counts(planId, newStamp)).isEmpty();
		var afterNewAction = trend(planId, owner);
		assertThat(afterNewAction).isEqualTo(TrendRecount.recounted(this.actions, planId, afterNewAction));
		assertThat(last(afterNewAction).counts().total()).isEqualTo(last(afterSave).counts().total() + 1);
	}

	private String stamp(long planId) {
		return this.dashboards.header(planId).orElseThrow().actionsStamp();
	}

	private String version(long actionId) {
		return this.jdbc.queryForObject("select version from action where id = ?", Long.class, actionId).toString();
	}

	private static Dashboard.TrendPoint last(List<Dashboard.TrendPoint> trend) {
		return trend.get(trend.size() - 1);
	}

	private List<Dashboard.TrendPoint> trend(long planId, UserDetails who) throws Exception {
		return dashboard(planId, who).trend();
	}

	private Dashboard dashboard(long planId, UserDetails who) throws Exception {
		var model = this.mvc.perform(get("/plans/{id}/dashboard", planId).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel();
		return (Dashboard) model.get("dashboard");
	}

	@AfterEach
	void removeTheFixture() {
		this.fixture.remove(SLUG);
	}

}
