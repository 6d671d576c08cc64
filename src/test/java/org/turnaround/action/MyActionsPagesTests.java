package org.turnaround.action;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;
import org.turnaround.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
@Transactional
class MyActionsPagesTests {

	private static final Pattern ACTION_LINK = Pattern.compile("href=\"/actions/(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void listsOverdueFirstThenOffTrackThenAtRiskThenByDueDateSoonest() throws Exception {
		var built = this.fixture.plan("urgency", 1, 6, 0);
		var ids = built.actions().stream().map(Action::getId).toList();
		var today = LocalDate.now(this.clock);
		var recently = Instant.now(this.clock).minus(2, ChronoUnit.DAYS);
		// On track, due in 40 days.
		set(ids.get(0), "IN_PROGRESS", 90, today.plusDays(40), recently);
		// Overdue by 3 days.
		set(ids.get(1), "IN_PROGRESS", 50, today.minusDays(3), recently);
		// At risk: due in 5 days and little done.
		set(ids.get(2), "IN_PROGRESS", 10, today.plusDays(5), recently);
		// Off track: blocked, due in 30 days.
		set(ids.get(3), "BLOCKED", 60, today.plusDays(30), recently);
		// Overdue by 10 days.
		set(ids.get(4), "IN_PROGRESS", 50, today.minusDays(10), recently);
		// On track, due in 3 days: sooner than the at-risk one, but after it.
		set(ids.get(5), "IN_PROGRESS", 90, today.plusDays(3), recently);

		var body = page("/my-actions", built);

		assertThat(actionIds(body)).containsExactly(ids.get(4), ids.get(1), ids.get(3), ids.get(2), ids.get(5),
				ids.get(0));
		assertThat(body).contains("You own 6 open actions, 2 overdue.");
	}

	@Test
	void saysInWordsWhenAnActionIsOverdueAndWhenItHasGoneWithoutAnUpdate() throws Exception {
		var built = this.fixture.plan("stale", 1, 2, 1);
		var today = LocalDate.now(this.clock);
		// Updates at noon, local time: "now minus 41 days" late in the evening can fall
		// on
		// another local day when the clocks changed in between.
		set(built.actions().get(0).getId(), "IN_PROGRESS", 20, today.minusDays(12), noon(today.minusDays(41)));
		set(built.actions().get(1).getId(), "IN_PROGRESS", 90, today.plusDays(60), noon(today.minusDays(3)));

		var body = page("/my-actions", built);

		assertThat(body).contains("Overdue by 12 days").contains("No update for 41 days").contains("Off track");
		assertThat(body).doesNotContain("No update for 3 days");
	}

	@Test
	void leavesOutCompleteAndCancelledActionsUnlessAskedForThemAll() throws Exception {
		var built = this.fixture.plan("done", 1, 3, 0);
		var ids = built.actions().stream().map(Action::getId).toList();
		var recently = Instant.now(this.clock).minus(1, ChronoUnit.DAYS);
		set(ids.get(0), "COMPLETE", 100, LocalDate.now(this.clock).plusDays(5), recently);
		set(ids.get(1), "CANCELLED", 30, LocalDate.now(this.clock).plusDays(5), recently);

		assertThat(actionIds(page("/my-actions", built))).containsExactly(ids.get(2));
		assertThat(actionIds(page("/my-actions?status=done", built))).containsExactly(ids.get(2), ids.get(0),
				ids.get(1));
		assertThat(actionIds(page("/my-actions?status=COMPLETE", built))).containsExactly(ids.get(0));
	}

	@Test
	void filtersByRagStatusAndPriority() throws Exception {
		var built = this.fixture.plan("filters", 2, 2, 0);
		var ids = built.actions().stream().map(Action::getId).toList();
		var today = LocalDate.now(this.clock);
		var recently = Instant.now(this.clock).minus(1, ChronoUnit.DAYS);
		set(ids.get(0), "BLOCKED", 10, today.plusDays(50), recently);
		set(ids.get(1), "IN_PROGRESS", 90, today.plusDays(50), recently);
		set(ids.get(2), "IN_PROGRESS", 10, today.plusDays(5), recently);
		set(ids.get(3), "NOT_STARTED", 0, today.plusDays(50), recently);
		var secondPriority = built.plan().getPriorities().get(1).getId();

		assertThat(actionIds(page("/my-actions?rag=RED", built))).containsExactly(ids.get(0));
		assertThat(actionIds(page("/my-actions?rag=GREEN", built))).containsExactlyInAnyOrder(ids.get(1), ids.get(3));
		assertThat(actionIds(page("/my-actions?status=NOT_STARTED", built))).containsExactly(ids.get(3));
		assertThat(actionIds(page("/my-actions?priority=" + secondPriority, built))).containsExactly(ids.get(2),
				ids.get(3));
		assertThat(actionIds(page("/my-actions?priority=" + secondPriority + "&rag=GREEN&status=", built)))
			.containsExactly(ids.get(3));
		var none = page("/my-actions?rag=BLUE", built);
		assertThat(actionIds(none)).isEmpty();
		assertThat(none).contains("No actions match these filters.").contains("Clear filters");
	}

	@Test
	void aFilterValueNoFormOffersIsABadRequestPage() throws Exception {
		var built = this.fixture.plan("bad-filter", 1, 1, 0);
		var theirs = this.fixture.plan("bad-filter-theirs", 1, 1, 0);
		var signedIn = user(this.fixture.signedIn(built.owner()));
		for (var query : List.of("status=FINISHED", "rag=PURPLE", "rag=red", "priority=abc",
				"priority=" + theirs.plan().getPriorities().get(0).getId())) {
			this.mvc.perform(get("/my-actions?" + query).with(signedIn))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Sorry, there is a problem with that request")));
		}
	}

	@Test
	void anOwnerOfNoActionsIsToldSo() throws Exception {
		var built = this.fixture.plan("nothing", 1, 0, 0);
		assertThat(page("/my-actions", built)).contains("You own no open actions.")
			.contains("You do not own any open actions.");
	}

	@Test
	@WithUserDetails("officer")
	void showsTheDemoOfficerExactlyTheOpenActionsTheyOwn() throws Exception {
		var own = this.jdbc.queryForList("""
				select a.id from action a join account o on o.id = a.owner_id
				where o.username = 'officer' and a.status not in ('COMPLETE', 'CANCELLED')""", Long.class);
		assertThat(own).hasSizeGreaterThan(2);
		var body = this.mvc.perform(get("/my-actions"))
			.andExpect(status().isOk())
			.andExpect(view().name("actions/mine"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(actionIds(body)).containsExactlyInAnyOrderElementsOf(own);
		assertThat(body).contains("You own " + own.size() + " open actions");
	}

	@Test
	@WithUserDetails("officer")
	void neverListsAnotherAuthoritysActionEvenOneTheOfficerSomehowOwns() throws Exception {
		var northgates = this.jdbc.queryForObject("""
				select a.id from action a join improvement_plan p on p.id = a.plan_id
				join authority au on au.id = p.authority_id
				where au.slug = 'northgate' and a.status not in ('COMPLETE', 'CANCELLED') order by a.id limit 1""",
				Long.class);
		this.jdbc.update(
				"update action set owner_id = (select id from account where username = 'officer') where id = ?",
				northgates);
		var body = this.mvc.perform(get("/my-actions"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(actionIds(body)).isNotEmpty().doesNotContain(northgates);
	}

	@Test
	@WithUserDetails("cabinet")
	void cabinetMembersOwnNoActionsAndAreRefused() throws Exception {
		this.mvc.perform(get("/my-actions")).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("officer")
	void officersLandOnTheirActions() throws Exception {
		this.mvc.perform(get("/")).andExpect(redirectedUrl("/my-actions"));
		this.mvc.perform(get("/my-actions"))
			.andExpect(content().string(containsString("aria-current=\"page\">My actions</a>")));
	}

	@Test
	@WithUserDetails("manager")
	void planManagersStillLandOnThePlanAndCanOpenTheirActions() throws Exception {
		this.mvc.perform(get("/")).andExpect(redirectedUrlPattern("/plans/*"));
		this.mvc.perform(get("/my-actions")).andExpect(status().isOk());
	}

	@Test
	void theListCostsTheSameNumberOfStatementsForTwoActionsAsForForty() throws Exception {
		var small = this.fixture.plan("mine-small", 1, 2, 1);
		var large = this.fixture.plan("mine-large", 4, 10, 2);
		long smallCount = statementsFor(small);
		long largeCount = statementsFor(large);
		assertThat(largeCount).isEqualTo(smallCount).isLessThanOrEqualTo(2);
	}

	private long statementsFor(PlanFixture.Built as) throws Exception {
		var signedIn = user(this.fixture.signedIn(as.owner()));
		this.sql.reset();
		this.mvc.perform(get("/my-actions").with(signedIn)).andExpect(status().isOk());
		return this.sql.count();
	}

	private void set(long actionId, String status, int percent, LocalDate dueOn, Instant lastUpdateAt) {
		this.jdbc.update("""
				update action
				set status = ?, percent_complete = ?, due_on = ?, baseline_due_on = ?, starts_on = null,
				    last_update_at = ?, completed_on = case when ? = 'COMPLETE' then current_date end,
				    cancellation_reason = case when ? = 'CANCELLED' then 'No longer needed' end
				where id = ?""", status, percent, dueOn, dueOn, Timestamp.from(lastUpdateAt), status, status, actionId);
	}

	private String page(String path, PlanFixture.Built as) throws Exception {
		return this.mvc.perform(get(path).with(user(this.fixture.signedIn(as.owner()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<Long> actionIds(String body) {
		var ids = new ArrayList<Long>();
		var matcher = ACTION_LINK.matcher(body);
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		return ids;
	}

	private Instant noon(LocalDate day) {
		return day.atTime(12, 0).atZone(this.clock.getZone()).toInstant();
	}

}
