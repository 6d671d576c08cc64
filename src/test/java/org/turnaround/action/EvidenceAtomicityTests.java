package org.turnaround.action;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.turnaround.account.CurrentUser;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * An update and its evidence are kept together or not at all. Not a transactional test:
 * the service's own transaction must be the one that rolls back.
 */
@IntegrationTest
@WithUserDetails("officer")
class EvidenceAtomicityTests {

	@Autowired
	ActionProgress progress;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aFailureAfterTheFirstFileIsWrittenLeavesNeitherTheUpdateNorAnyEvidence() {
		long actionId = this.jdbc.queryForObject("""
				select a.id from action a join account o on o.id = a.owner_id
				where o.username = 'officer' and a.status = 'IN_PROGRESS' order by a.id limit 1""", Long.class);
		long version = this.jdbc.queryForObject("select version from action where id = ?", Long.class, actionId);
		long updates = count("select count(*) from action_update");
		long evidence = count("select count(*) from evidence");
		var officer = (CurrentUser) this.users.loadUserByUsername("officer");
		var change = new ProgressChange(ActionStatus.IN_PROGRESS, 55, "Minutes attached", null, null, null, null);
		var good = NewEvidence.file("minutes.txt", "text/plain", "Minutes".getBytes(StandardCharsets.UTF_8));
		// The second is refused by the database (a title over 300 characters) after the
		// update and the first file have been written.
		var refused = NewEvidence.link("x".repeat(301), "https://www.example.org/");
		assertThatException()
			.isThrownBy(() -> this.progress.record(actionId, version, change, List.of(good, refused), officer));
		assertThat(count("select count(*) from action_update")).isEqualTo(updates);
		assertThat(count("select count(*) from evidence")).isEqualTo(evidence);
		assertThat(this.jdbc.queryForObject("select version from action where id = ?", Long.class, actionId))
			.isEqualTo(version);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
