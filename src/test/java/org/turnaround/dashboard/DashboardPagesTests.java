package org.turnaround.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.turnaround.action.ActionQueries;
import org.turnaround.action.Rag;
import org.turnaround.plan.RagCounts;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;
import org.turnaround.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class DashboardPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	@Autowired
	ActionQueries actions;

	@Test
	void everyCountOnTheDemoDashboardMatchesAnIndependentCountInSql() throws Exception {
		long planId = marchshiresActivePlan();
		assertCountsMatch(planId, this.users.loadUserByUsername("cabinet"));
	}

	@Test
	void everyCountOnALargerGeneratedPlanMatchesAnIndependentCountInSql() throws Exception {
		var built = this.fixture.plan("dashboard-large", 8, 25, 4);
		assertCountsMatch(built.plan().getId(), this.fixture.signedIn(built.owner()));
	}

	@Test
	void theDashboardCostsTheSameNumberOfStatementsWhateverTheSizeOfThePlan() throws Exception {
		var small = this.fixture.plan("dashboard-small", 1, 1, 1);
		var large = this.fixture.plan("dashboard-big", 8, 25, 6);
		long smallCount = statementsFor(small);
		long largeCount = statementsFor(large);
		assertThat(largeCount).isEqualTo(smallCount);
		assertThat(smallCount).isEqualTo(9);
		// Again, with the finished days kept: the audit trail is not read at all.
		assertThat(statementsFor(large)).isEqualTo(8);
	}

	@Test
	void theFilteredActionListCostsTheSameNumberOfStatementsWhateverTheSizeOfThePlan() throws Exception {
		var small = this.fixture.plan("actions-small", 1, 1, 1);
		var large = this.fixture.plan("actions-big", 8, 25, 6);
		for (var filter : new String[] { "", "?rag=RED", "?priority=1&status=IN_PROGRESS" }) {
			long smallCount = statementsFor(small, "/plans/" + small.plan().getId() + "/actions" + filter);
			long largeCount = statementsFor(large, "/plans/" + large.plan().getId() + "/actions" + filter);
			assertThat(largeCount).as(filter).isEqualTo(smallCount).isEqualTo(4);
		}
	}

	@Test
	void showsTheNoticeWithItsAdviserStatusAndTheCountdownToTheNextReview() throws Exception {
		this.mvc.perform(get("/plans/{id}/dashboard", marchshiresActivePlan()).with(user(cabinet())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Next DfE review")))
			.andExpect(content().string(containsString("Adviser or commissioner")))
			.andExpect(content().string(containsString("RAG over time")))
			.andExpect(content().string(containsString("Actions by RAG at the end of each month")))
			.andExpect(content().string(containsString("role=\"img\"")));
	}

	@Test
	void eachCountLinksToTheListOfThoseActions() throws Exception {
		long planId = marchshiresActivePlan();
		var today = LocalDate.now(this.clock);
		var counts = new IndependentCounts(this.jdbc).byRag(planId, today);
		int red = counts.getOrDefault("RED", 0);
		assertThat(red).isPositive();
		this.mvc.perform(get("/plans/{id}/dashboard", planId).with(user(cabinet())))
			.andExpect(content().string(containsString("/plans/" + planId + "/actions?rag=RED")));
		var page = this.mvc.perform(get("/plans/{id}/actions", planId).param("rag", "RED").with(user(cabinet())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(red + (red == 1 ? " action" : " actions") + " match");
		assertThat(page.split("class=\"govuk-table__row\"").length - 2).isEqualTo(red);
	}

	@Test
	void filtersAPlansActionsByThePartnerThatLeadsOrSupportsThem() throws Exception {
		long planId = marchshiresActivePlan();
		var partnership = this.jdbc.queryForMap(
				"""
						select s.id, (select count(*) from action a where a.plan_id = ? and (a.lead_partnership_id = s.id
						    or a.id in (select action_id from partnership_supported_action where partnership_id = s.id))) as actions
						from partnership s join authority au on au.id = s.authority_id
						where au.slug = 'marchshire' order by s.id limit 1""",
				planId);
		long expected = ((Number) partnership.get("actions")).longValue();
		assertThat(expected).isPositive();
		var page = this.mvc
			.perform(get("/plans/{id}/actions", planId).param("partnership", partnership.get("id").toString())
				.with(user(cabinet())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("class=\"govuk-table__row\"").length - 2).isEqualTo(expected);
		var elsewhere = this.jdbc.queryForObject("""
				insert into partnership (authority_id, partner_name, partner_kind, starts_on)
				select id, 'Elsewhere partner', 'AGENCY', current_date from authority where slug = 'northgate'
				returning id""", Long.class);
		this.mvc
			.perform(
					get("/plans/{id}/actions", planId).param("partnership", elsewhere.toString()).with(user(cabinet())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theTrendOfPastDaysFollowsAChangeToAnActionMadeAfterItWasShown() throws Exception {
		var built = this.fixture.plan("dashboard-trend-cache", 2, 3, 2);
		var owner = this.fixture.signedIn(built.owner());
		var before = trend(built.plan().getId(), owner);
		assertThat(before).isEqualTo(TrendRecount.recounted(this.actions, built.plan().getId(), before));

		// Months ago these actions were not yet due; now the record says they were
		// overdue.
		var today = LocalDate.now(this.clock);
		for (var action : built.actions().subList(0, 3)) {
			this.jdbc.update("""
					update action set due_on = ?, due_revision_reason = 'Brought forward', version = version + 1
					where id = ?""", today.minusDays(150), action.getId());
		}
		var after = trend(built.plan().getId(), owner);
		assertThat(after).isNotEqualTo(before)
			.isEqualTo(TrendRecount.recounted(this.actions, built.plan().getId(), after));
	}

	private List<Dashboard.TrendPoint> trend(long planId, UserDetails who) throws Exception {
		var model = this.mvc.perform(get("/plans/{id}/dashboard", planId).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel();
		return ((Dashboard) model.get("dashboard")).trend();
	}

	@Test
	void anUnknownFilterValueIsABadRequest() throws Exception {
		this.mvc
			.perform(get("/plans/{id}/actions", marchshiresActivePlan()).param("rag", "PURPLE").with(user(cabinet())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void listsWhatChangedSinceTheChosenDay() throws Exception {
		var built = this.fixture.plan("dashboard-changes", 1, 2, 0);
		var today = LocalDate.now(this.clock);
		this.mvc
			.perform(get("/plans/{id}/dashboard", built.plan().getId())
				.param("sinceDay", String.valueOf(today.minusDays(1).getDayOfMonth()))
				.param("sinceMonth", String.valueOf(today.minusDays(1).getMonthValue()))
				.param("sinceYear", String.valueOf(today.minusDays(1).getYear()))
				.with(user(this.fixture.signedIn(built.owner()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing has changed.")));
		// The fixture's actions were created 200 days ago; a year ago the plan had none.
		this.mvc
			.perform(get("/plans/{id}/dashboard", built.plan().getId()).param("since", today.minusYears(1).toString())
				.with(user(this.fixture.signedIn(built.owner()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not yet in the plan")))
			.andExpect(content().string(containsString("Newly overdue")))
			.andExpect(content().string(not(containsString("Nothing has changed."))));
	}

	@Test
	void aSinceDateThatIsNotRealOrInTheFutureIsAnErrorOnThePage() throws Exception {
		long planId = marchshiresActivePlan();
		this.mvc
			.perform(get("/plans/{id}/dashboard", planId).param("sinceDay", "31")
				.param("sinceMonth", "2")
				.param("sinceYear", "2026")
				.with(user(cabinet())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter a real date")))
			.andExpect(content().string(containsString("value=\"31\"")));
		var tomorrow = LocalDate.now(this.clock).plusDays(1);
		this.mvc.perform(get("/plans/{id}/dashboard", planId).param("since", tomorrow.toString()).with(user(cabinet())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date must be today or in the past")));
	}

	@Test
	void aPlanOfAnotherAuthorityIsNotFound() throws Exception {
		var elsewhere = this.fixture.plan("dashboard-elsewhere", 1, 1, 1);
		this.mvc.perform(get("/plans/{id}/dashboard", elsewhere.plan().getId()).with(user(cabinet())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/{id}/actions", elsewhere.plan().getId()).with(user(cabinet())))
			.andExpect(status().isNotFound());
	}

	private void assertCountsMatch(long planId, UserDetails who) throws Exception {
		var today = LocalDate.now(this.clock);
		var independent = new IndependentCounts(this.jdbc);
		var byRag = independent.byRag(planId, today);
		var byPriority = independent.byPriorityAndRag(planId, today);
		var model = this.mvc.perform(get("/plans/{id}/dashboard", planId).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel();
		var dashboard = (Dashboard) model.get("dashboard");
		for (Rag rag : Rag.values()) {
			assertThat(dashboard.total().count(rag)).as("whole plan, %s", rag)
				.isEqualTo(byRag.getOrDefault(rag.name(), 0));
		}
		assertThat(dashboard.total().noRag()).isEqualTo(byRag.getOrDefault("NONE", 0));
		assertThat(dashboard.total().total()).isEqualTo(
				this.jdbc.queryForObject("select count(*) from action where plan_id = ?", Integer.class, planId));
		for (var progress : dashboard.priorities()) {
			int number = progress.priority().number();
			for (Rag rag : Rag.values()) {
				assertThat(progress.counts().count(rag)).as("priority %d, %s", number, rag)
					.isEqualTo(byPriority.getOrDefault(number + ":" + rag.name(), 0));
			}
		}
		assertThat(dashboard.concerns()).hasSize(independent.offTrackOrOverdue(planId, today));
		var impact = dashboard.impact();
		assertThat(impact.measures()).hasSize(this.jdbc
			.queryForObject("select count(*) from measure where plan_id = ? and headline", Integer.class, planId));
		var authorityId = dashboard.header().authorityId();
		assertThat(impact.caseAudits()).hasSize(
				this.jdbc.queryForObject("select count(*) from case_audit where authority_id = ? and completed_on <= ?",
						Integer.class, authorityId, today));
		assertThat(impact.workforce()).hasSize(this.jdbc.queryForObject(
				"select count(*) from workforce_return where authority_id = ? and period_on <= ?", Integer.class,
				authorityId, today));
		if (impact.latestCaseAudit() != null) {
			assertThat(impact.latestCaseAudit().percentAdequateOrBetter())
				.isEqualByComparingTo(this.jdbc.queryForObject("""
						select round(100.0 * (cases_audited - inadequate) / cases_audited, 1) from case_audit
						where authority_id = ? order by completed_on desc, id desc limit 1""",
						java.math.BigDecimal.class, authorityId));
		}
		assertThat(dashboard.milestones()).hasSize(
				this.jdbc.queryForObject("select count(*) from milestone where plan_id = ?", Integer.class, planId));
	}

	private long statementsFor(PlanFixture.Built built) throws Exception {
		return statementsFor(built, "/plans/" + built.plan().getId() + "/dashboard");
	}

	private long statementsFor(PlanFixture.Built built, String path) throws Exception {
		var signedIn = user(this.fixture.signedIn(built.owner()));
		this.sql.reset();
		this.mvc.perform(get(path).with(signedIn)).andExpect(status().isOk());
		return this.sql.count();
	}

	private UserDetails cabinet() {
		return this.users.loadUserByUsername("cabinet");
	}

	private long marchshiresActivePlan() {
		return this.jdbc.queryForObject("""
				select p.id from improvement_plan p join authority a on a.id = p.authority_id
				where a.slug = 'marchshire' and p.status = 'ACTIVE'""", Long.class);
	}

}
