package org.turnaround.report;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;
import org.turnaround.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class CabinetReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	@Test
	void theDemoPlansReportIsARealPdfWithItsSectionsAndPageNumbers() throws Exception {
		var response = report(marchshiresActivePlan(), null, cabinet());
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"marchshire-cabinet-report-");
		try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
			var text = new PDFTextStripper().getText(pdf);
			var today = LocalDate.now(this.clock);
			assertThat(text).contains("Marchshire Council", "Progress report to cabinet",
					"As at " + today.getDayOfMonth(), "1. Summary", "2. Exceptions: actions off track or overdue",
					"3. Milestones", "4. Evidence of impact", "Headline measures", "Case audits", "Workforce",
					"Inspections", "Overall effectiveness", "5. RAG over time", "Whole plan",
					"Page 1 of " + pdf.getNumberOfPages(), "Page 2 of " + pdf.getNumberOfPages());
			assertThat(pdf.getDocumentInformation().getTitle()).contains("Marchshire Council");
		}
	}

	@Test
	void aReportForAPastDayIgnoresLaterUpdatesAndComesOutTheSameEachTime() throws Exception {
		var built = this.fixture.plan("report-as-at", 1, 1, 3);
		var owner = this.fixture.signedIn(built.owner());
		long planId = built.plan().getId();
		// Updates were 30, 20 and 10 days ago; 15 days ago the latest was the second.
		var day = LocalDate.now(this.clock).minusDays(15);
		var before = text(report(planId, day, owner));
		assertThat(text(report(planId, day, owner))).isEqualTo(before);

		long actionId = built.actions().get(0).getId();
		this.jdbc.update("""
				insert into action_update (action_id, author_id, recorded_at, status, percent_complete, commentary)
				values (?, ?, now(), 'BLOCKED', 35, 'Blocked after the report day')""", actionId,
				built.owner().getId());
		this.jdbc.update(
				"update action set status = 'BLOCKED', percent_complete = 35, last_update_at = now() where id = ?",
				actionId);

		assertThat(text(report(planId, day, owner))).isEqualTo(before).doesNotContain("Blocked after the report day");
		assertThat(text(report(planId, null, owner))).contains("Blocked after the report day");
	}

	@Test
	void theReportCostsTheSameNumberOfStatementsWhateverTheSizeOfThePlan() throws Exception {
		var small = this.fixture.plan("report-small", 1, 1, 1);
		var large = this.fixture.plan("report-large", 8, 25, 4);
		assertThat(statementsFor(large)).isEqualTo(statementsFor(small));
	}

	@Test
	void aDayThatIsNotADateOrIsInTheFutureIsABadRequest() throws Exception {
		long planId = marchshiresActivePlan();
		this.mvc.perform(get("/plans/{id}/report.pdf", planId).param("asOf", "last tuesday").with(user(cabinet())))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/plans/{id}/report.pdf", planId)
				.param("asOf", LocalDate.now(this.clock).plusDays(1).toString())
				.with(user(cabinet())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anotherAuthoritysPlanIsNotFound() throws Exception {
		var elsewhere = this.fixture.plan("report-elsewhere", 1, 1, 1);
		this.mvc.perform(get("/plans/{id}/report.pdf", elsewhere.plan().getId()).with(user(cabinet())))
			.andExpect(status().isNotFound());
	}

	private long statementsFor(PlanFixture.Built built) throws Exception {
		var signedIn = this.fixture.signedIn(built.owner());
		this.sql.reset();
		report(built.plan().getId(), null, signedIn);
		return this.sql.count();
	}

	private MockHttpServletResponse report(long planId, LocalDate asOf, UserDetails who) throws Exception {
		var request = get("/plans/{id}/report.pdf", planId).with(user(who));
		if (asOf != null) {
			request.param("asOf", asOf.toString());
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static String text(MockHttpServletResponse response) throws IOException {
		try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	private UserDetails cabinet() {
		return this.users.loadUserByUsername("cabinet");
	}

	private long marchshiresActivePlan() {
		return this.jdbc.queryForObject("""
				select p.id from improvement_plan p join authority a on a.id = p.authority_id
				where a.slug = 'marchshire' and p.status = 'ACTIVE'""", Long.class);
	}

}
