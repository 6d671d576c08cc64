package org.turnaround.partnership;

import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The partnerships page and the page of one partnership, read from the demo data:
 * Northgate leads four of Marchshire's actions and supports four more.
 */
@IntegrationTest
@Transactional
class PartnershipPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	PartnershipQueries partnerships;

	@Test
	@WithUserDetails("cabinet")
	void listsTheAuthoritysPartnersWithTheNumberOfActionsEachLeadsAndSupports() throws Exception {
		this.mvc.perform(get("/partnerships"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Northgate City Council")))
			.andExpect(content().string(containsString("Marchshire Police")))
			.andExpect(content().string(containsString("Local authority")))
			.andExpect(content().string(containsString("href=\"/partnerships/" + northgate() + "\"")))
			.andExpect(content().string(not(containsString("Add a partnership"))));
	}

	@Test
	@WithUserDetails("manager")
	void showsThePartnerWithTheActionsItLeadsAndSupportsAndTheirRag() throws Exception {
		long led = action(2, 1);
		long supported = action(1, 6);
		var page = this.mvc.perform(get("/partnerships/{id}", northgate()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Partner authority")))
			.andExpect(content().string(containsString("href=\"/partnerships/" + northgate() + "/edit\"")))
			.andExpect(content().string(containsString("turnaround-rag-reason")))
			.andExpect(content().string(containsString("Changes")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsSubsequence("Actions the partner leads", "href=\"/actions/" + led + "\"",
				"Actions the partner supports", "href=\"/actions/" + supported + "\"");
	}

	@Test
	@WithUserDetails("officer")
	void anotherAuthoritysPartnershipIsNotFound() throws Exception {
		long other = this.jdbc.queryForObject("""
				insert into partnership (authority_id, partner_name, partner_kind, starts_on)
				select id, 'Northgate partner', 'AGENCY', current_date from authority where slug = 'northgate'
				returning id""", Long.class);
		this.mvc.perform(get("/partnerships/{id}", other)).andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("adviser")
	void anAdviserCannotAskForAnAuthorityTheyAreNotAssignedTo() throws Exception {
		long northgateAuthority = this.jdbc.queryForObject("select id from authority where slug = 'northgate'",
				Long.class);
		this.mvc.perform(get("/partnerships").param("authority", "" + northgateAuthority))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("cabinet")
	void theListAndAPartnershipPageCostAFixedNumberOfStatements() throws Exception {
		this.sql.reset();
		this.mvc.perform(get("/partnerships")).andExpect(status().isOk());
		// the authorities the person reads, then the partnerships with their counts
		assertThat(this.sql.count()).isEqualTo(2);
		long police = this.jdbc.queryForObject("select id from partnership where partner_name = 'Marchshire Police'",
				Long.class);
		long northgate = northgate();
		this.sql.reset();
		this.mvc.perform(get("/partnerships/{id}", northgate)).andExpect(status().isOk());
		long forEight = this.sql.count();
		this.sql.reset();
		this.mvc.perform(get("/partnerships/{id}", police)).andExpect(status().isOk());
		// the partnership, its action ids, those actions, then its revisions and its
		// supported actions'
		assertThat(forEight).isEqualTo(5);
		assertThat(this.sql.count()).isEqualTo(5);
	}

	@Test
	void givesTheActionsAPartnerLeadsOrSupportsForFilteringAPlan() {
		assertThat(this.partnerships.actionIdsOf(northgate())).containsExactlyInAnyOrder(action(2, 1), action(2, 6),
				action(3, 6), action(6, 2), action(1, 6), action(2, 3), action(5, 5), action(7, 1));
	}

	private long northgate() {
		return this.jdbc.queryForObject("""
				select ps.id from partnership ps join authority a on a.id = ps.authority_id
				where a.slug = 'marchshire' and ps.partner_name = 'Northgate City Council'""", Long.class);
	}

	private long action(int priority, int number) {
		return this.jdbc.queryForObject("""
				select x.id from action x join priority p on p.id = x.priority_id
				join improvement_plan pl on pl.id = x.plan_id join authority a on a.id = pl.authority_id
				where a.slug = 'marchshire' and pl.status = 'ACTIVE' and p.number = ? and x.number = ?""", Long.class,
				priority, number);
	}

}
