package org.turnaround.account;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Someone whose account is deactivated while they are signed in is signed out on their
 * next request, not hours later when the session would expire. Not a transactional test:
 * the sessions end when the deactivation commits. The account it creates is removed.
 */
@IntegrationTest
class DeactivatedSessionTests {

	static final String USERNAME = "session.leaver";

	static final String PASSWORD = "blue kettle under the stairs";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	AccountUserDetailsService users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheAccount() {
		this.jdbc.update("delete from account_aud where id in (select id from account where username = ?)", USERNAME);
		this.jdbc.update("delete from account where username = ?", USERNAME);
	}

	@Test
	void aDeactivatedAccountsSessionStopsWorkingOnItsNextRequestWhileOthersCarryOn() throws Exception {
		var leaver = this.transaction.execute((status) -> {
			long marchshire = this.jdbc.queryForObject("select id from authority where slug = 'marchshire'",
					Long.class);
			var account = new Account(USERNAME, "Sam Leaver", "Social worker", null, Role.OFFICER, marchshire,
					Instant.now());
			account.changePassword(this.encoder.encode(PASSWORD), Instant.now());
			return this.accounts.saveAndFlush(account);
		});
		var leaversSession = signIn(USERNAME, PASSWORD);
		var colleaguesSession = signIn("officer", "turnaround-demo");
		this.mvc.perform(get("/my-actions").session(leaversSession)).andExpect(status().isOk());

		this.mvc
			.perform(
					post("/admin/users/{id}/deactivate", leaver.getId()).with(csrf())
						.with(user(this.users.loadUserByUsername("admin")))
						.param("version", this.jdbc.queryForObject("select version from account where id = ?",
								String.class, leaver.getId())))
			.andExpect(redirectedUrl("/admin/users/" + leaver.getId()));

		this.mvc.perform(get("/my-actions").session(leaversSession)).andExpect(redirectedUrl("/login?signedOut"));
		this.mvc.perform(get("/my-actions").session(leaversSession)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/my-actions").session(colleaguesSession)).andExpect(status().isOk());
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		var result = this.mvc.perform(formLogin().user(username).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
