package org.turnaround.security;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.turnaround.account.Account;
import org.turnaround.account.AccountRepository;
import org.turnaround.account.Role;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A POST without a valid CSRF token is refused and changes nothing. The account these
 * tests use is committed (the requests run their own transactions, as in production), so
 * a change that slipped through would be seen, and it is deleted afterwards.
 */
@IntegrationTest
class CsrfTests {

	static final String USERNAME = "csrf.officer";

	static final String PASSWORD = "a long password for the csrf tests";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	UserDetailsService users;

	long accountId;

	@BeforeEach
	void createAccount() {
		var marchshire = this.jdbc.queryForObject("select id from authority where slug = 'marchshire'", Long.class);
		this.accountId = this.transaction.execute((status) -> {
			var account = new Account(USERNAME, "Casey Csrf", "Team manager", null, Role.OFFICER, marchshire,
					Instant.now());
			account.changePassword(this.passwordEncoder.encode(PASSWORD), Instant.now());
			return this.accounts.save(account).getId();
		});
	}

	@AfterEach
	void deleteAccount() {
		this.jdbc.update("delete from account where username = ?", USERNAME);
	}

	@Test
	void signingOutWithoutTheTokenIsRefusedAndLeavesThePersonSignedIn() throws Exception {
		var session = signIn();
		this.mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").session(session).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/notices").session(session)).andExpect(status().isOk()).andExpect(authenticated());

		// The same request with the token does sign out: the refusal above was the
		// token's.
		this.mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
		this.mvc.perform(get("/notices").session(session)).andExpect(status().isFound()).andExpect(unauthenticated());
	}

	@Test
	void signingInWithoutTheTokenIsRefusedAndSignsNobodyIn() throws Exception {
		var result = this.mvc.perform(post("/login").param("username", USERNAME).param("password", PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated())
			.andReturn();
		// Spring Security's CSRF filter keeps a fresh token in a new session even when it
		// refuses the request (as the sign-in page does): what matters is that nobody is
		// signed in with it.
		var session = (MockHttpSession) result.getRequest().getSession(false);
		if (session != null) {
			assertThat(Collections.list(session.getAttributeNames()))
				.containsOnly(HttpSessionCsrfTokenRepository.class.getName() + ".CSRF_TOKEN");
			this.mvc.perform(get("/notices").session(session))
				.andExpect(status().isFound())
				.andExpect(unauthenticated());
		}
	}

	@Test
	void aFailedSignInWithoutTheTokenIsNotEvenCounted() throws Exception {
		this.mvc.perform(post("/login").param("username", USERNAME).param("password", "not the password"))
			.andExpect(status().isForbidden());
		assertThat(row()).containsEntry("failed_sign_ins", 0);
	}

	@Test
	void anAdminRouteWithoutTheTokenIsRefusedAndTheAccountIsUnchanged() throws Exception {
		var before = row();
		var version = String.valueOf(before.get("version"));
		var admin = user(this.users.loadUserByUsername("admin"));
		this.mvc.perform(post("/admin/users/{id}/deactivate", this.accountId).with(admin).param("version", version))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/{id}/password", this.accountId).with(admin)
				.param("version", version)
				.param("newPassword", "another long password for csrf")
				.param("confirmPassword", "another long password for csrf"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/{id}/deactivate", this.accountId).with(admin)
				.param("version", version)
				.with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		assertThat(row()).isEqualTo(before);
	}

	@Test
	void theSameAdminRequestWithTheTokenDoesDeactivateTheAccount() throws Exception {
		var version = String.valueOf(row().get("version"));
		var admin = user(this.users.loadUserByUsername("admin"));
		this.mvc.perform(
				post("/admin/users/{id}/deactivate", this.accountId).with(admin).param("version", version).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + this.accountId));
		assertThat(row()).containsEntry("active", false);
	}

	private MockHttpSession signIn() throws Exception {
		var result = this.mvc
			.perform(post("/login").param("username", USERNAME).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated())
			.andReturn();
		var session = (MockHttpSession) result.getRequest().getSession(false);
		assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNotNull();
		return session;
	}

	private Map<String, Object> row() {
		return this.jdbc.queryForMap(
				"select active, password_hash, failed_sign_ins, locked_until, version from account where id = ?",
				this.accountId);
	}

}
