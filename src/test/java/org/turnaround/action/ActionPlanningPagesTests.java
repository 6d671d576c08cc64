package org.turnaround.action;

import java.util.LinkedHashMap;
import java.util.Map;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Marchshire's plan manager adds, edits and cancels actions of the demo plan. Each test
 * rolls back.
 */
@IntegrationTest
@Transactional
class ActionPlanningPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long planId;

	long priorityId;

	long requirementId;

	long officerId;

	long actionId;

	@BeforeEach
	void findTheDemoPlan() {
		this.planId = planOf("marchshire");
		this.priorityId = this.jdbc.queryForObject("select id from priority where plan_id = ? order by number limit 1",
				Long.class, this.planId);
		this.requirementId = requirementOf(this.planId);
		this.officerId = accountId("officer");
		this.actionId = this.jdbc.queryForObject("""
				select id from action where plan_id = ? and status not in ('COMPLETE', 'CANCELLED')
				order by id limit 1""", Long.class, this.planId);
	}

	@Test
	@WithUserDetails("manager")
	void aPlanManagerAddsAnActionNumberedAfterTheLastInItsPriorityAndSeesItOnThePlan() throws Exception {
		int next = this.jdbc.queryForObject("select max(number) + 1 from action where priority_id = ?", Integer.class,
				this.priorityId);
		this.mvc.perform(get("/plans/{id}/actions/new", this.planId).param("priority", "" + this.priorityId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add an action")));
		this.mvc.perform(create()).andExpect(status().is3xxRedirection());
		var saved = this.jdbc.queryForMap(
				"select id, number, owner_id, starts_on, due_on, baseline_due_on, description from action where title = 'Run a new panel'");
		assertThat(saved.get("number")).isEqualTo(next);
		assertThat(saved.get("owner_id")).isEqualTo(this.officerId);
		assertThat(saved.get("description")).isEqualTo("Weekly");
		assertThat(this.jdbc.queryForObject("select requirement_id from action_requirement where action_id = ?",
				Long.class, saved.get("id")))
			.isEqualTo(this.requirementId);
		this.mvc.perform(get("/plans/{id}", this.planId))
			.andExpect(content().string(containsString("Run a new panel")))
			.andExpect(content().string(containsString("/plans/" + this.planId + "/actions/new?priority=")));
	}

	@Test
	@WithUserDetails("manager")
	void eachInvalidInputIsShownOnTheFormWithTheInputKeptAndNothingSaved() throws Exception {
		long count = actions();
		expectProblem(create("title", ""), "Enter the action&#39;s title");
		expectProblem(create("dueDay", "31", "dueMonth", "2"), "The due date must be a real date");
		expectProblem(create("startDay", "1", "startMonth", "6", "startYear", "2027"),
				"The due date must be the same as or after the start date");
		expectProblem(create("owner", "" + accountId("northgate.officer")), "Choose an owner from the list");
		expectProblem(create("priority",
				"" + this.jdbc.queryForObject("select id from priority where plan_id = ? order by number limit 1",
						Long.class, planOf("northgate"))),
				"Choose a priority of this plan");
		expectProblem(create("requirements", "" + this.jdbc.queryForObject("""
				select r.id from notice_requirement r
				where r.notice_id <> (select notice_id from improvement_plan where id = ?) order by r.id limit 1""",
				Long.class, this.planId)), "Choose requirements of this plan&#39;s notice");
		assertThat(actions()).isEqualTo(count);
	}

	@Test
	@WithUserDetails("manager")
	void aPlanManagerEditsAnActionAndARevisedDueDateNeedsAReason() throws Exception {
		var before = this.jdbc.queryForMap("select version, baseline_due_on from action where id = ?", this.actionId);
		this.mvc.perform(get("/actions/{id}/edit", this.actionId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Baseline due date")));
		this.mvc.perform(edit(before.get("version"), "dueRevisionReason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give a reason for revising the due date")))
			.andExpect(content().string(containsString("Renamed action")));
		assertThat(titleOf(this.actionId)).isNotEqualTo("Renamed action");
		this.mvc.perform(edit(before.get("version"))).andExpect(status().is3xxRedirection());
		var after = this.jdbc.queryForMap(
				"select title, owner_id, due_on, baseline_due_on, due_revision_reason from action where id = ?",
				this.actionId);
		assertThat(after).containsEntry("title", "Renamed action")
			.containsEntry("owner_id", accountId("priya.shah"))
			.containsEntry("due_revision_reason", "Waiting for funding")
			.containsEntry("baseline_due_on", before.get("baseline_due_on"));
		assertThat(after.get("due_on").toString()).isEqualTo("2030-03-31");
	}

	@Test
	@WithUserDetails("manager")
	void aStaleEditIsRefusedWithTheCurrentValuesAndTheInputKept() throws Exception {
		long version = this.jdbc.queryForObject("select version from action where id = ?", Long.class, this.actionId);
		var title = titleOf(this.actionId);
		this.mvc.perform(edit(version, "title", "First save")).andExpect(status().is3xxRedirection());
		this.mvc.perform(edit(version, "title", "Second save"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this action")))
			.andExpect(content().string(containsString("First save")))
			.andExpect(content().string(containsString("value=\"Second save\"")));
		assertThat(titleOf(this.actionId)).isEqualTo("First save").isNotEqualTo(title);
	}

	@Test
	@WithUserDetails("manager")
	void aPlanManagerCancelsAnActionWithAReasonAndOnlyOnce() throws Exception {
		this.mvc.perform(post("/actions/{id}/cancel", this.actionId).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give a reason for cancelling the action")));
		this.mvc.perform(post("/actions/{id}/cancel", this.actionId).with(csrf()).param("reason", "Superseded"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("select status, cancellation_reason from action where id = ?", this.actionId))
			.containsEntry("status", "CANCELLED")
			.containsEntry("cancellation_reason", "Superseded");
		this.mvc.perform(get("/actions/{id}", this.actionId)).andExpect(content().string(containsString("No RAG")));
		this.mvc.perform(post("/actions/{id}/cancel", this.actionId).with(csrf()).param("reason", "Again"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This action is already cancelled")));
		assertThat(this.jdbc.queryForObject("select cancellation_reason from action where id = ?", String.class,
				this.actionId))
			.isEqualTo("Superseded");
	}

	@Test
	@WithUserDetails("manager")
	void cancellingACompleteActionIsAFieldErrorNotAFailure() throws Exception {
		this.jdbc.update("""
				update action set status = 'COMPLETE', percent_complete = 100, completed_on = current_date
				where id = ?""", this.actionId);
		this.mvc.perform(post("/actions/{id}/cancel", this.actionId).with(csrf()).param("reason", "Superseded"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("A complete action cannot be cancelled")))
			.andExpect(content().string(containsString("Superseded")));
		assertThat(statusOf(this.actionId)).isEqualTo("COMPLETE");
	}

	@Test
	@WithUserDetails("manager")
	void anInvalidEditIsShownOnTheFormAndChangesNothing() throws Exception {
		long version = this.jdbc.queryForObject("select version from action where id = ?", Long.class, this.actionId);
		var title = titleOf(this.actionId);
		this.mvc
			.perform(edit(version, "title", "", "description", "Kept text", "owner",
					"" + accountId("northgate.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the action&#39;s title")))
			.andExpect(content().string(containsString("Kept text")));
		this.mvc.perform(edit(version, "owner", "" + accountId("northgate.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose an owner from the list")));
		assertThat(titleOf(this.actionId)).isEqualTo(title);
		assertThat(this.jdbc.queryForObject("select version from action where id = ?", Long.class, this.actionId))
			.isEqualTo(version);
	}

	@Test
	@WithUserDetails("officer")
	void anOfficerMayNotChangeThePlansActions() throws Exception {
		this.mvc.perform(create()).andExpect(status().isForbidden());
		this.mvc.perform(get("/actions/{id}/edit", this.actionId)).andExpect(status().isForbidden());
		this.mvc.perform(post("/actions/{id}/cancel", this.actionId).with(csrf()).param("reason", "No"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actions/{id}", this.actionId))
			.andExpect(content().string(not(containsString("/actions/" + this.actionId + "/edit"))));
		assertThat(statusOf(this.actionId)).isNotEqualTo("CANCELLED");
	}

	@Test
	@WithUserDetails("cabinet")
	void aCabinetMemberMayNotChangeThePlansActions() throws Exception {
		this.mvc.perform(get("/plans/{id}/actions/new", this.planId)).andExpect(status().isForbidden());
		this.mvc.perform(post("/actions/{id}/cancel", this.actionId).with(csrf()).param("reason", "No"))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("northgate.manager")
	void anotherAuthoritysPlanManagerFindsNothing() throws Exception {
		this.mvc.perform(get("/plans/{id}/actions/new", this.planId)).andExpect(status().isNotFound());
		this.mvc.perform(create()).andExpect(status().isNotFound());
		this.mvc.perform(get("/actions/{id}/edit", this.actionId)).andExpect(status().isNotFound());
		this.mvc.perform(post("/actions/{id}/cancel", this.actionId).with(csrf()).param("reason", "No"))
			.andExpect(status().isNotFound());
		assertThat(statusOf(this.actionId)).isNotEqualTo("CANCELLED");
	}

	@Test
	@WithUserDetails("manager")
	void aPostWithoutTheCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
		long count = actions();
		this.mvc.perform(post("/plans/{id}/actions/new", this.planId).param("title", "No token"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/actions/{id}/cancel", this.actionId).param("reason", "No token"))
			.andExpect(status().isForbidden());
		assertThat(actions()).isEqualTo(count);
		assertThat(statusOf(this.actionId)).isNotEqualTo("CANCELLED");
	}

	@Test
	@WithUserDetails("manager")
	void onlyAPlanManagerSeesTheLinksToChangeActions() throws Exception {
		this.mvc.perform(get("/actions/{id}", this.actionId))
			.andExpect(content().string(containsString("/actions/" + this.actionId + "/edit")))
			.andExpect(content().string(containsString("Cancel action")));
	}

	private void expectProblem(MockHttpServletRequestBuilder request, String message) throws Exception {
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("Weekly")));
	}

	/** A complete, valid new action, with any field replaced by name-value pairs. */
	private MockHttpServletRequestBuilder create(String... replaced) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("priority", "" + this.priorityId);
		fields.put("title", "Run a new panel");
		fields.put("description", "Weekly");
		fields.put("owner", "" + this.officerId);
		fields.put("startDay", "1");
		fields.put("startMonth", "4");
		fields.put("startYear", "2026");
		fields.put("dueDay", "30");
		fields.put("dueMonth", "9");
		fields.put("dueYear", "2026");
		fields.put("requirements", "" + this.requirementId);
		return withFields(post("/plans/{id}/actions/new", this.planId), fields, replaced);
	}

	/** A valid edit of the action at that version, with fields replaced as for create. */
	private MockHttpServletRequestBuilder edit(Object version, String... replaced) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("version", "" + version);
		fields.put("title", "Renamed action");
		fields.put("description", "Weekly");
		fields.put("owner", "" + accountId("priya.shah"));
		fields.put("dueDay", "31");
		fields.put("dueMonth", "3");
		fields.put("dueYear", "2030");
		fields.put("dueRevisionReason", "Waiting for funding");
		fields.put("requirements", "" + this.requirementId);
		return withFields(post("/actions/{id}/edit", this.actionId), fields, replaced);
	}

	private static MockHttpServletRequestBuilder withFields(MockHttpServletRequestBuilder request,
			Map<String, String> fields, String... replaced) {
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		request.with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private long planOf(String slug) {
		return this.jdbc.queryForObject("""
				select p.id from improvement_plan p join authority a on a.id = p.authority_id
				where a.slug = ? and p.status = 'ACTIVE' order by p.id limit 1""", Long.class, slug);
	}

	private long requirementOf(long planId) {
		return this.jdbc.queryForObject("""
				select r.id from notice_requirement r join improvement_plan p on p.notice_id = r.notice_id
				where p.id = ? order by r.number limit 1""", Long.class, planId);
	}

	private long accountId(String username) {
		return this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	private long actions() {
		return this.jdbc.queryForObject("select count(*) from action", Long.class);
	}

	private String titleOf(long id) {
		return this.jdbc.queryForObject("select title from action where id = ?", String.class, id);
	}

	private String statusOf(long id) {
		return this.jdbc.queryForObject("select status from action where id = ?", String.class, id);
	}

}
