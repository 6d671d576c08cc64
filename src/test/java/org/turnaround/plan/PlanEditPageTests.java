package org.turnaround.plan;

import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

}
