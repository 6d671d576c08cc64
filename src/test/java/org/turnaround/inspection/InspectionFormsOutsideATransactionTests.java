package org.turnaround.inspection;

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
 * The inspection and finding forms open, and re-open with errors, without a test
 * transaction around them, as in the running application (open-in-view is off): a lazily
 * loaded judgement or finding read outside the service's transaction would fail here.
 * Nothing is saved.
 */
@IntegrationTest
class InspectionFormsOutsideATransactionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithUserDetails("manager")
	void theFormsOpenAndShowTheirErrors() throws Exception {
		long inspection = this.jdbc.queryForObject("""
				select i.id from inspection i join authority a on a.id = i.authority_id
				where a.slug = 'marchshire' and i.title like 'Re-inspection%'""", Long.class);
		long finding = this.jdbc.queryForObject(
				"select id from inspection_finding where inspection_id = ? and number = 1", Long.class, inspection);
		long version = this.jdbc.queryForObject("select version from inspection where id = ?", Long.class, inspection);
		long findingVersion = this.jdbc.queryForObject("select version from inspection_finding where id = ?",
				Long.class, finding);
		this.mvc.perform(get("/inspections/new")).andExpect(status().isOk());
		this.mvc.perform(post("/inspections/new").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the kind of inspection or visit")));
		this.mvc.perform(get("/inspections/{id}/edit", inspection))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"OUTSTANDING\" selected")));
		this.mvc.perform(post("/inspections/{id}/edit", inspection).with(csrf()).param("version", "" + version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a title, like the title of the report")));
		this.mvc.perform(get("/inspections/{id}/findings/new", inspection)).andExpect(status().isOk());
		this.mvc.perform(post("/inspections/{id}/findings/new", inspection).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the finding")));
		this.mvc.perform(get("/findings/{id}/edit", finding))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("checked")));
		this.mvc.perform(post("/findings/{id}/edit", finding).with(csrf()).param("version", "" + findingVersion))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the finding")));
		this.mvc.perform(get("/inspections/{id}", inspection)).andExpect(status().isOk());
	}

}
