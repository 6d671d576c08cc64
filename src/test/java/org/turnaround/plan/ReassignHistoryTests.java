package org.turnaround.plan;

import org.junit.jupiter.api.Test;
import org.turnaround.account.Role;
import org.turnaround.action.Action;
import org.turnaround.audit.FieldChange;
import org.turnaround.audit.History;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Envers writes history at commit, so this test commits, on a fixture authority of its
 * own that no other test reads.
 */
@IntegrationTest
class ReassignHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	History history;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReassignmentAppearsInTheActionsHistoryAsTheManagersChangeOfOwner() throws Exception {
		var slug = "reassign-history-" + System.nanoTime();
		var built = this.transaction.execute((status) -> this.fixture.plan(slug, 1, 1, 1));
		var manager = this.transaction
			.execute((status) -> this.fixture.member(built, slug + ".manager", "Fixture Manager", Role.PLAN_MANAGER));
		var newOwner = this.transaction
			.execute((status) -> this.fixture.member(built, slug + ".new", "Fixture New Owner", Role.OFFICER));
		var action = built.actions().get(0);
		long version = this.jdbc.queryForObject("select version from action where id = ?", Long.class, action.getId());

		this.mvc
			.perform(post("/plans/{id}/reassign", built.plan().getId()).with(csrf())
				.with(user(this.fixture.signedIn(manager)))
				.param("actions", action.getId() + ":" + version)
				.param("owner", "" + newOwner.getId()))
			.andExpect(status().is3xxRedirection());

		var latest = this.history.of(Action.class, action.getId()).get(0);
		assertThat(latest.who()).isEqualTo("Fixture Manager");
		assertThat(latest.changes()).filteredOn((change) -> change.label().equals("Owner"))
			.singleElement()
			.extracting(FieldChange::to)
			.isEqualTo("Fixture New Owner");
	}

}
