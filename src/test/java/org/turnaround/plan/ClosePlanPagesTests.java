package org.turnaround.plan;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan manager closes the demo plan. Every test is rolled back, so the rest of the
 * suite keeps its active plan.
 */
@IntegrationTest
@Transactional
class ClosePlanPagesTests {

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
	void thePlanPageLinksToTheConfirmPage() throws Exception {
		this.mvc.perform(get("/plans/{id}", this.planId))
			.andExpect(content().string(containsString("href=\"/plans/" + this.planId + "/close\"")));
		this.mvc.perform(get("/plans/{id}/close", this.planId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Close this plan")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version() + "\"")));
		assertThat(planStatus()).isEqualTo("ACTIVE");
	}

	@Test
	@WithUserDetails("manager")
	void closesThePlanAndClosingItAgainIsRefused() throws Exception {
		this.mvc.perform(post("/plans/{id}/close", this.planId).with(csrf()).param("version", "" + version()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/plans/" + this.planId))
			.andExpect(flash().attribute("success", "Plan closed"));
		assertThat(planStatus()).isEqualTo("CLOSED");
		this.mvc.perform(get("/plans/{id}", this.planId))
			.andExpect(content().string(not(containsString("/close\""))))
			.andExpect(content().string(not(containsString("/milestones/new\""))));
		long version = version();
		this.mvc.perform(post("/plans/{id}/close", this.planId).with(csrf()).param("version", "" + version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("This plan is already closed")));
		assertThat(version()).isEqualTo(version);
	}

	@Test
	@WithUserDetails("manager")
	void aDraftPlanIsNotClosed() throws Exception {
		this.jdbc.update("update improvement_plan set status = 'DRAFT', endorsed_on = null where id = ?", this.planId);
		this.mvc.perform(post("/plans/{id}/close", this.planId).with(csrf()).param("version", "" + version()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A draft plan is discarded, not closed")));
		assertThat(planStatus()).isEqualTo("DRAFT");
	}

	@Test
	@WithUserDetails("manager")
	void aStaleVersionIsAConflictAndNothingIsClosed() throws Exception {
		long seen = version();
		this.jdbc.update("update improvement_plan set version = version + 1 where id = ?", this.planId);
		this.mvc.perform(post("/plans/{id}/close", this.planId).with(csrf()).param("version", "" + seen))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone changed this plan")));
		assertThat(planStatus()).isEqualTo("ACTIVE");
	}

	@Test
	@WithUserDetails("officer")
	void anOfficerIsForbidden() throws Exception {
		this.mvc.perform(post("/plans/{id}/close", this.planId).with(csrf()).param("version", "" + version()))
			.andExpect(status().isForbidden());
		assertThat(planStatus()).isEqualTo("ACTIVE");
	}

	@Test
	@WithUserDetails("cabinet")
	void aCabinetMemberIsForbidden() throws Exception {
		this.mvc.perform(get("/plans/{id}/close", this.planId)).andExpect(status().isForbidden());
		this.mvc.perform(post("/plans/{id}/close", this.planId).with(csrf()).param("version", "" + version()))
			.andExpect(status().isForbidden());
		assertThat(planStatus()).isEqualTo("ACTIVE");
	}

	@Test
	@WithUserDetails("northgate.manager")
	void anotherAuthoritysManagerIsToldThePlanDoesNotExist() throws Exception {
		this.mvc.perform(post("/plans/{id}/close", this.planId).with(csrf()).param("version", "" + version()))
			.andExpect(status().isNotFound());
		assertThat(planStatus()).isEqualTo("ACTIVE");
	}

	@Test
	@WithUserDetails("manager")
	void aPostWithoutTheCsrfTokenIsForbiddenAndClosesNothing() throws Exception {
		this.mvc.perform(post("/plans/{id}/close", this.planId).param("version", "" + version()))
			.andExpect(status().isForbidden());
		assertThat(planStatus()).isEqualTo("ACTIVE");
	}

	private long version() {
		return this.jdbc.queryForObject("select version from improvement_plan where id = ?", Long.class, this.planId);
	}

	private String planStatus() {
		return this.jdbc.queryForObject("select status from improvement_plan where id = ?", String.class, this.planId);
	}

}
