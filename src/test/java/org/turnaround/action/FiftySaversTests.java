package org.turnaround.action;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.turnaround.account.Role;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Fifty people (the owner and 49 plan managers) save the same action at the same moment,
 * round after round, each request on its own thread in its own committed transaction.
 * Optimistic locking must let exactly one save land per version and answer every other
 * with the conflict page, whatever the timing. The fixture it commits is removed.
 */
@IntegrationTest
class FiftySaversTests {

	private static final String SLUG = "fifty-savers";

	private static final int PEOPLE = 50;

	private static final int ROUNDS = 3;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheFixture() {
		this.fixture.remove(SLUG);
	}

	@Test
	void exactlyOneOfFiftySimultaneousSavesLandsPerVersionAndEveryOtherGetsTheConflictPage() throws Exception {
		var built = this.transaction.execute((status) -> this.fixture.plan(SLUG, 1, 1, 0));
		long actionId = built.actions().get(0).getId();
		var people = new ArrayList<UserDetails>();
		people.add(this.fixture.signedIn(built.owner()));
		var managers = this.transaction.execute((status) -> {
			var accounts = new ArrayList<org.turnaround.account.Account>();
			for (int i = 1; i < PEOPLE; i++) {
				accounts.add(this.fixture.member(built, SLUG + ".manager" + i, "Manager " + i, Role.PLAN_MANAGER));
			}
			return accounts;
		});
		managers.forEach((manager) -> people.add(this.fixture.signedIn(manager)));
		long firstVersion = version(actionId);

		var pool = Executors.newFixedThreadPool(PEOPLE);
		try {
			for (int round = 1; round <= ROUNDS; round++) {
				long version = version(actionId);
				var allReady = new CyclicBarrier(PEOPLE);
				var saves = new ArrayList<Callable<Integer>>();
				for (int i = 0; i < PEOPLE; i++) {
					saves.add(save(actionId, version, people.get(i), "Round " + round + " by person " + i, allReady));
				}
				var statuses = new ArrayList<Integer>();
				for (var result : pool.invokeAll(saves, 60, TimeUnit.SECONDS)) {
					statuses.add(result.get());
				}
				assertThat(statuses).as("round %d", round)
					.containsOnly(302, 409)
					.filteredOn((s) -> s == 302)
					.hasSize(1);
				assertThat(version(actionId)).isEqualTo(version + 1);
			}
		}
		finally {
			pool.shutdownNow();
		}

		// One update per version, in order, each by whoever won its round: no gaps, no
		// duplicates.
		List<String> history = this.jdbc.queryForList(
				"select commentary from action_update where action_id = ? order by recorded_at, id", String.class,
				actionId);
		assertThat(history).hasSize(ROUNDS).doesNotHaveDuplicates();
		for (int round = 1; round <= ROUNDS; round++) {
			assertThat(history.get(round - 1)).startsWith("Round " + round + " by person ");
		}
		assertThat(version(actionId)).isEqualTo(firstVersion + ROUNDS);
		assertThat(this.jdbc.queryForObject("select count(*) from action_aud where id = ? and revtype = 1",
				Integer.class, actionId))
			.as("one audited change of the action per landed save")
			.isEqualTo(ROUNDS);
	}

	private long version(long actionId) {
		return this.jdbc.queryForObject("select version from action where id = ?", Long.class, actionId);
	}

	private Callable<Integer> save(long actionId, long version, UserDetails who, String commentary,
			CyclicBarrier allReady) {
		return () -> {
			allReady.await(30, TimeUnit.SECONDS);
			return this.mvc
				.perform(post("/actions/{id}/update", actionId).with(csrf())
					.with(user(who))
					.param("version", Long.toString(version))
					.param("status", "IN_PROGRESS")
					.param("percentComplete", "40")
					.param("commentary", commentary)
					.param("ragOverride", "NONE"))
				.andReturn()
				.getResponse()
				.getStatus();
		};
	}

}
