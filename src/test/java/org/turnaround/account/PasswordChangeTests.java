package org.turnaround.account;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class PasswordChangeTests {

	static final String DEMO_PASSWORD = "turnaround-demo";

	static final String NEW_PASSWORD = "orchard lantern seven herons";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AccountUserDetailsService users;

	@Test
	@WithUserDetails("officer")
	void theHeaderOffersEverySignedInPersonToChangeTheirPassword() throws Exception {
		this.mvc.perform(get("/account/password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/account/password\"")))
			.andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Change your password</h1>")))
			.andExpect(content().string(containsString("autocomplete=\"current-password\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void everyRoleCanChangeTheirOwnPassword() throws Exception {
		for (String username : new String[] { "officer", "manager", "cabinet", "adviser", "admin" }) {
			this.mvc
				.perform(change(DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
					.with(user(this.users.loadUserByUsername(username))))
				.andExpect(redirectedUrl("/account/password"))
				.andExpect(flash().attribute("success", "Your password has been changed"));
			assertThat(this.encoder.matches(NEW_PASSWORD, account(username).getPasswordHash())).as(username).isTrue();
		}
	}

	@Test
	@WithUserDetails("officer")
	void theChangeIsConfirmedOnThePage() throws Exception {
		this.mvc.perform(get("/account/password").flashAttr("success", "Your password has been changed"))
			.andExpect(content().string(containsString("govuk-notification-banner--success")))
			.andExpect(content().string(containsString("Your password has been changed")));
	}

	@Test
	@WithUserDetails("officer")
	void aWrongCurrentPasswordIsAFieldErrorAndChangesNothing() throws Exception {
		String before = account("officer").getPasswordHash();
		this.mvc.perform(change("not my password", NEW_PASSWORD, NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Change your password – Turnaround</title>")))
			.andExpect(content()
				.string(containsString("<a href=\"#currentPassword\">Your current password is not right</a>")))
			.andExpect(content().string(containsString("id=\"currentPassword-error\"")))
			.andExpect(content().string(not(containsString(NEW_PASSWORD))))
			.andExpect(content().string(not(containsString("not my password"))));
		assertThat(account("officer").getPasswordHash()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("officer")
	void anEmptyFormAsksForEachPassword() throws Exception {
		this.mvc.perform(post("/account/password").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#currentPassword\">Enter your current password</a>")))
			.andExpect(content().string(containsString("<a href=\"#newPassword\">Enter a password</a>")));
	}

	@Test
	@WithUserDetails("officer")
	void theNewPasswordIsCheckedByThePolicy() throws Exception {
		String before = account("officer").getPasswordHash();
		this.mvc.perform(change(DEMO_PASSWORD, "short one", "short one"))
			.andExpect(content()
				.string(containsString("<a href=\"#newPassword\">Password must be 12 characters or more</a>")));
		this.mvc.perform(change(DEMO_PASSWORD, "iloveyou1234", "iloveyou1234"))
			.andExpect(content()
				.string(containsString("<a href=\"#newPassword\">Choose a password that is harder to guess")));
		this.mvc.perform(change(DEMO_PASSWORD, "officer officer officer", "officer officer officer"))
			.andExpect(content()
				.string(containsString("<a href=\"#newPassword\">Password must not contain the username</a>")));
		assertThat(account("officer").getPasswordHash()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("officer")
	void theNewPasswordMustBeTypedTwiceTheSame() throws Exception {
		String before = account("officer").getPasswordHash();
		this.mvc.perform(change(DEMO_PASSWORD, NEW_PASSWORD, "orchard lantern seven heron"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<a href=\"#confirmPassword\">The two new passwords do not match")));
		assertThat(account("officer").getPasswordHash()).isEqualTo(before);
	}

	@Test
	void theNewPasswordMustDifferFromTheCurrentOne() throws Exception {
		var person = this.accounts.findByUsername("cabinet").orElseThrow();
		person.changePassword(this.encoder.encode(NEW_PASSWORD), Instant.now());
		this.accounts.flush();
		this.mvc
			.perform(change(NEW_PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
				.with(user(this.users.loadUserByUsername("cabinet"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your new password must be different from your current one")));
	}

	@Test
	@WithUserDetails("officer")
	void aChangeWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		String before = account("officer").getPasswordHash();
		this.mvc
			.perform(post("/account/password").param("currentPassword", DEMO_PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.param("confirmPassword", NEW_PASSWORD))
			.andExpect(status().isForbidden());
		assertThat(account("officer").getPasswordHash()).isEqualTo(before);
	}

	@Test
	void someoneNotSignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(change(DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD)).andExpect(redirectedUrl("/login"));
	}

	private Account account(String username) {
		return this.accounts.findByUsername(username).orElseThrow();
	}

	private static MockHttpServletRequestBuilder change(String current, String password, String confirm) {
		return post("/account/password").param("currentPassword", current)
			.param("newPassword", password)
			.param("confirmPassword", confirm)
			.with(csrf());
	}

}
