package org.turnaround.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan manager adds and edits their authority's plans, and records cabinet's
 * endorsement. Each test runs in a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class PlanFormPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	long marchshireNotice;

	long northgateNotice;

	long draftPlan;

	@BeforeEach
	void makeADraftPlan() {
		this.marchshireNotice = noticeOf("marchshire");
		this.northgateNotice = noticeOf("northgate");
		this.draftPlan = this.jdbc.queryForObject("""
				insert into improvement_plan (authority_id, title, starts_on, ends_on)
				select id, 'Draft plan', date '2026-04-01', date '2028-03-31' from authority where slug = 'marchshire'
				returning id""", Long.class);
	}

	@Test
	@WithUserDetails("manager")
	void addsADraftPlanToTheManagersAuthority() throws Exception {
		int before = plans();
		this.mvc.perform(valid(post("/plans/new")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/plans/*"))
			.andExpect(flash().attribute("success", "Plan added"));
		assertThat(plans()).isEqualTo(before + 1);
		var saved = this.jdbc.queryForMap("""
				select p.status, p.notice_id, p.starts_on, p.ends_on, p.budget_pounds, p.summary, a.slug
				from improvement_plan p join authority a on a.id = p.authority_id where p.title = 'Recovery plan'""");
		assertThat(saved.get("slug")).isEqualTo("marchshire");
		assertThat(saved.get("status")).isEqualTo("DRAFT");
		assertThat(((Number) saved.get("notice_id")).longValue()).isEqualTo(this.marchshireNotice);
		assertThat(saved.get("starts_on").toString()).isEqualTo("2026-04-01");
		assertThat(saved.get("ends_on").toString()).isEqualTo("2028-03-31");
		assertThat(saved.get("budget_pounds").toString()).isEqualTo("1250000.50");
		assertThat(saved.get("summary")).isEqualTo("How we recover");
	}

	@Test
	@WithUserDetails("manager")
	void refusesAPlanWithNoTitleKeepingTheInput() throws Exception {
		refused(valid(post("/plans/new"), "title", " "), "Enter a title for the plan", "#title");
	}

	@Test
	@WithUserDetails("manager")
	void refusesAPlanThatEndsBeforeItStarts() throws Exception {
		refused(valid(post("/plans/new"), "endsYear", "2025"), "The plan cannot end before it starts", "#endsDay");
	}

	@Test
	@WithUserDetails("manager")
	void refusesADateThatIsNotReal() throws Exception {
		refused(valid(post("/plans/new"), "startsDay", "31", "startsMonth", "2"), "The start date must be a real date",
				"#startsDay");
	}

	@Test
	@WithUserDetails("manager")
	void refusesANegativeBudget() throws Exception {
		refused(valid(post("/plans/new"), "budget", "-5"), "The budget cannot be negative", "#budget");
	}

	@Test
	@WithUserDetails("manager")
	void refusesANoticeOfAnotherAuthority() throws Exception {
		refused(valid(post("/plans/new"), "noticeId", Long.toString(this.northgateNotice)),
				"Choose one of your authority", "#noticeId");
	}

	@Test
	@WithUserDetails("manager")
	void refusesANoticeOfAnotherAuthorityOnEditChangingNothing() throws Exception {
		this.mvc.perform(edit("title", "Changed", "noticeId", Long.toString(this.northgateNotice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Choose one of your authority")));
		assertThat(column("title")).isEqualTo("Draft plan");
		assertThat(column("notice_id")).isNull();
	}

	@Test
	@WithUserDetails("manager")
	void editsAPlan() throws Exception {
		this.mvc.perform(edit("title", "Renamed plan", "budget", "£2,000"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/plans/" + this.draftPlan))
			.andExpect(flash().attribute("success", "Plan saved"));
		assertThat(column("title")).isEqualTo("Renamed plan");
		assertThat(column("budget_pounds").toString()).isEqualTo("2000.00");
		assertThat(((Number) column("notice_id")).longValue()).isEqualTo(this.marchshireNotice);
		assertThat(column("status")).isEqualTo("DRAFT");
	}

	@Test
	@WithUserDetails("manager")
	void recordsCabinetsEndorsementThenMakesThePlanActive() throws Exception {
		this.mvc
			.perform(edit("statusAction", "ENDORSE", "endorsedDay", "15", "endorsedMonth", "4", "endorsedYear", "2026"))
			.andExpect(status().is3xxRedirection());
		assertThat(column("status")).isEqualTo("ENDORSED");
		assertThat(column("endorsed_on").toString()).isEqualTo("2026-04-15");
		this.mvc.perform(edit("statusAction", "ACTIVATE")).andExpect(status().is3xxRedirection());
		assertThat(column("status")).isEqualTo("ACTIVE");
	}

	@Test
	@WithUserDetails("manager")
	void acceptsAnEndorsementDatedToday() throws Exception {
		var today = LocalDate.now(this.clock);
		this.mvc
			.perform(edit("statusAction", "ENDORSE", "endorsedDay", "" + today.getDayOfMonth(), "endorsedMonth",
					"" + today.getMonthValue(), "endorsedYear", "" + today.getYear()))
			.andExpect(status().is3xxRedirection());
		assertThat(column("status")).isEqualTo("ENDORSED");
		assertThat(column("endorsed_on").toString()).isEqualTo(today.toString());
	}

	@Test
	@WithUserDetails("manager")
	void refusesAnEndorsementDatedInTheFutureOnTheDateKeepingTheInputAndSavingNothing() throws Exception {
		var tomorrow = LocalDate.now(this.clock).plusDays(1);
		long version = (Long) column("version");
		this.mvc
			.perform(edit("title", "Changed", "statusAction", "ENDORSE", "endorsedDay", "" + tomorrow.getDayOfMonth(),
					"endorsedMonth", "" + tomorrow.getMonthValue(), "endorsedYear", "" + tomorrow.getYear()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString(
					"<a href=\"#endorsedDay\">The date cabinet endorsed the plan cannot be in the future</a>")))
			.andExpect(content().string(containsString("id=\"endorsedDay-error\"")))
			.andExpect(content().string(not(containsString("id=\"statusAction-error\""))))
			.andExpect(content().string(containsString("value=\"Changed\"")))
			.andExpect(content().string(containsString("name=\"endorsedDay\" type=\"text\"")))
			.andExpect(content().string(containsString("value=\"" + tomorrow.getYear() + "\"")));
		assertThat(column("status")).isEqualTo("DRAFT");
		assertThat(column("endorsed_on")).isNull();
		assertThat(column("title")).isEqualTo("Draft plan");
		assertThat(column("version")).isEqualTo(version);
	}

	@Test
	@WithUserDetails("manager")
	void refusesToActivateADraft() throws Exception {
		this.mvc.perform(edit("title", "Changed", "statusAction", "ACTIVATE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be endorsed by cabinet")));
		assertThat(column("title")).isEqualTo("Draft plan");
		assertThat(column("status")).isEqualTo("DRAFT");
	}

	@Test
	@WithUserDetails("manager")
	void refusesToChangeAClosedPlan() throws Exception {
		this.jdbc.update("update improvement_plan set status = 'CLOSED', endorsed_on = date '2026-04-01' where id = ?",
				this.draftPlan);
		this.mvc.perform(get("/plans/{id}/edit", this.draftPlan))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This plan is closed")));
		this.mvc.perform(edit("title", "Changed"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("This plan is closed and can no longer be changed")));
		assertThat(column("title")).isEqualTo("Draft plan");
	}

	@Test
	@WithUserDetails("manager")
	void refusesAStaleSaveKeepingTheInput() throws Exception {
		this.jdbc.update("update improvement_plan set title = 'Their title', version = version + 1 where id = ?",
				this.draftPlan);
		this.mvc.perform(valid(post("/plans/{id}/edit", this.draftPlan), "title", "My title").param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this plan")))
			.andExpect(content().string(containsString("Their title")))
			.andExpect(content().string(containsString("value=\"My title\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(column("title")).isEqualTo("Their title");
	}

	@Test
	@WithUserDetails("manager")
	void showsTheLinksToAddAndEditPlans() throws Exception {
		this.mvc.perform(get("/plans")).andExpect(content().string(containsString("href=\"/plans/new\"")));
		this.mvc.perform(get("/plans/{id}", this.draftPlan))
			.andExpect(content().string(containsString("/plans/" + this.draftPlan + "/edit")));
	}

	@Test
	@WithUserDetails("officer")
	void anOfficerMayNotAddOrEditPlansNorSeeTheLinks() throws Exception {
		this.mvc.perform(get("/plans/new")).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/plans/new"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/plans/{id}/edit", this.draftPlan)).andExpect(status().isForbidden());
		this.mvc.perform(edit()).andExpect(status().isForbidden());
		this.mvc.perform(get("/plans")).andExpect(content().string(not(containsString("/plans/new"))));
		this.mvc.perform(get("/plans/{id}", this.draftPlan))
			.andExpect(content().string(not(containsString("/plans/" + this.draftPlan + "/edit"))));
		assertThat(column("title")).isEqualTo("Draft plan");
	}

	@Test
	@WithUserDetails("cabinet")
	void aCabinetMemberMayNotAddOrEditPlans() throws Exception {
		this.mvc.perform(valid(post("/plans/new"))).andExpect(status().isForbidden());
		this.mvc.perform(edit()).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("northgate.manager")
	void anotherAuthoritysPlanIsNotFound() throws Exception {
		this.mvc.perform(get("/plans/{id}/edit", this.draftPlan)).andExpect(status().isNotFound());
		this.mvc.perform(edit("title", "Hijacked")).andExpect(status().isNotFound());
		assertThat(column("title")).isEqualTo("Draft plan");
	}

	@Test
	@WithUserDetails("manager")
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		int before = plans();
		this.mvc.perform(post("/plans/new").param("title", "Recovery plan")).andExpect(status().isForbidden());
		assertThat(plans()).isEqualTo(before);
	}

	private void refused(MockHttpServletRequestBuilder request, String message, String link) throws Exception {
		int before = plans();
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("href=\"" + link + "\"")))
			.andExpect(content().string(containsString("How we recover")));
		assertThat(plans()).isEqualTo(before);
	}

	/** A valid form, with the given name and value pairs in place of its own. */
	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... changes) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("title", "Recovery plan");
		fields.put("summary", "How we recover");
		fields.put("noticeId", Long.toString(this.marchshireNotice));
		fields.put("startsDay", "1");
		fields.put("startsMonth", "4");
		fields.put("startsYear", "2026");
		fields.put("endsDay", "31");
		fields.put("endsMonth", "3");
		fields.put("endsYear", "2028");
		fields.put("budget", "1,250,000.50");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		request.with(csrf());
		fields.forEach(request::param);
		return request;
	}

	/** An edit of the draft plan against the version it has now. */
	private MockHttpServletRequestBuilder edit(String... changes) {
		long version = this.jdbc.queryForObject("select version from improvement_plan where id = ?", Long.class,
				this.draftPlan);
		return valid(post("/plans/{id}/edit", this.draftPlan), changes).param("version", Long.toString(version));
	}

	private Object column(String name) {
		return this.jdbc.queryForObject("select " + name + " from improvement_plan where id = ?", Object.class,
				this.draftPlan);
	}

	private int plans() {
		return this.jdbc.queryForObject("select count(*) from improvement_plan", Integer.class);
	}

	private long noticeOf(String slug) {
		return this.jdbc.queryForObject("""
				select n.id from improvement_notice n join authority a on a.id = n.authority_id
				where a.slug = ? order by n.issued_on desc limit 1""", Long.class, slug);
	}

}
