package org.turnaround.notice;

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
 * notice's requirements load lazily, so the form must be filled inside a transaction of
 * its own.
 */
@IntegrationTest
class NoticeEditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithUserDetails("manager")
	void theEditPageRendersWithItsRequirements() throws Exception {
		long id = this.jdbc.queryForObject("""
				select n.id from improvement_notice n join authority a on a.id = n.authority_id
				where a.slug = 'marchshire' and exists (select 1 from notice_requirement r where r.notice_id = n.id)
				order by n.issued_on desc limit 1""", Long.class);
		this.mvc.perform(get("/notices/{id}/edit", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"existing[0]\"")));
	}

}
