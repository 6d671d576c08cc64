package org.turnaround.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The security headers on pages, the session cookie's settings and error pages that give
 * nothing away. {@link SecurityHeadersOverHttpTests} checks what only a real server
 * shows: the cookie as the browser gets it, and the container's own error pages.
 */
@IntegrationTest
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ServerProperties server;

	@Test
	void aPageCarriesTheSecurityHeaders() throws Exception {
		var response = fetch("/notices", officer());
		assertThat(response.getStatus()).isEqualTo(200);
		SecurityHeaders.assertPresent(response::getHeader, "GET /notices");
	}

	@Test
	void theSignInPageCarriesTheSecurityHeaders() throws Exception {
		var response = fetch("/login", (request) -> request);
		assertThat(response.getStatus()).isEqualTo(200);
		SecurityHeaders.assertPresent(response::getHeader, "GET /login");
	}

	@Test
	void aNotFoundPageCarriesTheSecurityHeaders() throws Exception {
		var response = fetch("/plans/999999999", officer());
		assertThat(response.getStatus()).isEqualTo(404);
		SecurityHeaders.assertPresent(response::getHeader, "GET /plans/999999999");
	}

	@Test
	void theSessionCookieIsHttpOnlySecureAndSameSiteLax() {
		var cookie = this.server.getServlet().getSession().getCookie();
		assertThat(cookie.getHttpOnly()).isTrue();
		assertThat(cookie.getSecure()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo(SameSite.LAX);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actions/abc", "/actions/99999999999999999999", "/actions/1.5", "/plans/abc",
			"/notices/99999999999999999999" })
	void aMalformedIdIsABadRequestPageThatGivesNothingAway(String path) throws Exception {
		var response = fetch(path, officer());
		assertThat(response.getStatus()).as(path).isEqualTo(400);
		SecurityHeaders.assertGivesNothingAway(response.getContentAsString(), path);
		SecurityHeaders.assertPresent(response::getHeader, path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actions/999999999", "/actions/-1", "/actions/0", "/no-such-page" })
	void aRecordOrPageThatIsNotThereIsANotFoundPageThatGivesNothingAway(String path) throws Exception {
		var response = fetch(path, officer());
		assertThat(response.getStatus()).as(path).isEqualTo(404);
		SecurityHeaders.assertGivesNothingAway(response.getContentAsString(), path);
	}

	private MockHttpServletResponse fetch(String path, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(get(path).with(who)).andReturn().getResponse();
	}

	private RequestPostProcessor officer() {
		return user(this.users.loadUserByUsername("officer"));
	}

}
