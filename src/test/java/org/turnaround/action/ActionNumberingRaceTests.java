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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two plan managers add an action to the same priority at the same moment, each in their
 * own committed transaction, as two requests would: both are saved, numbered one after
 * the other, and neither gets an error page. The fixture plan it commits is removed
 * afterwards.
 */
@IntegrationTest
class ActionNumberingRaceTests {

	private static final String SLUG = "numbering-race";

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
	void twoManagersAddingToOnePriorityAtOnceBothSaveWithTheNextNumbersInTurn() throws Exception {
		var built = this.transaction.execute((status) -> this.fixture.plan(SLUG, 1, 1, 0));
		var manager = this.transaction.execute((status) -> this.fixture.member(built, SLUG + ".manager",
				"Fixture Manager " + SLUG, Role.PLAN_MANAGER));
		long planId = built.plan().getId();
		long priorityId = built.plan().getPriorities().get(0).getId();
		var signedIn = this.fixture.signedIn(manager);
		var bothReady = new CyclicBarrier(2);
		var pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<MockHttpServletResponse>> adds = List.of(
					add(planId, priorityId, built.owner().getId(), "First added", signedIn, bothReady),
					add(planId, priorityId, built.owner().getId(), "Second added", signedIn, bothReady));
			var results = new ArrayList<MockHttpServletResponse>();
			for (var result : pool.invokeAll(adds, 30, TimeUnit.SECONDS)) {
				results.add(result.get());
			}
			assertThat(results).extracting(MockHttpServletResponse::getStatus).containsExactly(302, 302);
			assertThat(this.jdbc.queryForList("select number from action where priority_id = ? order by number",
					Integer.class, priorityId))
				.containsExactly(1, 2, 3);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Callable<MockHttpServletResponse> add(long planId, long priorityId, long ownerId, String title,
			UserDetails who, CyclicBarrier bothReady) {
		return () -> {
			bothReady.await(10, TimeUnit.SECONDS);
			return this.mvc
				.perform(post("/plans/{id}/actions/new", planId).with(csrf())
					.with(user(who))
					.param("priority", Long.toString(priorityId))
					.param("title", title)
					.param("owner", Long.toString(ownerId))
					.param("dueDay", "1")
					.param("dueMonth", "6")
					.param("dueYear", "2030"))
				.andReturn()
				.getResponse();
		};
	}

}
