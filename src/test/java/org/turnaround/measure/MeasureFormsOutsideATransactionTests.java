package org.turnaround.measure;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.turnaround.account.Role;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The measure forms without a test transaction around them, as in the running application
 * (open-in-view is off), so a lazily loaded collection read outside a service's
 * transaction fails here. The fixture's own authority keeps what they save apart from the
 * demo data.
 */
@IntegrationTest
class MeasureFormsOutsideATransactionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aPlanManagerAddsEditsAndRecordsAValueOfAMeasure() throws Exception {
		var built = this.transaction.execute((status) -> this.fixture.plan("measure-no-transaction", 1, 2, 0));
		var manager = this.transaction.execute((status) -> this.fixture.member(built, "measure-no-transaction.manager",
				"Fixture Manager", Role.PLAN_MANAGER));
		var as = user(this.fixture.signedIn(manager));
		long planId = built.plan().getId();
		String action = built.actions().get(0).getId().toString();

		this.mvc.perform(get("/plans/{id}/measures/new", planId).with(as)).andExpect(status().isOk());
		var created = this.mvc
			.perform(post("/plans/{id}/measures/new", planId).with(csrf())
				.with(as)
				.param("name", "Re-referrals")
				.param("unit", "PERCENT")
				.param("direction", "LOWER_IS_BETTER")
				.param("target", "18")
				.param("frequency", "MONTHLY")
				.param("actions", action))
			.andExpect(status().isFound())
			.andReturn();
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().substring("/measures/".length()));

		this.mvc.perform(get("/measures/{id}/edit", id).with(as))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Re-referrals\"")));
		long version = this.jdbc.queryForObject("select version from measure where id = ?", Long.class, id);
		this.mvc
			.perform(post("/measures/{id}/edit", id).with(csrf())
				.with(as)
				.param("version", Long.toString(version))
				.param("name", "Re-referrals within 12 months")
				.param("unit", "PERCENT")
				.param("direction", "LOWER_IS_BETTER")
				.param("target", "17.5")
				.param("frequency", "MONTHLY")
				.param("headline", "true")
				.param("actions", action))
			.andExpect(status().isFound());

		var lastMonth = LocalDate.now(this.clock).withDayOfMonth(1).minusMonths(1);
		this.mvc.perform(get("/measures/{id}/values/new", id).with(as)).andExpect(status().isOk());
		this.mvc
			.perform(post("/measures/{id}/values/new", id).with(csrf())
				.with(as)
				.param("periodDay", "1")
				.param("periodMonth", Integer.toString(lastMonth.getMonthValue()))
				.param("periodYear", Integer.toString(lastMonth.getYear()))
				.param("value", "19"))
			.andExpect(status().isFound());

		this.mvc.perform(get("/measures/{id}", id).with(as))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Re-referrals within 12 months")))
			.andExpect(content().string(containsString("Within 10% of target: 19% against a target of 17.5%.")))
			// committed, so the history has the creation, the edit and the value
			.andExpect(content().string(containsString("Name</strong>")))
			.andExpect(content().string(containsString("Values</strong>")));
		assertThat(this.jdbc.queryForObject("select count(*) from measure_aud where id = ?", Long.class, id))
			.isEqualTo(3);
	}

}
