package org.turnaround.plan;

import java.util.List;
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
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Marchshire's plan manager moves open actions of the demo plan to a new owner. Each test
 * rolls back.
 */
@IntegrationTest
@Transactional
class ReassignPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long planId;

	long priyaId;

	List<Map<String, Object>> officersOpenActions;

	@BeforeEach
	void findTheDemoPlan() {
		this.planId = planOf("marchshire");
		this.priyaId = accountId("priya.shah");
		this.officersOpenActions = this.jdbc.queryForList("""
				select a.id, a.version, a.title from action a join account o on o.id = a.owner_id
				where a.plan_id = ? and o.username = 'officer' and a.status not in ('COMPLETE', 'CANCELLED')
				order by a.id""", this.planId);
		assertThat(this.officersOpenActions).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	@WithUserDetails("manager")
	void listsThePlansOpenActionsAndTheActiveOfficersAndManagersOfTheAuthority() throws Exception {
		this.mvc.perform(get("/plans/{id}/reassign", this.planId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reassign actions")))
			.andExpect(content().string(containsString(choice(0))))
			.andExpect(content().string(containsString("Priya Shah")))
			.andExpect(content().string(containsString("Marcus Bell")))
			.andExpect(content().string(not(containsString("Actions whose owner is deactivated"))));
	}

	@Test
	@WithUserDetails("manager")
	void movesTheChosenActionsToTheNewOwnerAndSaysSoOnThePlanPage() throws Exception {
		this.mvc.perform(reassign().param("actions", choice(0), choice(1), choice(2)).param("owner", "" + this.priyaId))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/plans/" + this.planId))
			.andExpect(flash().attribute("success", "3 actions moved to Priya Shah"));
		for (int i = 0; i < 3; i++) {
			assertThat(ownerOf(i)).isEqualTo(this.priyaId);
		}
		assertThat(ownerOf(3 < this.officersOpenActions.size() ? 3 : 0))
			.isEqualTo((3 < this.officersOpenActions.size()) ? accountId("officer") : this.priyaId);
	}

	@Test
	@WithUserDetails("manager")
	void refusesAFormWithNoActionAndNoOwner() throws Exception {
		this.mvc.perform(reassign())
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose at least one action to reassign")))
			.andExpect(content().string(containsString("Choose who the actions move to")))
			.andExpect(content().string(containsString("href=\"#actions\"")));
	}

	@Test
	@WithUserDetails("manager")
	void refusesActionsWithoutAnOwnerAndKeepsThemChosen() throws Exception {
		this.mvc.perform(reassign().param("actions", choice(0)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose who the actions move to")))
			.andExpect(content().string(matchesPattern("(?s).*value=\"" + choice(0) + "\"[^>]*checked.*")));
		assertThat(ownerOf(0)).isEqualTo(accountId("officer"));
	}

	@Test
	@WithUserDetails("manager")
	void refusesAnOwnerOfAnotherAuthorityAndChangesNothing() throws Exception {
		this.mvc.perform(reassign().param("actions", choice(0)).param("owner", "" + accountId("northgate.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a new owner from the list")));
		assertThat(ownerOf(0)).isEqualTo(accountId("officer"));
	}

	@Test
	@WithUserDetails("manager")
	void refusesADeactivatedOwnerAndAnOwnerWhoIsNotAnOfficerOrManager() throws Exception {
		this.jdbc.update("update account set active = false where id = ?", this.priyaId);
		this.mvc.perform(reassign().param("actions", choice(0)).param("owner", "" + this.priyaId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a new owner from the list")));
		this.mvc.perform(reassign().param("actions", choice(0)).param("owner", "" + accountId("cabinet")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a new owner from the list")));
		assertThat(ownerOf(0)).isEqualTo(accountId("officer"));
	}

	@Test
	@WithUserDetails("manager")
	void refusesAnActionOfAnotherPlanAndChangesNothing() throws Exception {
		long northgateAction = this.jdbc.queryForObject(
				"select a.id from action a where a.plan_id = ? order by a.id limit 1", Long.class, planOf("northgate"));
		this.mvc
			.perform(reassign().param("actions", choice(0), northgateAction + ":0").param("owner", "" + this.priyaId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose actions from this plan")));
		assertThat(ownerOf(0)).isEqualTo(accountId("officer"));
	}

	@Test
	@WithUserDetails("manager")
	void aValueNoFormProducesIsABadRequest() throws Exception {
		this.mvc.perform(reassign().param("actions", "not-an-action").param("owner", "" + this.priyaId))
			.andExpect(status().isBadRequest());
	}

	@Test
	@WithUserDetails("manager")
	void refusesTheWholeRequestWhenAChosenActionChangedSinceThePageWasShownAndSaysWhich() throws Exception {
		long changedId = idOf(1);
		this.jdbc.update("update action set version = version + 1 where id = ?", changedId);
		this.mvc.perform(reassign().param("actions", choice(0), choice(1)).param("owner", "" + this.priyaId))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString((String) this.officersOpenActions.get(1).get("title"))))
			.andExpect(content().string(containsString("Nothing was moved")));
		assertThat(ownerOf(0)).isEqualTo(accountId("officer"));
		assertThat(ownerOf(1)).isEqualTo(accountId("officer"));
	}

	@Test
	@WithUserDetails("manager")
	void listsAndPreChoosesTheActionsWhoseOwnerIsDeactivated() throws Exception {
		this.jdbc.update("update account set active = false where username = 'officer'");
		this.mvc.perform(get("/plans/{id}/reassign", this.planId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Actions whose owner is deactivated")))
			.andExpect(content().string(containsString("Hannah Ridley (deactivated)")))
			.andExpect(content().string(containsString("checked")));
	}

	@Test
	@WithUserDetails("manager")
	void thePlanPageLinksPlanManagersToTheReassignPage() throws Exception {
		this.mvc.perform(get("/plans/{id}", this.planId))
			.andExpect(content().string(containsString("/plans/" + this.planId + "/reassign")));
	}

	@Test
	@WithUserDetails("officer")
	void anOfficerMayNotReassignAndChangesNothing() throws Exception {
		this.mvc.perform(get("/plans/{id}/reassign", this.planId)).andExpect(status().isForbidden());
		this.mvc.perform(reassign().param("actions", choice(0)).param("owner", "" + this.priyaId))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/plans/{id}", this.planId))
			.andExpect(content().string(not(containsString("/plans/" + this.planId + "/reassign"))));
		assertThat(ownerOf(0)).isEqualTo(accountId("officer"));
	}

	@Test
	@WithUserDetails("northgate.manager")
	void anotherAuthoritysPlanManagerGetsNotFound() throws Exception {
		this.mvc.perform(get("/plans/{id}/reassign", this.planId)).andExpect(status().isNotFound());
		this.mvc.perform(reassign().param("actions", choice(0)).param("owner", "" + this.priyaId))
			.andExpect(status().isNotFound());
		assertThat(ownerOf(0)).isEqualTo(accountId("officer"));
	}

	@Test
	@WithUserDetails("manager")
	void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		this.mvc
			.perform(post("/plans/{id}/reassign", this.planId).param("actions", choice(0))
				.param("owner", "" + this.priyaId))
			.andExpect(status().isForbidden());
		assertThat(ownerOf(0)).isEqualTo(accountId("officer"));
	}

	private MockHttpServletRequestBuilder reassign() {
		return post("/plans/{id}/reassign", this.planId).with(csrf());
	}

	private String choice(int index) {
		var action = this.officersOpenActions.get(index);
		return action.get("id") + ":" + action.get("version");
	}

	private long idOf(int index) {
		return ((Number) this.officersOpenActions.get(index).get("id")).longValue();
	}

	private long ownerOf(int index) {
		return this.jdbc.queryForObject("select owner_id from action where id = ?", Long.class, idOf(index));
	}

	private long accountId(String username) {
		return this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	private long planOf(String slug) {
		return this.jdbc.queryForObject("""
				select p.id from improvement_plan p join authority a on a.id = p.authority_id
				where a.slug = ? and p.status = 'ACTIVE' order by p.id limit 1""", Long.class, slug);
	}

}
