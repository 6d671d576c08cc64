package org.turnaround.plan;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan manager adds, edits and reorders the demo plan's priorities and actions. Every
 * test is rolled back.
 */
@IntegrationTest
@Transactional
class PriorityPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long planId;

	@BeforeEach
	void findTheDemoPlan() {
		this.planId = this.jdbc.queryForObject("""
				select p.id from improvement_plan p join authority a on a.id = p.authority_id
				where a.slug = 'marchshire' and p.status = 'ACTIVE' order by p.id limit 1""", Long.class);
	}

	@Test
	@WithUserDetails("manager")
	void thePlanPageLinksToThePriorityPages() throws Exception {
		long first = priorityIds().get(0);
		this.mvc.perform(get("/plans/{id}", this.planId))
			.andExpect(content().string(containsString("href=\"/plans/" + this.planId + "/priorities/new\"")))
			.andExpect(content().string(containsString("href=\"/plans/" + this.planId + "/order\"")))
			.andExpect(content().string(containsString("href=\"/priorities/" + first + "/edit\"")));
	}

	@Test
	@WithUserDetails("manager")
	void addsAPriorityNumberedAfterTheLast() throws Exception {
		int count = priorityIds().size();
		this.mvc
			.perform(post("/plans/{id}/priorities/new", this.planId).with(csrf())
				.param("title", "Early help")
				.param("description", "Families get help sooner")
				.param("leadName", "Ann Lee"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/plans/" + this.planId + "#priority-" + (count + 1)));
		var added = this.jdbc.queryForMap(
				"select number, title, description, lead_name from priority where plan_id = ? order by number desc limit 1",
				this.planId);
		assertThat(added).containsEntry("number", count + 1)
			.containsEntry("title", "Early help")
			.containsEntry("description", "Families get help sooner")
			.containsEntry("lead_name", "Ann Lee");
	}

	@Test
	@WithUserDetails("manager")
	void aMissingTitleIsAFieldErrorAndNothingIsAdded() throws Exception {
		int count = priorityIds().size();
		this.mvc
			.perform(post("/plans/{id}/priorities/new", this.planId).with(csrf())
				.param("title", " ")
				.param("leadName", "Ann Lee"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a title for the priority")))
			.andExpect(content().string(containsString("value=\"Ann Lee\"")));
		assertThat(priorityIds()).hasSize(count);
	}

	@Test
	@WithUserDetails("manager")
	void editsAPriority() throws Exception {
		long id = priorityIds().get(0);
		this.mvc.perform(get("/priorities/{id}/edit", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"" + priorityVersion(id) + "\"")));
		this.mvc
			.perform(post("/priorities/{id}/edit", id).with(csrf())
				.param("title", "A stable workforce")
				.param("description", "")
				.param("leadName", "Sam Roe")
				.param("version", "" + priorityVersion(id)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/plans/" + this.planId + "#priority-1"));
		assertThat(this.jdbc.queryForMap("select title, description, lead_name from priority where id = ?", id))
			.containsEntry("title", "A stable workforce")
			.containsEntry("description", null)
			.containsEntry("lead_name", "Sam Roe");
	}

	@Test
	@WithUserDetails("manager")
	void aStaleVersionIsAConflictThatKeepsTheInputAndChangesNothing() throws Exception {
		long id = priorityIds().get(0);
		long seen = priorityVersion(id);
		this.jdbc.update("update priority set title = 'Changed elsewhere', version = version + 1 where id = ?", id);
		this.mvc
			.perform(post("/priorities/{id}/edit", id).with(csrf())
				.param("title", "My new title")
				.param("version", "" + seen))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this priority")))
			.andExpect(content().string(containsString("Changed elsewhere")))
			.andExpect(content().string(containsString("value=\"My new title\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (seen + 1) + "\"")));
		assertThat(this.jdbc.queryForObject("select title from priority where id = ?", String.class, id))
			.isEqualTo("Changed elsewhere");
	}

	@Test
	@WithUserDetails("manager")
	void movingAPriorityUpSwapsItsNumberAndThePlanShowsTheNewOrder() throws Exception {
		var before = priorityIds();
		long first = before.get(0);
		long second = before.get(1);
		String firstTitle = title(first);
		String secondTitle = title(second);
		this.mvc.perform(get("/plans/{id}/order", this.planId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"priorityId\" value=\"" + second + "\"")));
		long version = planVersion();
		this.mvc
			.perform(post("/plans/{id}/order", this.planId).with(csrf())
				.param("priorityId", "" + second)
				.param("direction", "up")
				.param("version", "" + version))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/plans/" + this.planId + "/order"));
		assertThat(priorityIds()).startsWith(second, first);
		assertThat(planVersion()).isGreaterThan(version);
		this.mvc.perform(get("/plans/{id}", this.planId))
			.andExpect(
					content().string(stringContainsInOrder("Priority 1: " + secondTitle, "Priority 2: " + firstTitle)));
	}

	@Test
	@WithUserDetails("manager")
	void movingTheFirstPriorityUpChangesNothingAndSaysWhy() throws Exception {
		var before = priorityIds();
		long version = planVersion();
		this.mvc
			.perform(post("/plans/{id}/order", this.planId).with(csrf())
				.param("priorityId", "" + before.get(0))
				.param("direction", "up")
				.param("version", "" + version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Priority 1 is already first")));
		assertThat(priorityIds()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void aMoveFromAStalePageChangesNothing() throws Exception {
		var before = priorityIds();
		long seen = planVersion();
		this.jdbc.update("update improvement_plan set version = version + 1 where id = ?", this.planId);
		this.mvc
			.perform(post("/plans/{id}/order", this.planId).with(csrf())
				.param("priorityId", "" + before.get(1))
				.param("direction", "up")
				.param("version", "" + seen))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone changed this plan")));
		assertThat(priorityIds()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void movesAnActionDownWithinItsPriority() throws Exception {
		long priorityId = this.jdbc.queryForObject("""
				select priority_id from action where plan_id = ? group by priority_id having count(*) >= 2
				order by priority_id limit 1""", Long.class, this.planId);
		var before = actionIds(priorityId);
		this.mvc
			.perform(post("/plans/{id}/order", this.planId).with(csrf())
				.param("actionId", "" + before.get(0))
				.param("direction", "down")
				.param("version", "" + planVersion()))
			.andExpect(status().is3xxRedirection());
		var after = actionIds(priorityId);
		assertThat(after).startsWith(before.get(1), before.get(0));
		assertThat(this.jdbc.queryForList("select number from action where priority_id = ? order by number",
				Integer.class, priorityId))
			.doesNotHaveDuplicates();
		this.jdbc.execute("set constraints all immediate");
	}

	@Test
	@WithUserDetails("officer")
	void anOfficerIsForbidden() throws Exception {
		var before = priorityIds();
		this.mvc.perform(get("/plans/{id}/priorities/new", this.planId)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/plans/{id}/order", this.planId).with(csrf())
				.param("priorityId", "" + before.get(1))
				.param("direction", "up")
				.param("version", "" + planVersion()))
			.andExpect(status().isForbidden());
		assertThat(priorityIds()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("cabinet")
	void aCabinetMemberIsForbidden() throws Exception {
		long id = priorityIds().get(0);
		this.mvc
			.perform(post("/priorities/{id}/edit", id).with(csrf())
				.param("title", "Nope")
				.param("version", "" + priorityVersion(id)))
			.andExpect(status().isForbidden());
		assertThat(title(id)).isNotEqualTo("Nope");
	}

	@Test
	@WithUserDetails("northgate.manager")
	void anotherAuthoritysManagerIsToldThePlanDoesNotExist() throws Exception {
		int count = priorityIds().size();
		long id = priorityIds().get(0);
		this.mvc.perform(get("/priorities/{id}/edit", id)).andExpect(status().isNotFound());
		this.mvc.perform(post("/plans/{id}/priorities/new", this.planId).with(csrf()).param("title", "Nope"))
			.andExpect(status().isNotFound());
		assertThat(priorityIds()).hasSize(count);
	}

	@Test
	@WithUserDetails("manager")
	void aPostWithoutTheCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
		var before = priorityIds();
		this.mvc
			.perform(post("/plans/{id}/order", this.planId).param("priorityId", "" + before.get(1))
				.param("direction", "up")
				.param("version", "" + planVersion()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/plans/{id}/priorities/new", this.planId).param("title", "Nope"))
			.andExpect(status().isForbidden());
		assertThat(priorityIds()).isEqualTo(before);
	}

	private List<Long> priorityIds() {
		return this.jdbc.queryForList("select id from priority where plan_id = ? order by number", Long.class,
				this.planId);
	}

	private List<Long> actionIds(long priorityId) {
		return this.jdbc.queryForList("select id from action where priority_id = ? order by number", Long.class,
				priorityId);
	}

	private String title(long priorityId) {
		return this.jdbc.queryForObject("select title from priority where id = ?", String.class, priorityId);
	}

	private long priorityVersion(long id) {
		return this.jdbc.queryForObject("select version from priority where id = ?", Long.class, id);
	}

	private long planVersion() {
		return this.jdbc.queryForObject("select version from improvement_plan where id = ?", Long.class, this.planId);
	}

}
