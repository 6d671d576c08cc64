package org.turnaround.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The first admin, against the test database: the demo admin is removed inside the test
 * transaction where a test needs a database without admins, and comes back when it rolls
 * back.
 */
@IntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

	static final String PASSWORD = "a long and memorable phrase";

	@Autowired
	FirstAdmin firstAdmin;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void runsAfterTheDemoDataIsLoaded(@Autowired ObjectProvider<ApplicationRunner> runners) {
		List<String> order = runners.orderedStream().map((runner) -> runner.getClass().getSimpleName()).toList();
		assertThat(order).containsSubsequence("DemoDataLoader", "FirstAdmin");
		assertThat(order).last().isEqualTo("FirstAdmin");
	}

	@Test
	void doesNothingWhileAnAdminExists() {
		assertThat(this.firstAdmin.createIfNeeded(configured("first.admin", PASSWORD))).isFalse();
		assertThat(this.accounts.existsByUsername("first.admin")).isFalse();
	}

	@Test
	void createsTheConfiguredAdminWhenThereIsNone() {
		removeAdmins();
		var first = new FirstAdminProperties("first.admin", PASSWORD, "Ada Lovelace", "ada@example.gov.uk");
		assertThat(this.firstAdmin.createIfNeeded(first)).isTrue();
		var admin = this.accounts.findByUsername("first.admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.isActive()).isTrue();
		assertThat(admin.getDisplayName()).isEqualTo("Ada Lovelace");
		assertThat(admin.getEmail()).isEqualTo("ada@example.gov.uk");
		assertThat(admin.getAuthorityId()).isNull();
		assertThat(this.encoder.matches(PASSWORD, admin.getPasswordHash())).isTrue();

		assertThat(this.firstAdmin.createIfNeeded(configured("second.admin", PASSWORD))).isFalse();
		assertThat(this.accounts.existsByUsername("second.admin")).isFalse();
	}

	@Test
	void callsTheAdminAdministratorWhenNoNameIsGiven() {
		removeAdmins();
		this.firstAdmin.createIfNeeded(configured("first.admin", PASSWORD));
		assertThat(this.accounts.findByUsername("first.admin").orElseThrow().getDisplayName())
			.isEqualTo("Administrator");
	}

	@Test
	void refusesAPasswordThePolicyRefusesSoThatStartUpStops() {
		removeAdmins();
		assertThatIllegalStateException()
			.isThrownBy(() -> this.firstAdmin.createIfNeeded(configured("first.admin", "admin")))
			.withMessage("Cannot create the first admin account: TURNAROUND_FIRST_ADMIN_PASSWORD is refused: "
					+ "Password must be 12 characters or more");
		assertThatIllegalStateException()
			.isThrownBy(() -> this.firstAdmin.createIfNeeded(configured("first.admin", "password1234")))
			.withMessageContaining("harder to guess");
		assertThatIllegalStateException()
			.isThrownBy(() -> this.firstAdmin.createIfNeeded(configured("first.admin", null)))
			.withMessage("Cannot create the first admin account: TURNAROUND_FIRST_ADMIN_PASSWORD is not set");
		assertThat(this.accounts.existsByRole(Role.ADMIN)).isFalse();
	}

	@Test
	void refusesAUsernameThatIsMissingMalformedOrTaken() {
		removeAdmins();
		assertThatIllegalStateException().isThrownBy(() -> this.firstAdmin.createIfNeeded(configured(" ", PASSWORD)))
			.withMessageContaining("TURNAROUND_FIRST_ADMIN_USERNAME is not set");
		assertThatIllegalStateException()
			.isThrownBy(() -> this.firstAdmin.createIfNeeded(configured("first admin", PASSWORD)))
			.withMessageContaining("TURNAROUND_FIRST_ADMIN_USERNAME must be 2 to 100 letters");
		assertThatIllegalStateException()
			.isThrownBy(() -> this.firstAdmin.createIfNeeded(configured("officer", PASSWORD)))
			.withMessageContaining("an account named officer already exists");
	}

	@Test
	void warnsHowToCreateOneWhenThereIsNoAdminAndNoneIsConfigured(CapturedOutput output) {
		removeAdmins();
		assertThat(this.firstAdmin.createIfNeeded(new FirstAdminProperties("", "", "", ""))).isFalse();
		assertThat(this.accounts.existsByRole(Role.ADMIN)).isFalse();
		assertThat(output).contains("No admin account exists")
			.contains("TURNAROUND_FIRST_ADMIN_USERNAME and TURNAROUND_FIRST_ADMIN_PASSWORD");
	}

	@Test
	void theTestConfigurationAsksForNoFirstAdmin(@Autowired FirstAdminProperties properties) {
		assertThat(properties.isConfigured()).isFalse();
	}

	private void removeAdmins() {
		this.jdbc.update("delete from account where role = 'ADMIN'");
	}

	private static FirstAdminProperties configured(String username, String password) {
		return new FirstAdminProperties(username, password, null, null);
	}

}
