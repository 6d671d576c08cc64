package org.turnaround.browser;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo cabinet member opens an action, downloads its history as CSV from the link on
 * the page, and fetches the plan's actions as a workbook with the same sign-in.
 */
@BrowserTest
class ExportJourneyTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCabinetMemberDownloadsAnActionsHistoryAndThePlansActions(Page page, BrowserSession browser) throws Exception {
		var action = this.jdbc.queryForMap("""
				select a.id, a.plan_id, count(u.id) as updates
				from action a join improvement_plan p on p.id = a.plan_id join authority au on au.id = p.authority_id
				join action_update u on u.action_id = a.id
				where au.slug = 'marchshire' and p.status = 'ACTIVE'
				group by a.id, a.plan_id order by count(u.id) desc, a.id limit 1""");
		SignIn.as(page, "cabinet", SignInAsEachRoleTests.DEMO_PASSWORD);
		page.navigate("/actions/" + action.get("id"));
		browser.visit(page, "01-action-with-history-download");

		var download = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download this history (CSV)"))
					.click());
		assertThat(download.suggestedFilename())
			.matches("marchshire-action-" + action.get("id") + "-history-\\d{4}-\\d{2}-\\d{2}\\.csv");
		var text = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFRecorded at,");
		var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (var parser = format.parse(new StringReader(text.substring(1)))) {
			assertThat(parser.getRecords()).hasSize(((Number) action.get("updates")).intValue());
		}

		var workbook = page.request().get("/plans/" + action.get("plan_id") + "/actions.xlsx");
		assertThat(workbook.status()).isEqualTo(200);
		assertThat(workbook.headers().get("content-type"))
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		long actions = this.jdbc.queryForObject("select count(*) from action where plan_id = ?", Long.class,
				action.get("plan_id"));
		try (var read = new ReadableWorkbook(new ByteArrayInputStream(workbook.body()))) {
			assertThat(read.getFirstSheet().read()).hasSize((int) actions + 1);
		}
	}

}
