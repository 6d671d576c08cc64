package org.turnaround.action;

import org.junit.jupiter.api.Test;
import org.turnaround.account.CurrentUser;
import org.turnaround.audit.FieldChange;
import org.turnaround.audit.History;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case end to end: the demo officer updates an action they own while signed
 * in, and the action's history names them and says what changed. Envers writes history at
 * commit, so this test commits; the update it leaves is an ordinary, consistent update of
 * demo data.
 */
@IntegrationTest
class ActionHistoryTests {

	@Autowired
	ActionProgress progress;

	@Autowired
	ActionRepository actions;

	@Autowired
	History history;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anUpdateMadeByTheOfficerAppearsInTheActionsHistoryWithThemAndTheChangedFields() {
		var officer = (CurrentUser) this.users.loadUserByUsername("officer");
		long actionId = this.jdbc.queryForObject("""
				select a.id from action a join account o on o.id = a.owner_id
				where o.username = 'officer' and a.status = 'IN_PROGRESS' and a.percent_complete < 90
				order by a.id limit 1""", Long.class);
		var before = this.actions.findById(actionId).orElseThrow();
		int percentBefore = before.getPercentComplete();

		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
		try {
			this.progress.record(actionId, before.getVersion(), ActionStatus.BLOCKED, percentBefore + 5,
					"Waiting on the partner agency's data-sharing agreement", officer);
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		var latest = this.history.of(Action.class, actionId).get(0);
		assertThat(latest.who()).isEqualTo(officer.displayName());
		assertThat(latest.changes()).extracting(FieldChange::label).contains("Status", "Percent complete");
		assertThat(latest.changes()).filteredOn((change) -> change.label().equals("Status"))
			.singleElement()
			.satisfies((change) -> {
				assertThat(change.from()).isEqualTo("In progress");
				assertThat(change.to()).isEqualTo("Blocked");
			});
		assertThat(latest.changes()).filteredOn((change) -> change.label().equals("Percent complete"))
			.singleElement()
			.satisfies((change) -> assertThat(change.to()).contains(String.valueOf(percentBefore + 5)));
	}

}
