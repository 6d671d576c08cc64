package org.turnaround.security;

import java.sql.Timestamp;
import java.time.Instant;

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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in through the real form, the message a failure gets, and the lockout. The
 * account is this test's own, committed so that the sign-in's own transactions see it (as
 * they would in production), and deleted afterwards; the demo accounts are left alone.
 */
@IntegrationTest
class SignInTests {

	static final String USERNAME = "sign-in.tester";

	static final String PASSWORD = "correct horse battery staple";

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

	@BeforeEach
	void createAccount() {
		var marchshire = this.jdbc.queryForObject("select id from authority where slug = 'marchshire'", Long.class);
		this.transaction.executeWithoutResult((status) -> {
			var account = new Account(USERNAME, "Sam Signin", "Service manager", null, Role.OFFICER, marchshire,
					Instant.now());
			account.changePassword(this.passwordEncoder.encode(PASSWORD), Instant.now());
			this.accounts.save(account);
		});
	}

	@AfterEach
	void deleteAccount() {
		this.jdbc.update("delete from account where username = ?", USERNAME);
	}

	@Test
	void theRightPasswordSignsInThroughTheFormAndLandsOnTheHomePage() throws Exception {
		this.mvc.perform(formLogin().user(USERNAME).password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(USERNAME).withRoles("OFFICER"));
	}

	@Test
	void signingInGivesTheSessionANewIdSoAPlantedSessionIsWorthless() throws Exception {
		var session = new MockHttpSession();
		var planted = session.getId();
		// As a container would see it: the session came in on the request's cookie.
		var result = this.mvc.perform(post("/login").session(session).with((request) -> {
			request.setRequestedSessionId(planted);
			request.setRequestedSessionIdFromCookie(true);
			return request;
		}).param("username", USERNAME).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated())
			.andReturn();
		assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(planted);
	}

	@Test
	void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
		this.mvc.perform(formLogin().user(USERNAME).password("not the password"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin().user("nobody.by.this.name").password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void theFailurePageSaysTheSameWhateverWasWrongAndNotWhichItWas() throws Exception {
		var afterWrongPassword = failurePage(USERNAME, "not the password");
		var afterUnknownUser = failurePage("nobody.by.this.name", PASSWORD);
		assertThat(afterWrongPassword).contains("Enter a correct username and password")
			.doesNotContainIgnoringCase("no such account")
			.doesNotContainIgnoringCase("not found")
			.doesNotContainIgnoringCase("wrong password")
			.isEqualTo(afterUnknownUser);
	}

	@Test
	void tenFailuresLockTheAccountSoEvenTheRightPasswordIsRefused() throws Exception {
		for (int attempt = 1; attempt <= 10; attempt++) {
			this.mvc.perform(formLogin().user(USERNAME).password("guess " + attempt))
				.andExpect(redirectedUrl("/login?error"));
		}
		assertThat(lockedUntil()).as("locked until").isAfter(Instant.now().plusSeconds(14 * 60));

		this.mvc.perform(formLogin().user(USERNAME).password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void nineFailuresDoNotLockTheAccount() throws Exception {
		for (int attempt = 1; attempt <= 9; attempt++) {
			this.mvc.perform(formLogin().user(USERNAME).password("guess " + attempt));
		}
		assertThat(failedSignIns()).isEqualTo(9);
		assertThat(lockedUntil()).isNull();
		this.mvc.perform(formLogin().user(USERNAME).password(PASSWORD)).andExpect(authenticated());
		assertThat(failedSignIns()).isZero();
	}

	@Test
	void failuresSpreadOverMoreThanTheWindowDoNotLockTheAccount() throws Exception {
		for (int attempt = 1; attempt <= 9; attempt++) {
			this.mvc.perform(formLogin().user(USERNAME).password("guess " + attempt));
		}
		this.jdbc.update(
				"update account set first_failed_sign_in_at = now() - interval '16 minutes' where username = ?",
				USERNAME);
		this.mvc.perform(formLogin().user(USERNAME).password("guess 10"));
		assertThat(lockedUntil()).isNull();
		assertThat(failedSignIns()).isOne();
	}

	@Test
	void aLockThatHasExpiredLetsTheRightPasswordInAndClearsTheCount() throws Exception {
		for (int attempt = 1; attempt <= 10; attempt++) {
			this.mvc.perform(formLogin().user(USERNAME).password("guess " + attempt));
		}
		assertThat(lockedUntil()).isNotNull();
		this.jdbc.update("update account set locked_until = now() - interval '1 minute' where username = ?", USERNAME);
		// Failures after the lock has run out count again, towards a new lock.
		this.mvc.perform(formLogin().user(USERNAME).password("guess 11")).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user(USERNAME).password("guess 12")).andExpect(redirectedUrl("/login?error"));
		assertThat(failedSignIns()).isEqualTo(2);

		this.mvc.perform(formLogin().user(USERNAME).password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(USERNAME));
		assertThat(failedSignIns()).isZero();
		assertThat(lockedUntil()).isNull();
		assertThat(instant("first_failed_sign_in_at")).isNull();
	}

	@Test
	void aDeactivatedAccountCannotSignInAndGetsTheSameAnswer() throws Exception {
		this.jdbc.update("update account set active = false where username = ?", USERNAME);
		this.mvc.perform(formLogin().user(USERNAME).password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	private ResultActions signIn(MockHttpSession session, String username, String password) throws Exception {
		return this.mvc.perform(
				post("/login").session(session).param("username", username).param("password", password).with(csrf()));
	}

	/**
	 * The page a failed sign-in lands on, without its CSRF token (which differs from one
	 * session to the next).
	 */
	private String failurePage(String username, String password) throws Exception {
		var session = new MockHttpSession();
		signIn(session, username, password).andExpect(redirectedUrl("/login?error"));
		// MockMvc reads "?error" as a parameter without a value, where a container reads
		// an empty one.
		var page = this.mvc.perform(get("/login").param("error", "").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

	private Instant lockedUntil() {
		return instant("locked_until");
	}

	private Instant instant(String column) {
		var at = this.jdbc.queryForObject("select " + column + " from account where username = ?", Timestamp.class,
				USERNAME);
		return (at != null) ? at.toInstant() : null;
	}

	private int failedSignIns() {
		return this.jdbc.queryForObject("select failed_sign_ins from account where username = ?", Integer.class,
				USERNAME);
	}

}
