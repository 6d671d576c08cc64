package org.turnaround.authority;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one chooser of the pages about one authority, for an adviser of two. Each test runs
 * in a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class AuthorityChooserPagesTests {

	private static final String OPTION = "(?s).*<option value=\"%d\"( selected=\"selected\")?>%s</option>.*";

	private static final String SELECTED = "(?s).*<option value=\"%d\" selected=\"selected\">%s</option>.*";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@ValueSource(strings = { "/measures", "/case-audits", "/workforce", "/inspections", "/partnerships" })
	void anAdviserOfTwoAuthoritiesChoosesOneWithAFormThatNeedsNoScript(String path) throws Exception {
		long marchshire = authority("marchshire");
		long northgate = authority("northgate");
		this.jdbc.update(
				"insert into adviser_assignment (account_id, authority_id) select id, ? from account where username = 'adviser'",
				northgate);
		var adviser = user(this.users.loadUserByUsername("adviser"));
		// Marchshire comes first by name, so it is shown until another is chosen
		this.mvc.perform(get(path).with(adviser))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<form method=\"get\" action=\"" + path + "\"")))
			.andExpect(content()
				.string(containsString("<select class=\"govuk-select\" id=\"authority\" name=\"authority\">")))
			.andExpect(content().string(matchesPattern(SELECTED.formatted(marchshire, "Marchshire Council"))))
			.andExpect(content().string(matchesPattern(OPTION.formatted(northgate, "Northgate City Council"))))
			.andExpect(content().string(containsString(">Show</button>")));
		this.mvc.perform(get(path).param("authority", "" + northgate).with(adviser))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern(SELECTED.formatted(northgate, "Northgate City Council"))))
			.andExpect(content().string(not(matchesPattern(SELECTED.formatted(marchshire, "Marchshire Council")))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/measures", "/case-audits", "/workforce", "/inspections", "/partnerships" })
	void someoneOfOneAuthorityHasNothingToChooseAndCannotAskForAnother(String path) throws Exception {
		var manager = user(this.users.loadUserByUsername("manager"));
		this.mvc.perform(get(path).with(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"authority\""))));
		this.mvc.perform(get(path).param("authority", "" + authority("northgate")).with(manager))
			.andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/measures", "/case-audits", "/workforce", "/inspections", "/partnerships" })
	void anAdminIsToldTheyAreNotAssignedToAnyAuthority(String path) throws Exception {
		var admin = user(this.users.loadUserByUsername("admin"));
		this.mvc.perform(get(path).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are not assigned to any authority")))
			.andExpect(content().string(not(containsString("name=\"authority\""))));
	}

	private long authority(String slug) {
		return this.jdbc.queryForObject("select id from authority where slug = ?", Long.class, slug);
	}

}
