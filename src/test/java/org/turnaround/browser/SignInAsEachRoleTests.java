package org.turnaround.browser;

import java.net.URI;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo account signs in through the form, lands on the page its role comes for and
 * signs out with the header's button. The sign-in page, each landing page and the
 * signed-out page pass axe.
 */
@BrowserTest
class SignInAsEachRoleTests {

	static final String DEMO_PASSWORD = "turnaround-demo";

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest(name = "{0} lands on {1}")
	@CsvSource({ "officer, /my-actions, My actions",
			"manager, Marchshire's active plan, Marchshire Children and Families Improvement Plan",
			"cabinet, Marchshire's active plan dashboard, Marchshire Children and Families Improvement Plan",
			"adviser, /plans, Improvement plans", "admin, /admin/users, Accounts" })
	void signsInLandsOnTheirPageAndSignsOut(String username, String landing, String heading, Page page,
			BrowserSession browser) {
		page.navigate("/login");
		PlaywrightAssertions.assertThat(heading(page)).hasText("Sign in");
		browser.visit(page, username + "-01-sign-in");

		SignIn.as(page, username, DEMO_PASSWORD);
		var expected = landing.startsWith("/") ? landing
				: "/plans/" + marchshiresActivePlan() + (landing.endsWith("dashboard") ? "/dashboard" : "");
		page.waitForURL((url) -> URI.create(url).getPath().equals(expected));
		PlaywrightAssertions.assertThat(heading(page)).hasText(heading);
		browser.visit(page, username + "-02-landing");
		PlaywrightAssertions.assertThat(page.locator(".turnaround-header__user")).isVisible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		page.waitForURL(
				(url) -> URI.create(url).getPath().equals("/login") && "signedOut".equals(URI.create(url).getQuery()));
		PlaywrightAssertions.assertThat(page.getByText("You have signed out.")).isVisible();
		PlaywrightAssertions.assertThat(page.locator(".turnaround-header__user")).hasCount(0);
		browser.visit(page, username + "-03-signed-out");

		// Signed out for real: the landing page sends them back to sign in.
		page.navigate(expected);
		assertThat(URI.create(page.url()).getPath()).isEqualTo("/login");
	}

	private long marchshiresActivePlan() {
		return this.jdbc.queryForObject("""
				select p.id from improvement_plan p join authority a on a.id = p.authority_id
				where a.slug = 'marchshire' and p.status = 'ACTIVE'""", Long.class);
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
