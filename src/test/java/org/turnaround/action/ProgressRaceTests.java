package org.turnaround.action;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
 * Two people who loaded the same action save at the same moment, each in their own
 * committed transaction on their own thread, as two requests would. The fixture plan it
 * commits is removed afterwards.
 */
@IntegrationTest
class ProgressRaceTests {

	private static final String SLUG = "progress-race";

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
	void whenTwoPeopleSaveTheSameVersionExactlyOneUpdateLandsAndTheOtherSeesTheConflict() throws Exception {
		var built = this.transaction.execute((status) -> this.fixture.plan(SLUG, 1, 1, 1));
		long actionId = built.actions().get(0).getId();
		long version = this.jdbc.queryForObject("select version from action where id = ?", Long.class, actionId);
		var owner = this.fixture.signedIn(built.owner());
		var bothReady = new CyclicBarrier(2);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var results = new ArrayList<MockHttpServletResponse>();
			List<Callable<MockHttpServletResponse>> saves = List.of(
					save(actionId, version, owner, "First person's note", bothReady),
					save(actionId, version, owner, "Second person's note", bothReady));
			for (var result : pool.invokeAll(saves, 30, TimeUnit.SECONDS)) {
				results.add(result.get());
			}
			assertThat(results).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 409);
			var conflict = results.stream().filter((response) -> response.getStatus() == 409).findFirst().orElseThrow();
			var landed = this.jdbc.queryForList(
					"select commentary from action_update where action_id = ? and commentary like '%person''s note'",
					String.class, actionId);
			assertThat(landed).hasSize(1);
			var body = conflict.getContentAsString();
			var lost = landed.get(0).startsWith("First") ? "Second person&#39;s note" : "First person&#39;s note";
			assertThat(body).contains("Someone else saved a change to this action")
				.contains(landed.get(0).replace("'", "&#39;"))
				.contains(lost + "</textarea>")
				.contains("name=\"version\" value=\"" + (version + 1) + "\"");
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Callable<MockHttpServletResponse> save(long actionId, long version, UserDetails who, String commentary,
			CyclicBarrier bothReady) {
		return () -> {
			bothReady.await(10, TimeUnit.SECONDS);
			return this.mvc
				.perform(post("/actions/{id}/update", actionId).with(csrf())
					.with(user(who))
					.param("version", Long.toString(version))
					.param("status", "IN_PROGRESS")
					.param("percentComplete", "55")
					.param("commentary", commentary)
					.param("ragOverride", "NONE"))
				.andReturn()
				.getResponse();
		};
	}

}
