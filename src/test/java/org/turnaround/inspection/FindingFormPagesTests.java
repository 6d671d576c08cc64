package org.turnaround.inspection;

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
 * A plan manager adds numbered findings to Marchshire's re-inspection and links them to
 * the actions that answer them. Each test runs in a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class FindingFormPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long inspection;

	long finding;

	long action;

	long northgateAction;

	@BeforeEach
	void findTheDemoRecords() {
		this.inspection = this.jdbc.queryForObject("""
				select i.id from inspection i join authority a on a.id = i.authority_id
				where a.slug = 'marchshire' and i.title like 'Re-inspection%'""", Long.class);
		this.finding = this.jdbc.queryForObject(
				"select id from inspection_finding where inspection_id = ? and number = 1", Long.class,
				this.inspection);
		this.action = actionOf("marchshire");
		this.northgateAction = actionOf("northgate");
	}

	@Test
	@WithUserDetails("manager")
	void theFormOffersTheAuthoritysActionsOnly() throws Exception {
		this.mvc.perform(get("/inspections/{id}/findings/new", this.inspection))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add a finding")))
			.andExpect(content().string(containsString("value=\"" + this.action + "\"")))
			.andExpect(content().string(not(containsString("value=\"" + this.northgateAction + "\""))));
	}

	@Test
	@WithUserDetails("manager")
	void addsAFindingNumberedAfterTheLastAnsweredByTheActionsChecked() throws Exception {
		this.mvc
			.perform(post("/inspections/{id}/findings/new", this.inspection).with(csrf())
				.param("text", "Return home interviews are not always offered.")
				.param("actions", "" + this.action))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/inspections/" + this.inspection + "#findings"))
			.andExpect(flash().attribute("success", "Finding added"));
		long added = this.jdbc.queryForObject(
				"select id from inspection_finding where inspection_id = ? and number = 4", Long.class,
				this.inspection);
		assertThat(this.jdbc.queryForObject("select text from inspection_finding where id = ?", String.class, added))
			.isEqualTo("Return home interviews are not always offered.");
		assertThat(
				this.jdbc.queryForList("select action_id from finding_action where finding_id = ?", Long.class, added))
			.containsExactly(this.action);
	}

	@Test
	@WithUserDetails("manager")
	void aFindingNeedsItsTextAndNothingIsSaved() throws Exception {
		int before = findings();
		this.mvc
			.perform(post("/inspections/{id}/findings/new", this.inspection).with(csrf())
				.param("text", " ")
				.param("actions", "" + this.action))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#text\"")))
			.andExpect(content().string(containsString("Enter the finding")))
			.andExpect(content().string(containsString("value=\"" + this.action + "\" id=\"")))
			.andExpect(content().string(containsString("checked")));
		assertThat(findings()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void aFindingOfMoreThan2000CharactersIsRefused() throws Exception {
		int before = findings();
		this.mvc
			.perform(post("/inspections/{id}/findings/new", this.inspection).with(csrf())
				.param("text", "x".repeat(2001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The finding must be 2,000 characters or fewer")));
		assertThat(findings()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void anotherAuthoritysOrAMadeUpActionIsRefused() throws Exception {
		int before = findings();
		for (var tampered : new String[] { "" + this.northgateAction, "not-an-id" }) {
			this.mvc
				.perform(post("/inspections/{id}/findings/new", this.inspection).with(csrf())
					.param("text", "Kept text")
					.param("actions", tampered))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"#actions\"")))
				.andExpect(content().string(containsString("Choose actions from this authority&#39;s plans")))
				.andExpect(content().string(containsString("Kept text")));
		}
		assertThat(findings()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void editsAFindingKeepingItsNumber() throws Exception {
		long version = version();
		this.mvc.perform(get("/findings/{id}/edit", this.finding))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Edit finding 1")));
		this.mvc
			.perform(post("/findings/{id}/edit", this.finding).with(csrf())
				.param("text", "LADO outcomes are now recorded, but not analysed.")
				.param("actions", "" + this.action)
				.param("version", "" + version))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "Finding 1 saved"));
		assertThat(this.jdbc.queryForMap("select number, text from inspection_finding where id = ?", this.finding))
			.containsEntry("number", 1)
			.containsEntry("text", "LADO outcomes are now recorded, but not analysed.");
		assertThat(this.jdbc.queryForList("select action_id from finding_action where finding_id = ?", Long.class,
				this.finding))
			.containsExactly(this.action);
	}

	@Test
	@WithUserDetails("manager")
	void anEditAgainstAnOlderVersionShowsTheFindingNowAndKeepsTheInput() throws Exception {
		long version = version();
		this.jdbc.update("update inspection_finding set version = version + 1 where id = ?", this.finding);
		this.mvc
			.perform(post("/findings/{id}/edit", this.finding).with(csrf())
				.param("text", "My rewording")
				.param("version", "" + version))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this finding")))
			.andExpect(content().string(containsString("My rewording")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (version + 1))));
	}

	@Test
	@WithUserDetails("cabinet")
	void onlyAPlanManagerChangesFindings() throws Exception {
		this.mvc.perform(get("/findings/{id}/edit", this.finding)).andExpect(status().isForbidden());
		this.mvc.perform(post("/inspections/{id}/findings/new", this.inspection).with(csrf()).param("text", "Nope"))
			.andExpect(status().isForbidden());
	}

	private long actionOf(String slug) {
		return this.jdbc.queryForObject("""
				select x.id from action x join improvement_plan p on p.id = x.plan_id
				join authority a on a.id = p.authority_id where a.slug = ? order by x.id limit 1""", Long.class, slug);
	}

	private int findings() {
		return this.jdbc.queryForObject("select count(*) from inspection_finding", Integer.class);
	}

	private long version() {
		return this.jdbc.queryForObject("select version from inspection_finding where id = ?", Long.class,
				this.finding);
	}

}
