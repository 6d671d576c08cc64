package org.turnaround.inspection;

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
 * The inspections page with its judgement history, and the page of one inspection, read
 * from the demo data.
 */
@IntegrationTest
@Transactional
class InspectionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	InspectionQueries inspections;

	@Test
	@WithUserDetails("cabinet")
	void listsTheAuthoritysInspectionsNewestFirstWithTheJudgementHistoryAsATable() throws Exception {
		var page = this.mvc.perform(get("/inspections"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Judgement history")))
			.andExpect(content()
				.string(containsString("<th scope=\"row\" class=\"govuk-table__header\">Help and protection</th>")))
			.andExpect(content().string(containsString("Overall effectiveness")))
			.andExpect(content().string(containsString("Second monitoring visit: children in care")))
			.andExpect(content().string(not(containsString("Record an inspection or visit"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var history = page.substring(page.indexOf("id=\"judgement-history\""),
				page.indexOf("All inspections and visits"));
		// the two graded inspections, oldest first; visits give no judgements
		assertThat(history).containsSubsequence("Inspection of local authority children&#39;s services",
				"Re-inspection of local authority children&#39;s services");
		assertThat(history).doesNotContain("monitoring visit");
		assertThat(history).contains("govuk-tag--red\">Inadequate</strong>", "govuk-tag--green\">Outstanding</strong>",
				"Requires improvement to be good");
		var list = page.substring(page.indexOf("All inspections and visits"));
		assertThat(list).containsSubsequence("Re-inspection", "Second monitoring visit", "First monitoring visit",
				"Inspection of local authority");
	}

	@Test
	@WithUserDetails("manager")
	void aPlanManagerIsOfferedToRecordOne() throws Exception {
		this.mvc.perform(get("/inspections")).andExpect(content().string(containsString("href=\"/inspections/new\"")));
	}

	@Test
	@WithUserDetails("adviser")
	void anAdviserSeesTheirAuthorityButNotOneTheyAreNotAssignedTo() throws Exception {
		this.mvc.perform(get("/inspections"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Re-inspection of local authority")));
		this.mvc.perform(get("/inspections").param("authority", "" + authority("northgate")))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("admin")
	void anAdminReadsNoAuthoritysInspections() throws Exception {
		this.mvc.perform(get("/inspections"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are not assigned to any authority")));
	}

	@Test
	@WithUserDetails("officer")
	void showsAnInspectionWithItsJudgementsAndNumberedFindingsAndTheActionsThatAnswerThem() throws Exception {
		long id = inspection("marchshire", "Inspection of local authority children's services");
		long answering = this.jdbc.queryForObject("""
				select fa.action_id from finding_action fa join inspection_finding f on f.id = fa.finding_id
				where f.inspection_id = ? and f.number = 1 order by fa.action_id limit 1""", Long.class, id);
		this.mvc.perform(get("/inspections/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Marchshire Council – Inspection")))
			.andExpect(content()
				.string(containsString("The experiences and progress of children who need help and protection")))
			.andExpect(content().string(containsString("govuk-tag--red\">Inadequate</strong>")))
			.andExpect(content().string(containsString("ILACS")))
			.andExpect(content().string(containsString("Finding 1")))
			.andExpect(content().string(containsString("Finding 7")))
			.andExpect(content().string(containsString("href=\"/actions/" + answering + "\"")))
			.andExpect(content().string(containsString("turnaround-rag-reason")))
			.andExpect(content().string(containsString("Changes")))
			.andExpect(content().string(not(containsString("/findings/"))));
	}

	@Test
	@WithUserDetails("manager")
	void aVisitSaysItGivesNoJudgementsAndAPlanManagerCanEditIt() throws Exception {
		long id = inspection("marchshire", "First monitoring visit: the front door and assessment");
		this.mvc.perform(get("/inspections/{id}", id))
			.andExpect(content().string(containsString("gives no graded judgements")))
			.andExpect(content().string(containsString("href=\"/inspections/" + id + "/edit\"")))
			.andExpect(content().string(containsString("href=\"/inspections/" + id + "/findings/new\"")))
			.andExpect(content().string(containsString("/findings/")));
	}

	@Test
	@WithUserDetails("officer")
	void anotherAuthoritysInspectionIsNotFound() throws Exception {
		long id = inspection("northgate", "Inspection of local authority children's services");
		this.mvc.perform(get("/inspections/{id}", id)).andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("cabinet")
	void theListCostsTwoStatementsWhateverTheNumberOfInspections() throws Exception {
		this.sql.reset();
		this.mvc.perform(get("/inspections")).andExpect(status().isOk());
		// the authorities the person reads, then the inspections with their judgements
		assertThat(this.sql.count()).isEqualTo(2);
	}

	@Test
	@WithUserDetails("cabinet")
	void anInspectionPageCostsAFixedNumberOfStatementsWhateverItsFindings() throws Exception {
		long many = inspection("marchshire", "Inspection of local authority children's services");
		long few = inspection("marchshire", "Second monitoring visit: children in care");
		this.sql.reset();
		this.mvc.perform(get("/inspections/{id}", many)).andExpect(status().isOk());
		long forSeven = this.sql.count();
		this.sql.reset();
		this.mvc.perform(get("/inspections/{id}", few)).andExpect(status().isOk());
		// the inspection, its findings, their actions, then its revisions, judgements'
		// and findings'
		assertThat(forSeven).isEqualTo(6);
		assertThat(this.sql.count()).isEqualTo(6);
	}

	@Test
	void theJudgementHistoryForTheCabinetReportIsOldestFirstInOneStatement() {
		long marchshire = authority("marchshire");
		this.sql.reset();
		var history = this.inspections.history(marchshire);
		assertThat(this.sql.count()).isEqualTo(1);
		assertThat(history).extracting(JudgementHistoryColumn::overall)
			.containsExactly(Judgement.INADEQUATE, Judgement.GOOD);
		assertThat(history.get(1).judgementFor(InspectionArea.IMPACT_OF_LEADERS)).isEqualTo(Judgement.OUTSTANDING);
		assertThat(history.get(0).judgementFor(InspectionArea.CHILDREN_IN_CARE))
			.isEqualTo(Judgement.REQUIRES_IMPROVEMENT);
	}

	private long authority(String slug) {
		return this.jdbc.queryForObject("select id from authority where slug = ?", Long.class, slug);
	}

	private long inspection(String slug, String title) {
		return this.jdbc.queryForObject("""
				select i.id from inspection i join authority a on a.id = i.authority_id
				where a.slug = ? and i.title = ?""", Long.class, slug, title);
	}

}
