package org.turnaround.browser;

import java.net.URI;
import java.nio.file.Files;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo cabinet member signs in, lands on the dashboard, follows the off-track count
 * to those actions, and downloads the cabinet report.
 */
@BrowserTest
class DashboardJourneyTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCabinetMemberLandsOnTheDashboardFollowsTheRedCountAndDownloadsTheReport(Page page, BrowserSession browser)
			throws Exception {
		long planId = this.jdbc.queryForObject("""
				select p.id from improvement_plan p join authority a on a.id = p.authority_id
				where a.slug = 'marchshire' and p.status = 'ACTIVE'""", Long.class);
		SignIn.as(page, "cabinet", SignInAsEachRoleTests.DEMO_PASSWORD);
		page.waitForURL((url) -> URI.create(url).getPath().equals("/plans/" + planId + "/dashboard"));
		PlaywrightAssertions
			.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Where the plan stands")))
			.isVisible();
		PlaywrightAssertions
			.assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Actions by RAG over time")))
			.isVisible();
		browser.visit(page, "01-dashboard");

		var offTrack = page.locator(".turnaround-rag-summary__item--red a");
		int count = Integer.parseInt(offTrack.locator(".turnaround-rag-summary__count").innerText().strip());
		assertThat(count).isPositive();
		offTrack.click();
		page.waitForURL((url) -> URI.create(url).getPath().equals("/plans/" + planId + "/actions"));
		PlaywrightAssertions.assertThat(page.locator("#plan-actions tbody tr")).hasCount(count);
		PlaywrightAssertions.assertThat(page.locator("#plan-actions tbody .govuk-tag--red")).hasCount(count);
		browser.visit(page, "02-off-track-actions");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the dashboard")).click();
		page.waitForURL((url) -> URI.create(url).getPath().equals("/plans/" + planId + "/dashboard"));
		var download = page.waitForDownload(() -> page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the cabinet report (PDF)"))
			.click());
		assertThat(download.suggestedFilename()).matches("marchshire-cabinet-report-\\d{4}-\\d{2}-\\d{2}\\.pdf");
		try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
			assertThat(new PDFTextStripper().getText(pdf)).contains("Marchshire Council", "1. Summary");
		}
	}

	@Test
	void theChangesSinceADayAreChosenWithTheKeyboard(Page page, BrowserSession browser) {
		SignIn.as(page, "cabinet", SignInAsEachRoleTests.DEMO_PASSWORD);
		page.waitForURL((url) -> URI.create(url).getPath().endsWith("/dashboard"));
		page.locator("#sinceDay").focus();
		page.keyboard().press("Control+A");
		page.keyboard().type("1");
		page.keyboard().press("Tab");
		page.keyboard().press("Control+A");
		page.keyboard().type("1");
		page.keyboard().press("Tab");
		page.keyboard().press("Control+A");
		page.keyboard().type("2020");
		page.keyboard().press("Tab");
		page.keyboard().press("Enter");
		page.waitForURL((url) -> url.contains("sinceYear=2020"));
		PlaywrightAssertions.assertThat(page.getByText("Since 1 January 2020:")).isVisible();
		PlaywrightAssertions.assertThat(page.locator("#changed-actions")).isVisible();
		browser.visit(page, "03-changes-since");
	}

}
