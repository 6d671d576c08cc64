package org.turnaround.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin pages for accounts, against the demo accounts. Requests run on the test
 * thread, inside the test's transaction, so every change rolls back.
 */
@IntegrationTest
@Transactional
@WithUserDetails("admin")
class AdminAccountsTests {

	static final String GOOD_PASSWORD = "blue kettle under the stairs";

	static final String STALE = "Someone else changed this account while you were looking at it";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	long marchshire;

	long northgate;

	@BeforeEach
	void findAuthorities() {
		this.marchshire = this.jdbc.queryForObject("select id from authority where slug = 'marchshire'", Long.class);
		this.northgate = this.jdbc
			.queryForObject("select id from authority where slug <> 'marchshire' order by id limit 1", Long.class);
	}

	// The list

	@Test
	void listsEveryAccountWithItsRoleAuthorityAndStatusAndOffersToCreateOne() throws Exception {
		var officer = account("officer");
		this.mvc.perform(get("/admin/users"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Accounts</h1>")))
			.andExpect(content().string(containsString("href=\"/admin/users/" + officer.getId() + "\"")))
			.andExpect(content().string(containsString(officer.getDisplayName())))
			.andExpect(content().string(containsString("Council officer")))
			.andExpect(content().string(containsString("Marchshire Council")))
			.andExpect(content().string(containsString("System administrator")))
			.andExpect(content().string(containsString("href=\"/admin/users/new\"")))
			.andExpect(content().string(containsString("Create an account")))
			.andExpect(content().string(containsString("Active")))
			.andExpect(content().string(containsString(">Accounts</a>")));
	}

	@Test
	void listsDeactivatedAndLockedAccountsAsSuch() throws Exception {
		var officer = account("officer");
		officer.deactivate();
		var manager = account("manager");
		lock(manager);
		this.accounts.flush();
		this.mvc.perform(get("/admin/users"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deactivated")))
			.andExpect(content().string(containsString("Locked until ")));
	}

	@Test
	void nobodyButAnAdminReachesTheAccountPages() throws Exception {
		long id = account("officer").getId();
		for (String username : new String[] { "officer", "manager", "cabinet", "adviser" }) {
			var user = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(this.users.loadUserByUsername(username));
			this.mvc.perform(get("/admin/users").with(user)).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/users/new").with(user)).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/users/{id}", id).with(user)).andExpect(status().isForbidden());
			this.mvc.perform(validAccount("sneaky.create").with(user)).andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/users/{id}/deactivate", id).param("version", "0").with(csrf()).with(user))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/users/{id}/password", id).param("newPassword", GOOD_PASSWORD)
					.param("confirmPassword", GOOD_PASSWORD)
					.param("version", "0")
					.with(csrf())
					.with(user))
				.andExpect(status().isForbidden());
		}
		assertThat(this.accounts.existsByUsername("sneaky.create")).isFalse();
		assertThat(account("officer").isActive()).isTrue();
	}

	@Autowired
	AccountUserDetailsService users;

	// Creating an account

	@Test
	void theCreateFormOffersEveryRoleAndAuthority() throws Exception {
		this.mvc.perform(get("/admin/users/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Create an account")))
			.andExpect(content().string(containsString("value=\"PLAN_MANAGER\"")))
			.andExpect(content().string(containsString("value=\"CABINET_MEMBER\"")))
			.andExpect(content().string(containsString("value=\"ADVISER\"")))
			.andExpect(content().string(containsString("value=\"ADMIN\"")))
			.andExpect(content().string(containsString("<option value=\"" + this.marchshire + "\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(not(containsString("govuk-error-summary"))));
	}

	@Test
	void createsAnOfficerOfAnAuthorityAndShowsItsPageWithASuccessMessage() throws Exception {
		this.mvc.perform(validAccount("new.officer"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andExpect(flash().attribute("success", "Account created for New Person (new.officer)"));
		var created = this.accounts.findByUsername("new.officer").orElseThrow();
		assertThat(created.getRole()).isEqualTo(Role.OFFICER);
		assertThat(created.getAuthorityId()).isEqualTo(this.marchshire);
		assertThat(created.getDisplayName()).isEqualTo("New Person");
		assertThat(created.getJobTitle()).isEqualTo("Social worker");
		assertThat(created.getEmail()).isEqualTo("new.person@example.gov.uk");
		assertThat(created.isActive()).isTrue();
		assertThat(created.getPasswordHash()).startsWith("{bcrypt}");
		assertThat(this.encoder.matches(GOOD_PASSWORD, created.getPasswordHash())).isTrue();

		this.mvc
			.perform(get("/admin/users/{id}", created.getId()).flashAttr("success",
					"Account created for New Person (new.officer)"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-notification-banner--success")))
			.andExpect(content().string(containsString("Account created for New Person (new.officer)")));
	}

	@Test
	void createsAnAdviserOrAdminWithNoAuthorityWhateverWasChosen() throws Exception {
		this.mvc.perform(validAccount("new.adviser", "role", "ADVISER")).andExpect(status().is3xxRedirection());
		this.mvc.perform(validAccount("new.admin", "role", "ADMIN", "jobTitle", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(this.accounts.findByUsername("new.adviser").orElseThrow().getAuthorityId()).isNull();
		var admin = this.accounts.findByUsername("new.admin").orElseThrow();
		assertThat(admin.getAuthorityId()).isNull();
		assertThat(admin.getJobTitle()).isNull();
	}

	@Test
	void anEmptyFormGetsAMessageForEveryMissingAnswerLinkedToItsField() throws Exception {
		this.mvc.perform(post("/admin/users").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Create an account – Turnaround</title>")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("<a href=\"#username\">Enter a username</a>")))
			.andExpect(
					content().string(containsString("<a href=\"#displayName\">Enter the person&#39;s full name</a>")))
			.andExpect(content().string(containsString("<a href=\"#email\">Enter an email address</a>")))
			.andExpect(content().string(containsString("<a href=\"#role\">Choose a role</a>")))
			.andExpect(content().string(containsString("<a href=\"#password\">Enter a password</a>")))
			.andExpect(content().string(containsString("id=\"username-error\"")))
			.andExpect(content().string(containsString("govuk-input--error")));
	}

	@Test
	void anOfficerPlanManagerOrCabinetMemberNeedsAnAuthority() throws Exception {
		for (String role : new String[] { "OFFICER", "PLAN_MANAGER", "CABINET_MEMBER" }) {
			this.mvc.perform(validAccount("no.authority", "role", role, "authorityId", ""))
				.andExpect(status().isOk())
				.andExpect(content().string(
						containsString("<a href=\"#authorityId\">Choose the authority this person belongs to</a>")));
		}
		assertThat(this.accounts.existsByUsername("no.authority")).isFalse();
	}

	@Test
	void refusesAnAuthorityThatDoesNotExist() throws Exception {
		this.mvc.perform(validAccount("ghost.authority", "authorityId", "999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#authorityId\"")));
		assertThat(this.accounts.existsByUsername("ghost.authority")).isFalse();
	}

	@Test
	void refusesAUsernameThatIsTakenWhateverItsCase() throws Exception {
		this.mvc.perform(validAccount("OFFICER"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<a href=\"#username\">An account with this username already exists</a>")));
	}

	@Test
	void refusesAUsernameWithSpacesOrOtherCharacters() throws Exception {
		this.mvc.perform(validAccount("new officer!"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<a href=\"#username\">A username must be 2 to 100 letters, digits, dots, hyphens, underscores or @ signs</a>")));
	}

	@Test
	void refusesAnEmailAddressInTheWrongFormat() throws Exception {
		this.mvc.perform(validAccount("bad.email", "email", "not-an-email"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<a href=\"#email\">Enter an email address in the correct format")));
	}

	@Test
	void refusesARoleThatDoesNotExist() throws Exception {
		this.mvc.perform(validAccount("bad.role", "role", "SUPERUSER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#role\"")))
			.andExpect(content().string(not(containsString("Failed to convert"))));
		assertThat(this.accounts.existsByUsername("bad.role")).isFalse();
	}

	@Test
	void refusesAShortOrCommonPasswordOrOneThatContainsTheUsername() throws Exception {
		this.mvc.perform(validAccount("short.password", "password", "too short", "confirmPassword", "too short"))
			.andExpect(content()
				.string(containsString("<a href=\"#password\">Password must be 12 characters or more</a>")));
		this.mvc.perform(validAccount("common.password", "password", "Password1234", "confirmPassword", "Password1234"))
			.andExpect(content()
				.string(containsString("<a href=\"#password\">Choose a password that is harder to guess")));
		this.mvc
			.perform(validAccount("hannah.ridley2", "password", "i am hannah.ridley2 ok", "confirmPassword",
					"i am hannah.ridley2 ok"))
			.andExpect(content()
				.string(containsString("<a href=\"#password\">Password must not contain the username</a>")));
		assertThat(this.accounts.existsByUsername("short.password")).isFalse();
		assertThat(this.accounts.existsByUsername("common.password")).isFalse();
		assertThat(this.accounts.existsByUsername("hannah.ridley2")).isFalse();
	}

	@Test
	void refusesPasswordsThatDoNotMatch() throws Exception {
		this.mvc.perform(validAccount("mismatch", "confirmPassword", "blue kettle under the stair"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#confirmPassword\">The two passwords do not match")));
		assertThat(this.accounts.existsByUsername("mismatch")).isFalse();
	}

	@Test
	void keepsWhatWasTypedOnErrorButNeverThePassword() throws Exception {
		this.mvc.perform(validAccount("kept.input", "email", "nonsense"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"kept.input\"")))
			.andExpect(content().string(containsString("value=\"New Person\"")))
			.andExpect(content().string(containsString("value=\"nonsense\"")))
			.andExpect(content().string(allOf(containsString("aria-describedby=\"role-hint\" checked=\"checked\""),
					containsString("selected=\"selected\""))))
			.andExpect(content().string(not(containsString(GOOD_PASSWORD))));
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefusedAndCreatesNothing() throws Exception {
		this.mvc.perform(validAccountWithoutCsrf("no.token")).andExpect(status().isForbidden());
		assertThat(this.accounts.existsByUsername("no.token")).isFalse();
	}

	// One account

	@Test
	void showsAnAccountWithItsFormsEachCarryingTheVersion() throws Exception {
		var officer = account("officer");
		this.mvc.perform(get("/admin/users/{id}", officer.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(officer.getDisplayName())))
			.andExpect(content().string(containsString("Marchshire Council")))
			.andExpect(content().string(containsString("action=\"/admin/users/" + officer.getId() + "/deactivate\"")))
			.andExpect(content().string(containsString("action=\"/admin/users/" + officer.getId() + "/password\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + officer.getVersion() + "\"")))
			.andExpect(content().string(not(containsString("/authorities\""))));
	}

	@Test
	void anAdvisersPageOffersTheAuthoritiesToAssign() throws Exception {
		var adviser = account("adviser");
		this.mvc.perform(get("/admin/users/{id}", adviser.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/admin/users/" + adviser.getId() + "/authorities\"")))
			.andExpect(content().string(containsString("name=\"authorityIds\" value=\"" + this.marchshire + "\"")));
	}

	@Test
	void anAdminCannotDeactivateThemselvesFromTheirPage() throws Exception {
		this.mvc.perform(get("/admin/users/{id}", account("admin").getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot deactivate your own account")))
			.andExpect(content().string(not(containsString("/deactivate\""))));
	}

	@Test
	void anUnknownAccountIsTheNotFoundPage() throws Exception {
		this.mvc.perform(get("/admin/users/{id}", 999999999L))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
		this.mvc.perform(post("/admin/users/{id}/deactivate", 999999999L).param("version", "0").with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/users/{id}/password", 999999999L).param("version", "0").with(csrf()))
			.andExpect(status().isNotFound());
	}

	// Deactivating and reactivating

	@Test
	void deactivatesAnAccountAndReactivatesIt() throws Exception {
		var officer = account("officer");
		this.mvc.perform(deactivate(officer, officer.getVersion()))
			.andExpect(redirectedUrl("/admin/users/" + officer.getId()))
			.andExpect(flash().attribute("success",
					"Account deactivated: this person is signed out and can no longer sign in"));
		assertThat(account("officer").isActive()).isFalse();

		this.mvc.perform(reactivate(officer, account("officer").getVersion()))
			.andExpect(redirectedUrl("/admin/users/" + officer.getId()))
			.andExpect(flash().attribute("success", "Account reactivated: this person can sign in again"));
		assertThat(account("officer").isActive()).isTrue();
	}

	@Test
	void aStaleVersionIsRefusedWithAnErrorSummaryAndChangesNothing() throws Exception {
		var officer = account("officer");
		long seen = officer.getVersion();
		officer.changePassword(this.encoder.encode("someone else changed it"), Instant.now());
		this.accounts.flush();
		this.mvc.perform(deactivate(officer, seen))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#status\">" + STALE)))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + officer.getVersion() + "\"")));
		assertThat(account("officer").isActive()).isTrue();
	}

	@Test
	void aMissingOrMalformedVersionIsRefusedAsStale() throws Exception {
		var officer = account("officer");
		this.mvc.perform(post("/admin/users/{id}/deactivate", officer.getId()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(STALE)));
		this.mvc.perform(post("/admin/users/{id}/deactivate", officer.getId()).param("version", "abc").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(STALE)));
		assertThat(account("officer").isActive()).isTrue();
	}

	@Test
	void anAdminWithALargeIdCannotDeactivateThemselvesEither() throws Exception {
		// Ids above 127 are not shared boxed Longs: comparing them with == said "not the
		// same person".
		this.jdbc.update("""
				insert into account (id, username, display_name, role, created_at, password_hash)
				values (100000, 'large.admin', 'Large Admin', 'ADMIN', now(), ?)""",
				this.encoder.encode(GOOD_PASSWORD));
		var admin = account("large.admin");
		this.mvc.perform(deactivate(admin, admin.getVersion()).with(user(this.users.loadUserByUsername("large.admin"))))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<a href=\"#status\">You cannot deactivate your own account</a>")));
		assertThat(account("large.admin").isActive()).isTrue();
	}

	@Test
	void anAdminCannotDeactivateThemselves() throws Exception {
		var admin = account("admin");
		this.mvc.perform(deactivate(admin, admin.getVersion()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<a href=\"#status\">You cannot deactivate your own account</a>")));
		assertThat(account("admin").isActive()).isTrue();
	}

	@Test
	void anotherAdminCanBeDeactivatedWhileAnotherAdminRemainsActive() throws Exception {
		var second = admin("second.admin");
		this.mvc.perform(deactivate(second, second.getVersion())).andExpect(status().is3xxRedirection());
		assertThat(second.isActive()).isFalse();
	}

	@Test
	void theLastActiveAdminCannotBeDeactivated() throws Exception {
		// The signed-in admin was deactivated by someone else a moment ago, and does not
		// know it yet: the other admin is now the only active one.
		var second = admin("last.admin");
		account("admin").deactivate();
		this.accounts.flush();
		this.mvc.perform(deactivate(second, second.getVersion()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#status\">This is the last active admin account")));
		assertThat(second.isActive()).isTrue();
	}

	@Test
	void reactivatingAnActiveAccountIsRefused() throws Exception {
		var officer = account("officer");
		this.mvc.perform(reactivate(officer, officer.getVersion()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This account is already active")));
	}

	@Test
	void aStaleReactivationChangesNothing() throws Exception {
		var officer = account("officer");
		officer.deactivate();
		this.accounts.flush();
		this.mvc.perform(reactivate(officer, officer.getVersion() - 1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(STALE)));
		assertThat(account("officer").isActive()).isFalse();
	}

	@Test
	void deactivatingWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		var officer = account("officer");
		this.mvc.perform(
				post("/admin/users/{id}/deactivate", officer.getId()).param("version", officer.getVersion().toString()))
			.andExpect(status().isForbidden());
		assertThat(account("officer").isActive()).isTrue();
	}

	// Setting a password

	@Test
	void setsANewPasswordThatEndsALockout() throws Exception {
		var manager = account("manager");
		lock(manager);
		this.accounts.flush();
		assertThat(manager.isLocked(Instant.now())).isTrue();
		this.mvc.perform(setPassword(manager, GOOD_PASSWORD, GOOD_PASSWORD, manager.getVersion()))
			.andExpect(redirectedUrl("/admin/users/" + manager.getId()))
			.andExpect(flash().attribute("success", "New password set. Give it to " + manager.getDisplayName()
					+ " in a safe way. If the account was locked, it is unlocked."));
		var changed = account("manager");
		assertThat(changed.isLocked(Instant.now())).isFalse();
		assertThat(this.encoder.matches(GOOD_PASSWORD, changed.getPasswordHash())).isTrue();
	}

	@Test
	void aNewPasswordIsCheckedByThePolicy() throws Exception {
		var manager = account("manager");
		String before = manager.getPasswordHash();
		this.mvc.perform(setPassword(manager, "qwertyuiop123", "qwertyuiop123", manager.getVersion()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<a href=\"#newPassword\">Choose a password that is harder to guess")))
			.andExpect(content().string(not(containsString("value=\"qwertyuiop123\""))));
		this.mvc.perform(setPassword(manager, "", "", manager.getVersion()))
			.andExpect(content().string(containsString("<a href=\"#newPassword\">Enter a password</a>")));
		assertThat(account("manager").getPasswordHash()).isEqualTo(before);
	}

	@Test
	void aNewPasswordMustBeTypedTwiceTheSame() throws Exception {
		var manager = account("manager");
		String before = manager.getPasswordHash();
		this.mvc.perform(setPassword(manager, GOOD_PASSWORD, "something else entirely", manager.getVersion()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#confirmPassword\">The two passwords do not match")));
		assertThat(account("manager").getPasswordHash()).isEqualTo(before);
	}

	@Test
	void aStalePasswordChangeChangesNothing() throws Exception {
		var manager = account("manager");
		String before = manager.getPasswordHash();
		this.mvc.perform(setPassword(manager, GOOD_PASSWORD, GOOD_PASSWORD, manager.getVersion() + 1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#password-reset\">" + STALE)));
		assertThat(account("manager").getPasswordHash()).isEqualTo(before);
	}

	@Test
	void settingAPasswordWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		var manager = account("manager");
		String before = manager.getPasswordHash();
		this.mvc
			.perform(post("/admin/users/{id}/password", manager.getId()).param("newPassword", GOOD_PASSWORD)
				.param("confirmPassword", GOOD_PASSWORD)
				.param("version", manager.getVersion().toString()))
			.andExpect(status().isForbidden());
		assertThat(account("manager").getPasswordHash()).isEqualTo(before);
	}

	// Assigning an adviser's authorities

	@Test
	void assignsAnAdviserToAuthoritiesAndToNone() throws Exception {
		var adviser = account("adviser");
		this.mvc.perform(assign(adviser, adviser.getVersion(), this.marchshire, this.northgate))
			.andExpect(redirectedUrl("/admin/users/" + adviser.getId()))
			.andExpect(flash().attribute("success", "Assigned authorities saved"));
		assertThat(account("adviser").getAssignedAuthorityIds()).containsExactlyInAnyOrder(this.marchshire,
				this.northgate);

		this.mvc.perform(assign(adviser, account("adviser").getVersion())).andExpect(status().is3xxRedirection());
		assertThat(account("adviser").getAssignedAuthorityIds()).isEmpty();
	}

	@Test
	void refusesAnAuthorityThatIsNotOnTheList() throws Exception {
		var adviser = account("adviser");
		var before = Set.copyOf(adviser.getAssignedAuthorityIds());
		this.mvc.perform(assign(adviser, adviser.getVersion(), this.marchshire, 999999999L))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<a href=\"#authorityIds\">Choose authorities from the list</a>")));
		this.mvc
			.perform(post("/admin/users/{id}/authorities", adviser.getId()).param("authorityIds", "abc")
				.param("version", adviser.getVersion().toString())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<a href=\"#authorityIds\">Choose authorities from the list</a>")));
		assertThat(account("adviser").getAssignedAuthorityIds()).isEqualTo(before);
	}

	@Test
	void onlyAdvisersAreAssignedAuthorities() throws Exception {
		var officer = account("officer");
		this.mvc.perform(assign(officer, officer.getVersion(), this.northgate))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only advisers are assigned to authorities")));
		assertThat(account("officer").getAssignedAuthorityIds()).isEmpty();
	}

	@Test
	void aStaleAssignmentChangesNothing() throws Exception {
		var adviser = account("adviser");
		var before = Set.copyOf(adviser.getAssignedAuthorityIds());
		this.mvc.perform(assign(adviser, adviser.getVersion() + 1, this.northgate))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#authorities\">" + STALE)));
		assertThat(account("adviser").getAssignedAuthorityIds()).isEqualTo(before);
	}

	@Test
	void assigningWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		var adviser = account("adviser");
		var before = Set.copyOf(adviser.getAssignedAuthorityIds());
		this.mvc
			.perform(post("/admin/users/{id}/authorities", adviser.getId())
				.param("authorityIds", String.valueOf(this.northgate))
				.param("version", adviser.getVersion().toString()))
			.andExpect(status().isForbidden());
		assertThat(account("adviser").getAssignedAuthorityIds()).isEqualTo(before);
	}

	// Helpers

	private Account account(String username) {
		return this.accounts.findByUsername(username).orElseThrow();
	}

	private Account admin(String username) {
		var admin = new Account(username, "Second Admin", null, null, Role.ADMIN, null, Instant.now());
		admin.changePassword(this.encoder.encode(GOOD_PASSWORD), Instant.now());
		return this.accounts.saveAndFlush(admin);
	}

	private static void lock(Account account) {
		var policy = new SignInPolicy(10, Duration.ofMinutes(15), Duration.ofMinutes(15));
		var now = Instant.now();
		for (int i = 0; i < 10; i++) {
			account.recordFailedSignIn(now, policy);
		}
	}

	/**
	 * A complete, valid create-account form; {@code changes} are name, value pairs that
	 * replace its answers.
	 */
	private MockHttpServletRequestBuilder validAccount(String username, String... changes) {
		return validAccountWithoutCsrf(username, changes).with(csrf());
	}

	private MockHttpServletRequestBuilder validAccountWithoutCsrf(String username, String... changes) {
		var answers = new LinkedHashMap<String, String>();
		answers.put("username", username);
		answers.put("displayName", "New Person");
		answers.put("jobTitle", "Social worker");
		answers.put("email", "new.person@example.gov.uk");
		answers.put("role", "OFFICER");
		answers.put("authorityId", String.valueOf(this.marchshire));
		answers.put("password", GOOD_PASSWORD);
		answers.put("confirmPassword", GOOD_PASSWORD);
		for (int i = 0; i < changes.length; i += 2) {
			answers.put(changes[i], changes[i + 1]);
		}
		var request = post("/admin/users");
		answers.forEach(request::param);
		return request;
	}

	private static MockHttpServletRequestBuilder deactivate(Account account, long version) {
		return post("/admin/users/{id}/deactivate", account.getId()).param("version", String.valueOf(version))
			.with(csrf());
	}

	private static MockHttpServletRequestBuilder reactivate(Account account, long version) {
		return post("/admin/users/{id}/reactivate", account.getId()).param("version", String.valueOf(version))
			.with(csrf());
	}

	private static MockHttpServletRequestBuilder setPassword(Account account, String password, String confirm,
			long version) {
		return post("/admin/users/{id}/password", account.getId()).param("newPassword", password)
			.param("confirmPassword", confirm)
			.param("version", String.valueOf(version))
			.with(csrf());
	}

	private static MockHttpServletRequestBuilder assign(Account account, long version, long... authorityIds) {
		var request = post("/admin/users/{id}/authorities", account.getId()).param("version", String.valueOf(version))
			.with(csrf());
		for (long id : authorityIds) {
			request.param("authorityIds", String.valueOf(id));
		}
		return request;
	}

}
