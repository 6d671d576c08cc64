package org.turnaround.browser;

import java.net.URI;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo officer signs in, lands on the actions they own, narrows them to the off-track
 * ones with the filter form (a plain GET, no script needed) and opens one.
 */
@BrowserTest
class MyActionsJourneyTests {

	@Test
	void anOfficerLandsOnTheirActionsFiltersByRagAndOpensOne(Page page, BrowserSession browser) {
		SignIn.as(page, "officer", SignInAsEachRoleTests.DEMO_PASSWORD);
		page.waitForURL("**/my-actions");
		PlaywrightAssertions.assertThat(heading(page)).hasText("My actions");
		PlaywrightAssertions.assertThat(page.locator("#action-count"))
			.hasText(Pattern.compile("^You own \\d+ open actions, \\d+ overdue\\.$"));
		browser.visit(page, "01-my-actions");
		var rows = page.locator("tr.turnaround-my-action");
		int all = rows.count();
		assertThat(all).isGreaterThan(1);

		page.getByLabel("RAG").selectOption("RED");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
		page.waitForURL((url) -> "RED".equals(query(url, "rag")));
		browser.visit(page, "02-off-track");
		PlaywrightAssertions.assertThat(page.getByLabel("RAG")).hasValue("RED");
		int offTrack = rows.count();
		assertThat(offTrack).isPositive().isLessThanOrEqualTo(all);
		assertThat(rows.locator(".govuk-tag").allInnerTexts()).containsOnly("Off track");

		var first = rows.first().getByRole(AriaRole.LINK);
		var title = first.innerText();
		first.click();
		page.waitForURL(Pattern.compile("/actions/\\d+$"));
		PlaywrightAssertions.assertThat(heading(page)).hasText(title);
		browser.visit(page, "03-action");

		page.goBack();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clear filters")).click();
		page.waitForURL((url) -> URI.create(url).getQuery() == null && url.endsWith("/my-actions"));
		PlaywrightAssertions.assertThat(rows).hasCount(all);
	}

	private static String query(String url, String name) {
		var query = URI.create(url).getQuery();
		if (query == null) {
			return null;
		}
		for (var pair : query.split("&")) {
			var parts = pair.split("=", 2);
			if (parts[0].equals(name)) {
				return (parts.length > 1) ? parts[1] : "";
			}
		}
		return null;
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
