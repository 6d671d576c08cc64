package org.turnaround.plan;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The edit page outside a test transaction, as in production with open-in-view off: the
 * form is filled inside a transaction of its own.
 */
@IntegrationTest
class PlanEditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	@WithUserDetails("manager")
	void theEditPageRendersWithThePlanAndItsVersion() throws Exception {
		long id = this.jdbc.queryForObject("""
				select p.id from improvement_plan p join authority a on a.id = p.authority_id
				where a.slug = 'marchshire' order by p.id limit 1""", Long.class);
		this.mvc.perform(get("/plans/{id}/edit", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\"")))
			.andExpect(content().string(containsString("id=\"noticeId\"")));
	}

	@Test
	@WithUserDetails("manager")
	void anEndorsementDatedInTheFutureIsRefusedOnTheDateAndLeavesTheDraftAsItWas() throws Exception {
		long id = this.jdbc.queryForObject("""
				insert into improvement_plan (authority_id, title, starts_on, ends_on)
				select id, 'Committed draft', date '2026-04-01', date '2028-03-31' from authority
				where slug = 'marchshire' returning id""", Long.class);
		try {
			var nextWeek = LocalDate.now(this.clock).plusWeeks(1);
			this.mvc
				.perform(post("/plans/{id}/edit", id).with(csrf())
					.param("title", "Committed draft, renamed")
					.param("startsDay", "1")
					.param("startsMonth", "4")
					.param("startsYear", "2026")
					.param("endsDay", "31")
					.param("endsMonth", "3")
					.param("endsYear", "2028")
					.param("statusAction", "ENDORSE")
					.param("endorsedDay", "" + nextWeek.getDayOfMonth())
					.param("endorsedMonth", "" + nextWeek.getMonthValue())
					.param("endorsedYear", "" + nextWeek.getYear())
					.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"#endorsedDay\"")))
				.andExpect(
						content().string(containsString("The date cabinet endorsed the plan cannot be in the future")))
				.andExpect(content().string(containsString("value=\"Committed draft, renamed\"")));
			assertThat(this.jdbc
				.queryForMap("select title, status, endorsed_on, version from improvement_plan where id = ?", id))
				.containsEntry("title", "Committed draft")
				.containsEntry("status", "DRAFT")
				.containsEntry("endorsed_on", null)
				.containsEntry("version", 0L);
		}
		finally {
			this.jdbc.update("delete from improvement_plan where id = ?", id);
		}
	}

}
