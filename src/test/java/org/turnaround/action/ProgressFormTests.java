package org.turnaround.action;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The progress form against the demo data: Marchshire's officer owns the action, its
 * manager is their plan manager, Northgate is another authority.
 */
@IntegrationTest
@Transactional
@WithUserDetails("officer")
class ProgressFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	long actionId;

	long version;

	@BeforeEach
	void findAnOpenActionOfTheOfficer() {
		this.actionId = openActionOwnedBy("officer");
		this.version = this.jdbc.queryForObject("select version from action where id = ?", Long.class, this.actionId);
	}

	long openActionOwnedBy(String username) {
		return this.jdbc.queryForObject("""
				select a.id from action a join account o on o.id = a.owner_id
				where o.username = ? and a.status = 'IN_PROGRESS' and a.percent_complete < 90
				order by a.id limit 1""", Long.class, username);
	}

	/** What a save could change: the action's row and the number of updates. */
	Map<String, Object> state() {
		return this.jdbc.queryForMap(
				"""
						select a.status, a.percent_complete, a.due_on, a.due_revision_reason, a.rag_override,
						       a.rag_override_reason, a.version, (select count(*) from action_update u where u.action_id = a.id) as updates
						from action a where a.id = ?""",
				this.actionId);
	}

	/** A valid form, with any fields given as name, value pairs in place of the usual. */
	MockHttpServletRequestBuilder valid(String... changed) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("version", Long.toString(this.version));
		fields.put("status", "BLOCKED");
		fields.put("percentComplete", "45");
		fields.put("commentary", "Waiting for the panel dates from HR");
		fields.put("ragOverride", "NONE");
		for (int i = 0; i < changed.length; i += 2) {
			fields.put(changed[i], changed[i + 1]);
		}
		var request = post("/actions/{id}/update", this.actionId).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	void theFormShowsTheActionsCurrentStateAndABackLink() throws Exception {
		this.mvc.perform(get("/actions/{id}/update", this.actionId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Update progress")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + this.version + "\"")))
			.andExpect(content().string(containsString("Baseline due date: ")))
			.andExpect(content().string(containsString("RAG now")))
			.andExpect(content().string(containsString("govuk-back-link")))
			.andExpect(content().string(containsString("data-module=\"govuk-character-count\"")));
	}

	@Test
	void aSavedUpdateJoinsTheHistoryAndTheActionPageSaysWhatChanged() throws Exception {
		var before = state();
		var saved = this.mvc.perform(valid("ragOverride", "RED", "ragOverrideReason", "HR are stuck"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/actions/" + this.actionId))
			.andExpect(flash().attribute("success", containsString("status In progress to Blocked")))
			.andExpect(flash().attribute("success", containsString("% to 45%")))
			.andExpect(flash().attribute("success", containsString("RAG now Off track")))
			.andReturn();
		var after = state();
		assertThat(after.get("status")).isEqualTo("BLOCKED");
		assertThat(after.get("percent_complete")).isEqualTo(45);
		assertThat(after.get("rag_override")).isEqualTo("RED");
		assertThat((Long) after.get("updates")).isEqualTo((Long) before.get("updates") + 1);
		this.mvc.perform(get("/actions/{id}", this.actionId).flashAttr("success", saved.getFlashMap().get("success")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-notification-banner--success")))
			.andExpect(content().string(containsString("Update saved: status In progress to Blocked")))
			.andExpect(content().string(containsString("Waiting for the panel dates from HR")));
	}

	@Test
	void aRevisedDueDateWithAReasonIsSavedWithTheUpdateAndTheBaselineKept() throws Exception {
		this.mvc
			.perform(valid("dueDay", "31", "dueMonth", "12", "dueYear", "2030", "dueRevisionReason",
					"Budget moved to next year"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", containsString("due date now 31 December 2030")));
		assertThat(state().get("due_revision_reason")).isEqualTo("Budget moved to next year");
	}

	@Test
	void eachInvalidInputIsShownOnItsFieldKeepsTheInputAndChangesNothing() throws Exception {
		String tooLong = "x".repeat(Action.MAX_COMMENTARY_LENGTH + 1);
		refused(valid("commentary", ""), "commentary", "Enter commentary on the progress made", "value=\"45\"");
		refused(valid("percentComplete", "150"), "percentComplete",
				"Percent complete must be a whole number from 0 to 100", "value=\"150\"");
		refused(valid("percentComplete", "abc"), "percentComplete",
				"Percent complete must be a whole number from 0 to 100", "value=\"abc\"");
		refused(valid("commentary", tooLong), "commentary", "Commentary must be 5,000 characters or fewer",
				tooLong + "</textarea>");
		refused(valid("status", "FINISHED"), "status", "Choose a status");
		refused(valid("status", "COMPLETE", "percentComplete", "80"), "status",
				"A complete action must be 100% complete");
		refused(valid("dueDay", "31", "dueMonth", "2", "dueYear", "2030"), "dueDay",
				"The revised due date must be a real date");
		refused(valid("dueDay", "1", "dueMonth", "2", "dueYear", "2030"), "dueRevisionReason",
				"Give a reason for revising the due date");
		refused(valid("dueDay", "1", "dueMonth", "1", "dueYear", "2000", "dueRevisionReason", "Typo"), "dueDay",
				"The due date cannot be before the action starts");
		refused(valid("ragOverride", "AMBER"), "ragOverrideReason", "Give a reason for overriding the RAG");
	}

	private void refused(MockHttpServletRequestBuilder request, String field, String message) throws Exception {
		refused(request, field, message, "Waiting for the panel dates from HR</textarea>");
	}

	private void refused(MockHttpServletRequestBuilder request, String field, String message, String kept)
			throws Exception {
		var before = state();
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#" + field + "\"")))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString(kept)));
		assertThat(state()).as(field).isEqualTo(before);
	}

	@Test
	void theRefusedFormKeepsEverythingTheUserTyped() throws Exception {
		var body = this.mvc
			.perform(valid("percentComplete", "150", "dueDay", "5", "dueMonth", "6", "dueYear", "2031",
					"dueRevisionReason", "Because of the summer", "ragOverride", "GREEN", "ragOverrideReason",
					"Board agreed"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("\\s+", " ");
		assertThat(body).contains("value=\"150\"", "Waiting for the panel dates from HR</textarea>", "value=\"2031\"",
				"Because of the summer</textarea>", "Board agreed</textarea>",
				"value=\"GREEN\" id=\"ragOverride-GREEN\" checked", "value=\"BLOCKED\" id=\"status-BLOCKED\" checked");
	}

	@Test
	void aFormWithoutItsVersionIsABadRequestAndChangesNothing() throws Exception {
		var before = state();
		this.mvc
			.perform(post("/actions/{id}/update", this.actionId).with(csrf())
				.param("status", "BLOCKED")
				.param("percentComplete", "45")
				.param("commentary", "No version"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(valid("version", "abc")).andExpect(status().isBadRequest());
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void withoutTheCsrfTokenNothingIsSaved() throws Exception {
		var before = state();
		this.mvc
			.perform(post("/actions/{id}/update", this.actionId).param("version", Long.toString(this.version))
				.param("status", "BLOCKED")
				.param("percentComplete", "45")
				.param("commentary", "No token"))
			.andExpect(status().isForbidden());
		assertThat(state()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("cabinet")
	void aCabinetMemberMayNotUpdateEvenWithAValidForm() throws Exception {
		var before = state();
		this.mvc.perform(valid()).andExpect(status().isForbidden());
		this.mvc.perform(get("/actions/{id}/update", this.actionId)).andExpect(status().isForbidden());
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void anOfficerMayNotUpdateAnotherOwnersAction() throws Exception {
		long theirs = openActionOwnedBy("priya.shah");
		long theirVersion = this.jdbc.queryForObject("select version from action where id = ?", Long.class, theirs);
		this.mvc
			.perform(post("/actions/{id}/update", theirs).with(csrf())
				.param("version", Long.toString(theirVersion))
				.param("status", "BLOCKED")
				.param("percentComplete", "45")
				.param("commentary", "Not mine"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actions/{id}", theirs))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Update progress"))));
	}

	@Test
	@WithUserDetails("manager")
	void aPlanManagerMayUpdateButAnotherAuthoritysActionIsNotFound() throws Exception {
		this.mvc.perform(get("/actions/{id}", this.actionId))
			.andExpect(content().string(containsString("Update progress")));
		this.mvc.perform(valid()).andExpect(status().isFound());
		long northgate = openActionOwnedBy("northgate.officer");
		this.mvc
			.perform(post("/actions/{id}/update", northgate).with(csrf())
				.param("version", "0")
				.param("status", "BLOCKED")
				.param("percentComplete", "45")
				.param("commentary", "Wrong council"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/actions/{id}/update", northgate)).andExpect(status().isNotFound());
	}

	@Test
	void aStaleVersionGetsTheConflictPageWithTheirChangeAndKeepsWhatThisPersonTyped() throws Exception {
		var form = this.mvc.perform(get("/actions/{id}/update", this.actionId))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var seen = form.replaceAll("(?s).*name=\"seenUpdate\" value=\"(\\d+)\".*", "$1");
		this.mvc.perform(post("/actions/{id}/update", this.actionId).with(csrf())
			.with(user(this.users.loadUserByUsername("manager")))
			.param("version", Long.toString(this.version))
			.param("status", "IN_PROGRESS")
			.param("percentComplete", "60")
			.param("commentary", "Manager's note after the board")
			.param("ragOverride", "NONE"));
		var before = state();
		this.mvc.perform(valid("seenUpdate", seen))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else saved a change to this action")))
			.andExpect(content().string(containsString("Manager&#39;s note after the board")))
			.andExpect(content().string(containsString("60% complete")))
			.andExpect(content().string(containsString("Waiting for the panel dates from HR</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + before.get("version") + "\"")));
		assertThat(state()).isEqualTo(before);
	}

}
