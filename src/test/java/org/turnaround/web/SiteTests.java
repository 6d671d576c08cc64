package org.turnaround.web;

import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SiteTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theSignInPageUsesTheCouncilsOwnHeaderWithoutTheCrownAndASkipLink() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-frontend.min.css")))
			.andExpect(content().string(containsString("Skip to main content")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(not(containsString("govuk-logo"))))
			.andExpect(content().string(not(containsString("crown"))));
	}

	@Test
	@WithUserDetails("cabinet")
	void anUnknownAddressIsTheFriendly404Page() throws Exception {
		this.mvc.perform(get("/no-such-page"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void healthIsUpWithTheDatabase() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void govukFrontendAndOurOwnAssetsAreServedFromTheirOwnPaths() throws Exception {
		this.mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js")).andExpect(status().isOk());
		this.mvc.perform(get("/assets/turnaround.css")).andExpect(status().isOk());
		this.mvc.perform(get("/assets/turnaround.js")).andExpect(status().isOk());
	}

}
