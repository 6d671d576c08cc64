package org.turnaround.action;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A save that fails half-way leaves nothing behind: not the update, not its evidence, and
 * the action as it was. The failure is injected into the database itself (a trigger that
 * refuses one write, for the one action under test), so the save fails exactly where a
 * full disk or a lost connection would, after earlier rows of the same transaction were
 * written. Not a transactional test: the save's own transaction must be the one rolled
 * back. The trigger is dropped afterwards.
 */
@IntegrationTest
class PartialWriteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	long actionId;

	@BeforeEach
	void pickAnAction() {
		this.actionId = this.jdbc.queryForObject("""
				select a.id from action a join account o on o.id = a.owner_id
				where o.username = 'officer' and a.status = 'IN_PROGRESS' order by a.id limit 1""", Long.class);
		this.jdbc.execute("""
				create or replace function injected_failure() returns trigger language plpgsql as $$
				begin raise exception 'injected failure half-way through a save'; end $$""");
	}

	@AfterEach
	void removeTheInjectedFailure() {
		this.jdbc.execute("drop trigger if exists injected_failure on evidence");
		this.jdbc.execute("drop trigger if exists injected_failure on action");
		this.jdbc.execute("drop function if exists injected_failure()");
	}

	@Test
	void anEvidenceFileTheDatabaseFailsToStoreLeavesNeitherTheUpdateNorTheFile() throws Exception {
		// The update row is written first; storing the file is what fails.
		this.jdbc.execute("create trigger injected_failure before insert on evidence for each row "
				+ "when (new.kind = 'FILE') execute function injected_failure()");
		assertASaveThatFailsLeavesNothingBehind();
	}

	@Test
	void aFailureAfterTheUpdateAndItsEvidenceAreWrittenRollsBackBoth() throws Exception {
		// Hibernate writes new rows before changed ones: the update and its evidence are
		// in, and the action's own change is refused.
		this.jdbc.execute("create trigger injected_failure before update on action for each row when (new.id = "
				+ this.actionId + ") execute function injected_failure()");
		assertASaveThatFailsLeavesNothingBehind();
	}

	private void assertASaveThatFailsLeavesNothingBehind() throws Exception {
		var before = action();
		long updates = count("select count(*) from action_update");
		long evidence = count("select count(*) from evidence");
		var response = this.mvc
			.perform(multipart("/actions/{id}/update", this.actionId)
				.file(new MockMultipartFile("evidenceFiles", "minutes.pdf", "application/pdf", EvidenceTypesTests.PDF))
				.with(csrf())
				.with(user(this.users.loadUserByUsername("officer")))
				.param("version", before.get("version").toString())
				.param("status", "IN_PROGRESS")
				.param("percentComplete", "77")
				.param("commentary", "Board minutes attached")
				.param("evidenceLinks", "https://www.example.org/board-minutes")
				.param("ragOverride", "NONE"))
			.andReturn()
			.getResponse();
		// A fault, not an outage: the database answered.
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentAsString()).doesNotContain("injected failure");
		assertThat(count("select count(*) from action_update")).isEqualTo(updates);
		assertThat(count("select count(*) from evidence")).isEqualTo(evidence);
		assertThat(action()).isEqualTo(before);
	}

	private Map<String, Object> action() {
		return this.jdbc.queryForMap("""
				select version, status, percent_complete, last_update_at, due_on, rag_override
				from action where id = ?""", this.actionId);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
