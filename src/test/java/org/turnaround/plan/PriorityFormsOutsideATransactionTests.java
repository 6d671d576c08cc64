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
 * The priority pages open without a test transaction around them, as in the running
 * application (open-in-view is off), so a lazily loaded collection read outside the
 * service's transaction would fail here. They only read.
 */
@IntegrationTest
class PriorityFormsOutsideATransactionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithUserDetails("manager")
	void theNewEditAndOrderPagesOpen() throws Exception {
		long planId = this.jdbc.queryForObject("""
				select p.id from improvement_plan p join authority a on a.id = p.authority_id
				where a.slug = 'marchshire' and p.status = 'ACTIVE' order by p.id limit 1""", Long.class);
		long priorityId = this.jdbc.queryForObject("select id from priority where plan_id = ? order by number limit 1",
				Long.class, planId);
		this.mvc.perform(get("/plans/{id}/priorities/new", planId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add a priority")));
		this.mvc.perform(get("/priorities/{id}/edit", priorityId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Edit priority 1")));
		this.mvc.perform(get("/plans/{id}/order", planId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Change the order")));
	}

}
