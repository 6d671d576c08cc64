package org.turnaround.notice;

import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;
import org.turnaround.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class TraceabilityPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	NoticeRepository notices;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatementCounter sql;

	@Test
	void showsEachRequirementWithTheActionsAnsweringItAndWarnsOfOneNoActionAnswers() throws Exception {
		var built = this.fixture.plan("trace", 1, 2, 1);
		var notice = this.notices.findById(built.notice().getId()).orElseThrow();
		notice.addRequirement("Publish a workforce strategy");
		this.notices.saveAndFlush(notice);
		var cancelled = built.actions().get(1).getId();
		this.jdbc.update("update action set status = 'CANCELLED', cancellation_reason = 'Merged' where id = ?",
				cancelled);

		this.mvc
			.perform(get("/notices/{id}/traceability", notice.getId()).with(user(this.fixture.signedIn(built.owner()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 requirements, 1 with no action")))
			.andExpect(content().string(containsString("Establish an Improvement Board")))
			.andExpect(content().string(containsString("1.1 Fixture action 1.1")))
			.andExpect(content().string(containsString("Fixture Owner trace")))
			.andExpect(content().string(containsString("turnaround-rag-reason")))
			.andExpect(content().string(not(containsString("1.2 Fixture action 1.2"))))
			.andExpect(content().string(containsString("Publish a workforce strategy")))
			.andExpect(content().string(containsString("govuk-warning-text")))
			.andExpect(content().string(containsString("No action answers this requirement")));
	}

	@Test
	void theNoticePageLinksToTheTraceabilityView() throws Exception {
		var built = this.fixture.plan("trace-link", 1, 1, 1);
		this.mvc.perform(get("/notices/{id}", built.notice().getId()).with(user(this.fixture.signedIn(built.owner()))))
			.andExpect(content().string(containsString("/notices/" + built.notice().getId() + "/traceability")));
	}

	@Test
	@WithUserDetails("cabinet")
	void anotherAuthoritysNoticeIsNotFound() throws Exception {
		long northgate = this.jdbc.queryForObject("""
				select n.id from improvement_notice n join authority a on a.id = n.authority_id
				where a.slug = 'northgate' order by n.id limit 1""", Long.class);
		long marchshire = this.jdbc.queryForObject("""
				select n.id from improvement_notice n join authority a on a.id = n.authority_id
				where a.slug = 'marchshire' order by n.issued_on desc limit 1""", Long.class);
		this.mvc.perform(get("/notices/{id}/traceability", northgate)).andExpect(status().isNotFound());
		this.mvc.perform(get("/notices/{id}/traceability", marchshire))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("with no action")));
	}

	@Test
	void costsTheSameStatementsWhateverTheNumberOfActions() throws Exception {
		var small = this.fixture.plan("trace-small", 1, 1, 1);
		var large = this.fixture.plan("trace-large", 4, 6, 1);
		assertThat(statementsFor(small)).isEqualTo(2).isEqualTo(statementsFor(large));
	}

	private long statementsFor(PlanFixture.Built built) throws Exception {
		var signedIn = user(this.fixture.signedIn(built.owner()));
		this.sql.reset();
		this.mvc.perform(get("/notices/{id}/traceability", built.notice().getId()).with(signedIn))
			.andExpect(status().isOk());
		return this.sql.count();
	}

}
