package org.turnaround.workforce;

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
 * The workforce forms as in the running application: no test transaction around them
 * (open-in-view is off), changes committed, so the history is written. Each run has an
 * authority of its own.
 */
@IntegrationTest
class WorkforceFormsOutsideATransactionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void aPlanManagerRecordsAndCorrectsAReturnAndTheHistorySaysWhatChanged() throws Exception {
		var slug = "workforce-committed-" + System.nanoTime();
		var built = this.transaction.execute((status) -> this.fixture.plan(slug, 1, 1, 1));
		var manager = this.transaction
			.execute((status) -> this.fixture.member(built, slug + ".manager", "Workforce Manager", Role.PLAN_MANAGER));
		var signedIn = user(this.fixture.signedIn(manager));
		var period = LocalDate.now(this.clock).withDayOfMonth(1);

		this.mvc.perform(get("/workforce/new").with(signedIn)).andExpect(status().isOk());
		var created = this.mvc
			.perform(post("/workforce/new").with(signedIn)
				.with(csrf())
				.param("periodDay", "" + period.getDayOfMonth())
				.param("periodMonth", "" + period.getMonthValue())
				.param("periodYear", "" + period.getYear())
				.param("socialWorkers", "150")
				.param("vacancies", "0")
				.param("agencyWorkers", "50")
				.param("leavers", "24")
				.param("averageCaseload", "17.5"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));

		// the same period again, committed: the database's constraint is not reached
		this.mvc
			.perform(post("/workforce/new").with(signedIn)
				.with(csrf())
				.param("periodDay", "" + period.getDayOfMonth())
				.param("periodMonth", "" + period.getMonthValue())
				.param("periodYear", "" + period.getYear())
				.param("socialWorkers", "1")
				.param("vacancies", "0")
				.param("agencyWorkers", "0")
				.param("leavers", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already a return for")));

		this.mvc.perform(get("/workforce/{id}/edit", id).with(signedIn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"150.0\"")));
		this.mvc
			.perform(post("/workforce/{id}/edit", id).with(signedIn)
				.with(csrf())
				.param("version", "0")
				.param("socialWorkers", "160")
				.param("vacancies", "0")
				.param("agencyWorkers", "40")
				.param("leavers", "24")
				.param("averageCaseload", "17.5"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/workforce/{id}", id).with(signedIn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("20.0%")))
			.andExpect(content().string(containsString("Created")))
			.andExpect(content().string(containsString("changed from 50 to 40")));
		this.mvc.perform(get("/workforce").with(signedIn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("20.0%")));
		assertThat(
				this.jdbc.queryForObject("select count(*) from workforce_return_aud where id = ?", Integer.class, id))
			.isEqualTo(2);
	}

}
