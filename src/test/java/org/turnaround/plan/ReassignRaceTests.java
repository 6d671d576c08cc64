package org.turnaround.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.turnaround.account.CurrentUser;
import org.turnaround.account.Role;
import org.turnaround.action.ActionReassignment;
import org.turnaround.audit.AuditActors;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;
import org.turnaround.support.PlanFixture.Built;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two plan managers reassign the same actions at the same moment, each in their own
 * committed transaction, as two requests would: exactly one of them moves the actions,
 * the other is told what changed and moves none, and nobody sees an error page. The
 * fixture plan it commits is removed afterwards.
 */
@IntegrationTest
class ReassignRaceTests {

	private static final String SLUG = "reassign-race";

	private static final String REFUSED = "changed since you opened this page. Nothing was moved";

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ActionReassignment reassignment;

	Built built;

	long planId;

	UserDetails manager;

	UserDetails otherManager;

	long ada;

	long ben;

	@BeforeEach
	void buildAPlanWithThreeOpenActions() {
		this.built = this.transaction.execute((status) -> this.fixture.plan(SLUG, 1, 3, 0));
		this.planId = this.built.plan().getId();
		this.manager = this.fixture.signedIn(this.transaction.execute(
				(status) -> this.fixture.member(this.built, SLUG + ".manager", "Manager " + SLUG, Role.PLAN_MANAGER)));
		this.otherManager = this.fixture.signedIn(this.transaction.execute((status) -> this.fixture.member(this.built,
				SLUG + ".manager2", "Other manager " + SLUG, Role.PLAN_MANAGER)));
		this.ada = this.transaction
			.execute((status) -> this.fixture.member(this.built, SLUG + ".ada", "Ada " + SLUG, Role.OFFICER))
			.getId();
		this.ben = this.transaction
			.execute((status) -> this.fixture.member(this.built, SLUG + ".ben", "Ben " + SLUG, Role.OFFICER))
			.getId();
	}

	@AfterEach
	void removeTheFixture() {
		this.fixture.remove(SLUG);
	}

	@Test
	void whenTwoManagersMoveTheSameActionsToDifferentPeopleAtOnceExactlyOneMoveLands() throws Exception {
		var before = actions();
		var results = atOnce(reassign(this.manager, this.ada, before, 0, 1, 2),
				reassign(this.otherManager, this.ben, before, 0, 1, 2));
		assertThat(results).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 409);
		var after = actions();
		long winner = ((Number) after.get(0).get("owner_id")).longValue();
		assertThat(winner).isIn(this.ada, this.ben);
		for (int i = 0; i < 3; i++) {
			assertThat(((Number) after.get(i).get("owner_id")).longValue()).isEqualTo(winner);
			assertThat(version(after, i)).isEqualTo(version(before, i) + 1);
		}
		var refused = results.stream().filter((response) -> response.getStatus() == 409).findFirst().orElseThrow();
		assertThat(refused.getContentAsString()).contains(REFUSED).contains("govuk-error-summary");
	}

	@Test
	void whenTwoManagersMoveOverlappingActionsAtOnceTheLoserMovesNoneOfItsActions() throws Exception {
		var before = actions();
		var results = atOnce(reassign(this.manager, this.ada, before, 0, 1),
				reassign(this.otherManager, this.ben, before, 1, 2));
		assertThat(results).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 409);
		var owners = actions().stream().map((row) -> ((Number) row.get("owner_id")).longValue()).toList();
		long original = this.built.owner().getId();
		// all of one request's actions moved, none of the other's
		assertThat(owners).isIn(List.of(this.ada, this.ada, original), List.of(original, this.ben, this.ben));
	}

	/**
	 * The narrow case the version check alone cannot catch: the second request reads the
	 * actions while the first has written but not yet committed, so both pass the check.
	 * The second must wait for the first and then be refused, not overwrite it.
	 */
	@Test
	void aReassignmentThatPassedTheCheckWhileAnotherWasCommittingIsRefusedNotApplied() throws Exception {
		var before = actions();
		Map<Long, Long> versions = new LinkedHashMap<>();
		for (int i = 0; i < 3; i++) {
			versions.put(id(before, i), version(before, i));
		}
		var written = new CountDownLatch(1);
		var commit = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var first = pool
				.submit(() -> AuditActors.runAs((CurrentUser) this.manager, () -> this.transaction.execute((status) -> {
					var name = this.reassignment.reassign(this.planId, versions, this.ada, (CurrentUser) this.manager);
					written.countDown();
					try {
						commit.await(20, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return name;
				})));
			assertThat(written.await(20, TimeUnit.SECONDS)).isTrue();
			var second = pool.submit(reassign(this.otherManager, this.ben, before, 0, 1, 2));
			awaitABlockedStatement();
			commit.countDown();
			assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo("Ada " + SLUG);
			var refused = second.get(20, TimeUnit.SECONDS);
			assertThat(refused.getStatus()).isEqualTo(409);
			assertThat(refused.getContentAsString()).contains(REFUSED);
		}
		finally {
			commit.countDown();
			pool.shutdownNow();
		}
		var after = actions();
		for (int i = 0; i < 3; i++) {
			assertThat(((Number) after.get(i).get("owner_id")).longValue()).isEqualTo(this.ada);
			assertThat(version(after, i)).isEqualTo(version(before, i) + 1);
		}
	}

	/**
	 * Another writer holds the last action and then waits for the first, while the
	 * reassignment holds the first and waits for the last: PostgreSQL breaks the deadlock
	 * by failing one of them. If that is the reassignment, the manager is told the
	 * actions changed, as for any other lost race, rather than shown an error page.
	 */
	@Test
	void aReassignmentChosenToBreakADeadlockIsRefusedNotAnErrorPage() throws Exception {
		var before = actions();
		var holdingLast = new CountDownLatch(1);
		var waitForFirst = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var other = pool.submit(() -> this.transaction.execute((status) -> {
				this.jdbc.update("update action set version = version + 1 where id = ?", id(before, 2));
				holdingLast.countDown();
				try {
					waitForFirst.await(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return this.jdbc.update("update action set version = version + 1 where id = ?", id(before, 0));
			}));
			assertThat(holdingLast.await(20, TimeUnit.SECONDS)).isTrue();
			var reassigned = pool.submit(reassign(this.manager, this.ada, before, 0, 1, 2));
			awaitABlockedStatement();
			waitForFirst.countDown();
			var response = reassigned.get(30, TimeUnit.SECONDS);
			assertThat(response.getStatus()).isEqualTo(409);
			assertThat(response.getContentAsString()).contains(REFUSED);
			assertThat(other.get(30, TimeUnit.SECONDS)).isEqualTo(1);
		}
		finally {
			waitForFirst.countDown();
			pool.shutdownNow();
		}
		assertThat(actions()).extracting((row) -> ((Number) row.get("owner_id")).longValue())
			.containsOnly(this.built.owner().getId());
	}

	private List<MockHttpServletResponse> atOnce(Callable<MockHttpServletResponse> one,
			Callable<MockHttpServletResponse> two) throws Exception {
		var bothReady = new CyclicBarrier(2);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var results = new ArrayList<MockHttpServletResponse>();
			List<Callable<MockHttpServletResponse>> requests = List.of(() -> {
				bothReady.await(10, TimeUnit.SECONDS);
				return one.call();
			}, () -> {
				bothReady.await(10, TimeUnit.SECONDS);
				return two.call();
			});
			for (var result : pool.invokeAll(requests, 30, TimeUnit.SECONDS)) {
				results.add(result.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The form as posted from a page showing the actions as they were. */
	private Callable<MockHttpServletResponse> reassign(UserDetails who, long ownerId, List<Map<String, Object>> shown,
			int... chosen) {
		var choices = new String[chosen.length];
		for (int i = 0; i < chosen.length; i++) {
			choices[i] = id(shown, chosen[i]) + ":" + version(shown, chosen[i]);
		}
		return () -> this.mvc
			.perform(post("/plans/{id}/reassign", this.planId).with(csrf())
				.with(user(who))
				.param("actions", choices)
				.param("owner", Long.toString(ownerId)))
			.andReturn()
			.getResponse();
	}

	/** Waits until a statement of this database waits for a row lock. */
	private void awaitABlockedStatement() throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			int waiting = this.jdbc.queryForObject("""
					select count(*) from pg_stat_activity
					where datname = current_database() and wait_event_type = 'Lock'""", Integer.class);
			if (waiting > 0) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The second reassignment never waited for the first");
	}

	private List<Map<String, Object>> actions() {
		return this.jdbc.queryForList("select id, owner_id, version from action where plan_id = ? order by number",
				this.planId);
	}

	private static long id(List<Map<String, Object>> rows, int index) {
		return ((Number) rows.get(index).get("id")).longValue();
	}

	private static long version(List<Map<String, Object>> rows, int index) {
		return ((Number) rows.get(index).get("version")).longValue();
	}

}
