package org.turnaround.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.turnaround.support.PlanFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class NoticeToActionJourneyTests {

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void followsANoticeToItsPlanAndAnActionAndSeesWhyTheActionIsOffTrack(Page page, BrowserSession browser) {
		// Committed, because the server reads it on its own threads.
		this.transaction.executeWithoutResult((status) -> this.fixture.plan("journey", 2, 3, 3));

		// Signing in comes first, and lands the officer on the actions they own.
		page.navigate("/");
		page.waitForURL("**/login");
		browser.visit(page, "01-sign-in");
		SignIn.as(page, "journey.owner", PlanFixture.PASSWORD);
		page.waitForURL("**/my-actions");
		PlaywrightAssertions.assertThat(heading(page)).hasText("My actions");

		// The skip link is the first thing the keyboard reaches, and it moves focus to
		// the content.
		page.keyboard().press("Tab");
		var skipLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content"));
		PlaywrightAssertions.assertThat(skipLink).isFocused();
		page.keyboard().press("Enter");
		PlaywrightAssertions.assertThat(page.locator("main#main-content")).isFocused();

		// By keyboard alone: focus the link and press Enter.
		link(page, "Notices").focus();
		page.keyboard().press("Enter");
		page.waitForURL("**/notices");
		PlaywrightAssertions.assertThat(heading(page)).hasText("Improvement notices");
		browser.visit(page, "02-notices");

		link(page, "Fixture notice journey").click();
		page.waitForURL(Pattern.compile("/notices/\\d+$"));
		PlaywrightAssertions.assertThat(heading(page)).hasText("Fixture notice journey");
		browser.visit(page, "03-notice");

		link(page, "Fixture plan journey").click();
		page.waitForURL(Pattern.compile("/plans/\\d+$"));
		PlaywrightAssertions.assertThat(heading(page)).hasText("Fixture plan journey");
		browser.visit(page, "04-plan");

		link(page, "1.1 Fixture action 1.1").click();
		page.waitForURL(Pattern.compile("/actions/\\d+$"));
		PlaywrightAssertions.assertThat(heading(page)).hasText("1.1 Fixture action 1.1");
		browser.visit(page, "05-action");

		// The RAG is a word, not only a colour, and it says why.
		var rag = page.locator("#rag");
		PlaywrightAssertions.assertThat(rag.locator(".govuk-tag")).hasText("Off track");
		PlaywrightAssertions.assertThat(rag.locator(".turnaround-rag-reason"))
			.hasText(Pattern.compile("^Overdue: due "));

		// The whole history, newest first.
		var history = page.locator(".turnaround-history__item .turnaround-history__commentary");
		PlaywrightAssertions.assertThat(history).hasCount(3);
		assertThat(history.allInnerTexts()).containsExactly("Progress note 3", "Progress note 2", "Progress note 1");
	}

	@Test
	void aMissingPlanIsAnAccessibleNotFoundPage(Page page, BrowserSession browser) {
		this.transaction.executeWithoutResult((status) -> this.fixture.plan("journey-404", 1, 1, 1));
		SignIn.as(page, "journey-404.owner", PlanFixture.PASSWORD);
		var response = page.navigate("/plans/999999999");
		assertThat(response.status()).isEqualTo(404);
		PlaywrightAssertions.assertThat(heading(page)).hasText("Page not found");
		browser.visit(page, "06-not-found");
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
