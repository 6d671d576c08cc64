package org.turnaround.partnership;

import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The partnership forms open, and re-open with errors, without a test transaction around
 * them, as in the running application (open-in-view is off): the supported actions,
 * loaded lazily, must be read inside the service's transaction. Nothing is saved.
 */
@IntegrationTest
class PartnershipFormsOutsideATransactionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithUserDetails("manager")
	void theFormsOpenAndShowTheirErrors() throws Exception {
		var northgate = this.jdbc.queryForMap("""
				select ps.id, ps.version from partnership ps join authority a on a.id = ps.authority_id
				where a.slug = 'marchshire' and ps.partner_name = 'Northgate City Council'""");
		this.mvc.perform(get("/partnerships/new")).andExpect(status().isOk());
		this.mvc.perform(post("/partnerships/new").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the partner&#39;s name")));
		this.mvc.perform(get("/partnerships/{id}/edit", northgate.get("id")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("checked")));
		this.mvc
			.perform(post("/partnerships/{id}/edit", northgate.get("id")).with(csrf())
				.param("version", "" + northgate.get("version")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the date the partnership started")));
		this.mvc.perform(get("/partnerships/{id}", northgate.get("id"))).andExpect(status().isOk());
	}

}
