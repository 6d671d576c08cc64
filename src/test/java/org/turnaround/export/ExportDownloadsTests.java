package org.turnaround.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.turnaround.action.ActionQueries;
import org.turnaround.action.ActionRow;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;
import org.turnaround.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
class ExportDownloadsTests {

	static final List<String> ACTION_HEADINGS = List.of("Priority", "Action number", "Title", "Owner", "Start date",
			"Due date", "Baseline due date", "Status", "Percent complete", "RAG", "RAG reason", "Last update date",
			"Latest commentary");

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
	ActionQueries actions;

	@Autowired
	Clock clock;

	@Test
	void theDemoPlansCsvHasOneRowPerActionAsTheDatabaseHoldsItAndTheRagThePageShows() throws Exception {
		long planId = demoPlan("marchshire");
		var response = download("/plans/{id}/actions.csv", planId, demoUser("cabinet"));
		var records = SpreadsheetExportTests.parseCsv(response.getContentAsByteArray());
		assertThat(records.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(ACTION_HEADINGS);

		var expected = this.jdbc
			.query("""
					select p.number || '. ' || p.title as priority, p.number || '.' || a.number as reference, a.title,
					       o.display_name, coalesce(to_char(a.starts_on, 'YYYY-MM-DD'), '') as starts_on,
					       to_char(a.due_on, 'YYYY-MM-DD') as due_on, to_char(a.baseline_due_on, 'YYYY-MM-DD') as baseline,
					       a.percent_complete::text as percent,
					       coalesce(to_char(a.last_update_at at time zone 'Europe/London', 'YYYY-MM-DD'), '') as last_update,
					       coalesce((select u.commentary from action_update u where u.action_id = a.id
					                 order by u.recorded_at desc, u.id desc limit 1), '') as commentary
					from action a join priority p on p.id = a.priority_id join account o on o.id = a.owner_id
					where a.plan_id = ? order by p.number, a.number
					""",
					(rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
							rs.getString(10)),
					planId);
		assertThat(expected).hasSizeGreaterThan(5);
		assertThat(records).hasSameSizeAs(expected);
		for (int i = 0; i < records.size(); i++) {
			var record = records.get(i);
			assertThat(List.of(record.get("Priority"), record.get("Action number"), record.get("Title"),
					record.get("Owner"), record.get("Start date"), record.get("Due date"),
					record.get("Baseline due date"), record.get("Percent complete"), record.get("Last update date"),
					record.get("Latest commentary")))
				.as("row %d", i + 1)
				.isEqualTo(expected.get(i));
		}

		var page = this.actions.forPlan(planId);
		assertThat(records.stream().map(ExportDownloadsTests::ragAndReason))
			.containsExactlyElementsOf(page.stream().map(ExportDownloadsTests::ragAndReason).toList());
		assertThat(records.stream().map((record) -> record.get("Status")))
			.containsExactlyElementsOf(page.stream().map((row) -> row.status().label()).toList());
	}

	@Test
	void theXlsxHasTheSameRowsAsTheCsvWithRealDatesAndNumbers() throws Exception {
		long planId = demoPlan("marchshire");
		var cabinet = demoUser("cabinet");
		var records = SpreadsheetExportTests
			.parseCsv(download("/plans/{id}/actions.csv", planId, cabinet).getContentAsByteArray());
		var rows = SpreadsheetExportTests
			.readXlsx(download("/plans/{id}/actions.xlsx", planId, cabinet).getContentAsByteArray());

		assertThat(rows).hasSize(records.size() + 1);
		for (int c = 0; c < ACTION_HEADINGS.size(); c++) {
			assertThat(rows.get(1).getCellText(c)).isEqualTo(ACTION_HEADINGS.get(c));
		}
		for (int i = 0; i < records.size(); i++) {
			var record = records.get(i);
			var row = rows.get(i + 2);
			assertThat(row.getCellText(1)).isEqualTo(record.get("Action number"));
			assertThat(row.getCellText(2)).isEqualTo(record.get("Title"));
			assertThat(row.getCellAsDate(5).map((at) -> at.toLocalDate().toString())).contains(record.get("Due date"));
			assertThat(row.getCell(5).getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(row.getCellAsNumber(8).map((number) -> number.toBigInteger().toString()))
				.contains(record.get("Percent complete"));
			assertThat(row.getOptionalCell(9).map((cell) -> cell.getText()).orElse("")).isEqualTo(record.get("RAG"));
			assertThat(row.getOptionalCell(12).map((cell) -> cell.getText()).orElse(""))
				.isEqualTo(record.get("Latest commentary"));
		}
	}

	@Test
	void downloadsSayWhatTheyAreAndNameTheFileAfterTheAuthorityPlanAndDay() throws Exception {
		long planId = demoPlan("marchshire");
		var today = LocalDate.now(this.clock);
		var csv = download("/plans/{id}/actions.csv", planId, demoUser("adviser"));
		assertThat(MediaType.parseMediaType(csv.getContentType()))
			.isEqualTo(MediaType.parseMediaType("text/csv; charset=UTF-8"));
		assertThat(csv.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"marchshire-plan-" + planId + "-actions-" + today + ".csv\"");

		var xlsx = download("/plans/{id}/actions.xlsx", planId, demoUser("adviser"));
		assertThat(xlsx.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(xlsx.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"marchshire-plan-" + planId + "-actions-" + today + ".xlsx\"");

		long actionId = this.jdbc.queryForObject("select min(id) from action where plan_id = ?", Long.class, planId);
		var history = download("/actions/{id}/history.csv", actionId, demoUser("adviser"));
		assertThat(MediaType.parseMediaType(history.getContentType()))
			.isEqualTo(MediaType.parseMediaType("text/csv; charset=UTF-8"));
		assertThat(history.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"marchshire-action-" + actionId + "-history-" + today + ".csv\"");
	}

	@Test
	void formulasTypedIntoAnActionOrItsCommentaryAreInertInBothDownloads() throws Exception {
		var built = this.fixture.plan("export-injection", 1, 5, 1);
		var payloads = List.of("=HYPERLINK(\"http://evil.example\",\"Click\")", "+1", "-1", "@SUM(A1:A9)", "\t=1+1");
		for (int i = 0; i < payloads.size(); i++) {
			this.jdbc.update("update action set title = ? where id = ?", payloads.get(i),
					built.actions().get(i).getId());
		}
		this.jdbc.update("""
				insert into action_update (action_id, author_id, recorded_at, status, percent_complete, commentary)
				values (?, ?, now(), 'IN_PROGRESS', 10, '=1+1')""", built.actions().get(0).getId(),
				built.owner().getId());
		var owner = this.fixture.signedIn(built.owner());
		long planId = built.plan().getId();

		var records = SpreadsheetExportTests
			.parseCsv(download("/plans/{id}/actions.csv", planId, owner).getContentAsByteArray());
		assertThat(records.stream().map((record) -> record.get("Title")))
			.containsExactlyElementsOf(payloads.stream().map((payload) -> "'" + payload).toList());
		assertThat(records.get(0).get("Latest commentary")).isEqualTo("'=1+1");

		var rows = SpreadsheetExportTests
			.readXlsx(download("/plans/{id}/actions.xlsx", planId, owner).getContentAsByteArray());
		for (int i = 0; i < payloads.size(); i++) {
			var title = rows.get(i + 2).getCell(2);
			assertThat(title.getFormula()).isNull();
			assertThat(title.getText()).isEqualTo("'" + payloads.get(i));
		}

		var history = SpreadsheetExportTests.parseCsv(
				download("/actions/{id}/history.csv", built.actions().get(0).getId(), owner).getContentAsByteArray());
		assertThat(history.get(0).get("Commentary")).isEqualTo("'=1+1");
	}

	@Test
	void quotesCommasNewLinesAndAccentsSurviveTheRoundTrip() throws Exception {
		var built = this.fixture.plan("export-text", 1, 1, 0);
		var awkward = "Café – “quoted”, \"really\"\nover two lines";
		long actionId = built.actions().get(0).getId();
		this.jdbc.update("update action set title = ? where id = ?", awkward, actionId);
		this.jdbc.update("""
				insert into action_update (action_id, author_id, recorded_at, status, percent_complete, commentary)
				values (?, ?, now(), 'IN_PROGRESS', 10, ?)""", actionId, built.owner().getId(), awkward);
		var owner = this.fixture.signedIn(built.owner());

		var records = SpreadsheetExportTests
			.parseCsv(download("/plans/{id}/actions.csv", built.plan().getId(), owner).getContentAsByteArray());
		assertThat(records.get(0).get("Title")).isEqualTo(awkward);
		assertThat(records.get(0).get("Latest commentary")).isEqualTo(awkward);
		var rows = SpreadsheetExportTests
			.readXlsx(download("/plans/{id}/actions.xlsx", built.plan().getId(), owner).getContentAsByteArray());
		assertThat(rows.get(2).getCellText(2)).isEqualTo(awkward);
		var history = SpreadsheetExportTests
			.parseCsv(download("/actions/{id}/history.csv", actionId, owner).getContentAsByteArray());
		assertThat(history.get(0).get("Commentary")).isEqualTo(awkward);
	}

	@Test
	void theHistoryCsvListsEveryUpdateNewestFirstWithItsEvidence() throws Exception {
		var built = this.fixture.plan("export-history", 1, 1, 3);
		long actionId = built.actions().get(0).getId();
		long newest = this.jdbc.queryForObject(
				"select id from action_update where action_id = ? order by recorded_at desc, id desc limit 1",
				Long.class, actionId);
		this.jdbc
			.update("""
					insert into evidence (update_id, kind, title, url) values (?, 'LINK', 'Board minutes', 'https://example.org/minutes')""",
					newest);
		this.jdbc.update("""
				insert into evidence (update_id, kind, title, file_name, content_type, size_bytes, content)
				values (?, 'FILE', 'Audit summary', 'audit.pdf', 'application/pdf', 3, '\\x010203'::bytea)""", newest);

		var records = SpreadsheetExportTests
			.parseCsv(download("/actions/{id}/history.csv", actionId, this.fixture.signedIn(built.owner()))
				.getContentAsByteArray());

		assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("Recorded at", "Author", "Status",
				"Percent complete", "RAG", "RAG reason", "Commentary", "Evidence");
		assertThat(records.stream().map((record) -> record.get("Commentary"))).containsExactly("Progress note 3",
				"Progress note 2", "Progress note 1");
		var expectedTimes = this.jdbc.queryForList("""
				select to_char(recorded_at at time zone 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') from action_update
				where action_id = ? order by recorded_at desc, id desc""", String.class, actionId);
		for (int i = 0; i < records.size(); i++) {
			assertThat(records.get(i).get("Recorded at")).startsWith(expectedTimes.get(i))
				.matches(".*[+-]\\d\\d:\\d\\d$");
		}
		var newestRecord = records.get(0);
		assertThat(newestRecord.get("Author")).isEqualTo("Fixture Owner export-history");
		assertThat(newestRecord.get("Status")).isEqualTo("In progress");
		assertThat(newestRecord.get("Percent complete")).isEqualTo("30");
		assertThat(newestRecord.get("Evidence"))
			.isEqualTo("Board minutes (https://example.org/minutes); Audit summary");
		assertThat(records.get(1).get("Evidence")).isEmpty();
	}

	@Test
	void anotherAuthoritysPlanOrActionIsNotFound() throws Exception {
		var mine = this.fixture.plan("export-mine", 1, 1, 1);
		var theirs = this.fixture.plan("export-theirs", 1, 1, 1);
		var me = user(this.fixture.signedIn(mine.owner()));
		this.mvc.perform(get("/plans/{id}/actions.csv", theirs.plan().getId()).with(me))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/{id}/actions.xlsx", theirs.plan().getId()).with(me))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/actions/{id}/history.csv", theirs.actions().get(0).getId()).with(me))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/{id}/actions.csv", Long.MAX_VALUE).with(me)).andExpect(status().isNotFound());
	}

	@Test
	void eachExportCostsTheSameStatementsHoweverBigThePlan() throws Exception {
		var small = this.fixture.plan("export-sql-small", 1, 2, 1);
		var large = this.fixture.plan("export-sql-large", 4, 6, 5);
		var asSmall = this.fixture.signedIn(small.owner());
		var asLarge = this.fixture.signedIn(large.owner());
		assertThat(statements("/plans/{id}/actions.csv", small.plan().getId(), asSmall))
			.isEqualTo(statements("/plans/{id}/actions.csv", large.plan().getId(), asLarge))
			.isEqualTo(2);
		assertThat(statements("/plans/{id}/actions.xlsx", small.plan().getId(), asSmall))
			.isEqualTo(statements("/plans/{id}/actions.xlsx", large.plan().getId(), asLarge))
			.isEqualTo(2);
		assertThat(statements("/actions/{id}/history.csv", small.actions().get(0).getId(), asSmall))
			.isEqualTo(statements("/actions/{id}/history.csv", large.actions().get(0).getId(), asLarge))
			.isEqualTo(3);
	}

	private long statements(String route, long id, UserDetails who) throws Exception {
		this.sql.reset();
		download(route, id, who);
		return this.sql.count();
	}

	private MockHttpServletResponse download(String route, long id, UserDetails who) throws Exception {
		return this.mvc.perform(get(route, id).with(user(who))).andExpect(status().isOk()).andReturn().getResponse();
	}

	private UserDetails demoUser(String username) {
		return this.users.loadUserByUsername(username);
	}

	private long demoPlan(String slug) {
		return this.jdbc.queryForObject("""
				select p.id from improvement_plan p join authority a on a.id = p.authority_id
				where a.slug = ? and p.status = 'ACTIVE' order by p.id limit 1""", Long.class, slug);
	}

	private static String ragAndReason(CSVRecord record) {
		return record.get("RAG") + " | " + record.get("RAG reason");
	}

	private static String ragAndReason(ActionRow row) {
		return (row.rag().hasRag() ? row.rag().label() : "") + " | " + row.rag().reason();
	}

}
