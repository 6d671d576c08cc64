package org.turnaround.action;

import org.junit.jupiter.api.Test;
import org.turnaround.account.CurrentUser;
import org.turnaround.support.IntegrationTest;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Who may record progress on which action, checked by method security against the demo
 * data: Marchshire's officer owns some actions, Northgate is another authority.
 */
@IntegrationTest
@Transactional
class ActionProgressTests {

	@Autowired
	ActionProgress progress;

	@Autowired
	ActionRepository actions;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser as(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	long openActionOwnedBy(String username) {
		return this.jdbc.queryForObject("""
				select a.id from action a join account o on o.id = a.owner_id
				where o.username = ? and a.status in ('IN_PROGRESS', 'NOT_STARTED') order by a.id limit 1""",
				Long.class, username);
	}

	long versionOf(long actionId) {
		return this.actions.findById(actionId).orElseThrow().getVersion();
	}

	@Test
	void theOwnerRecordsAnUpdateThatJoinsTheHistoryUnderTheirName() {
		long actionId = openActionOwnedBy("officer");
		var officer = as("officer");
		var update = this.progress.record(actionId, versionOf(actionId), ActionStatus.IN_PROGRESS, 95,
				"Final panel interviews held; two offers made", officer);
		assertThat(update.getAuthorId()).isEqualTo(officer.accountId());
		assertThat(this.actions.findById(actionId).orElseThrow().getPercentComplete()).isEqualTo(95);
	}

	@Test
	void aPlanManagerOfTheSameAuthorityMayUpdateAnyOfItsActions() {
		long actionId = openActionOwnedBy("officer");
		this.progress.record(actionId, versionOf(actionId), ActionStatus.IN_PROGRESS, 90, "Checked at the board",
				as("manager"));
	}

	@Test
	void rejectsUpdateFromAnOfficerWhoDoesNotOwnTheAction() {
		long actionId = openActionOwnedBy("priya.shah");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.progress.record(actionId,
				versionOf(actionId), ActionStatus.IN_PROGRESS, 90, "Not mine to update", as("officer")));
	}

	@Test
	void cabinetMembersAndAdvisersChangeNothing() {
		long actionId = openActionOwnedBy("officer");
		long version = versionOf(actionId);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.progress.record(actionId, version,
				ActionStatus.IN_PROGRESS, 90, "Cabinet view", as("cabinet")));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.progress.record(actionId, version,
				ActionStatus.IN_PROGRESS, 90, "Adviser view", as("adviser")));
	}

	@Test
	void anotherAuthoritysActionIsNotFoundEvenForItsPlanManagerRole() {
		long northgateAction = openActionOwnedBy("northgate.officer");
		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> this.progress.record(northgateAction,
				versionOf(northgateAction), ActionStatus.IN_PROGRESS, 90, "Wrong council", as("manager")));
	}

	@Test
	void aStaleVersionIsRefusedAndChangesNothing() {
		long actionId = openActionOwnedBy("officer");
		long version = versionOf(actionId);
		int before = this.actions.findById(actionId).orElseThrow().getPercentComplete();
		assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> this.progress.record(actionId,
				version - 1, ActionStatus.IN_PROGRESS, 99, "Based on an old page", as("officer")));
		assertThat(this.actions.findById(actionId).orElseThrow().getPercentComplete()).isEqualTo(before);
	}

	@Test
	void theActionsOwnRulesStillApply() {
		long actionId = openActionOwnedBy("officer");
		assertThatIllegalArgumentException().isThrownBy(() -> this.progress.record(actionId, versionOf(actionId),
				ActionStatus.COMPLETE, 80, "Nearly there", as("officer")));
	}

}
