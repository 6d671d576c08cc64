package org.turnaround.account;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AccountTests {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	@Test
	void aDeactivatedAccountCanBeReactivatedButNotDeactivatedAgain() {
		var account = new Account("someone", "Some One", null, null, Role.OFFICER, 1L, NOW);
		account.deactivate();
		assertThat(account.isActive()).isFalse();
		assertThatIllegalStateException().isThrownBy(account::deactivate)
			.withMessage("This account is already deactivated");
		account.reactivate();
		assertThat(account.isActive()).isTrue();
		assertThatIllegalStateException().isThrownBy(account::reactivate).withMessage("This account is already active");
	}

	@Test
	void anAdvisersAssignmentsAreReplacedByTheNewOnes() {
		var adviser = new Account("adviser.one", "Adviser One", null, null, Role.ADVISER, null, NOW);
		adviser.assignToAuthorities(List.of(1L, 2L));
		adviser.assignToAuthorities(List.of(2L, 3L));
		assertThat(adviser.getAssignedAuthorityIds()).containsExactlyInAnyOrder(2L, 3L);
		adviser.assignToAuthorities(List.of());
		assertThat(adviser.getAssignedAuthorityIds()).isEmpty();
	}

	@Test
	void onlyAdvisersAreAssignedToAuthorities() {
		var officer = new Account("officer.one", "Officer One", null, null, Role.OFFICER, 1L, NOW);
		assertThatIllegalStateException().isThrownBy(() -> officer.assignToAuthorities(List.of(2L)))
			.withMessage("Only advisers are assigned to authorities");
	}

}
