package org.turnaround.action;

import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;
import org.turnaround.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class ActionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	SqlStatementCounter sql;

	@Test
	void showsAnActionWithItsRagItsReasonAndItsWholeHistoryNewestFirst() throws Exception {
		var built = this.fixture.plan("action-page", 1, 1, 3);
		var action = built.actions().get(0);
		var body = this.mvc
			.perform(get("/actions/{id}", action.getId()).with(user(this.fixture.signedIn(built.owner()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1.1 Fixture action 1.1")))
			.andExpect(content().string(containsString("Fixture Owner action-page")))
			.andExpect(content().string(containsString("Off track")))
			.andExpect(content().string(containsString("Overdue: due ")))
			.andExpect(content().string(containsString("Requirement 1")))
			.andExpect(content().string(containsString("Fixture milestone 1")))
			.andExpect(content().string(containsString("/actions/" + action.getId() + "/history.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body.indexOf("Progress note 3")).isPositive().isLessThan(body.indexOf("Progress note 2"));
		assertThat(body.indexOf("Progress note 2")).isLessThan(body.indexOf("Progress note 1"));
	}

	@Test
	void aMissingActionOrAnotherAuthoritysIsA404() throws Exception {
		var mine = this.fixture.plan("action-mine", 1, 1, 1);
		var theirs = this.fixture.plan("action-theirs", 1, 1, 1);
		var signedIn = user(this.fixture.signedIn(mine.owner()));
		this.mvc.perform(get("/actions/{id}", Long.MAX_VALUE).with(signedIn)).andExpect(status().isNotFound());
		this.mvc.perform(get("/actions/{id}", theirs.actions().get(0).getId()).with(signedIn))
			.andExpect(status().isNotFound());
	}

	@Test
	void theActionPageCostsTheSameStatementsHoweverLongItsHistory() throws Exception {
		var built = this.fixture.plan("action-sql", 1, 2, 1);
		var longer = this.fixture.plan("action-sql-long", 1, 2, 9);
		var asBuiltOwner = user(this.fixture.signedIn(built.owner()));
		var asLongerOwner = user(this.fixture.signedIn(longer.owner()));
		this.sql.reset();
		this.mvc.perform(get("/actions/{id}", built.actions().get(0).getId()).with(asBuiltOwner))
			.andExpect(status().isOk());
		long shortHistory = this.sql.count();
		this.sql.reset();
		this.mvc.perform(get("/actions/{id}", longer.actions().get(0).getId()).with(asLongerOwner))
			.andExpect(status().isOk());
		assertThat(this.sql.count()).isEqualTo(shortHistory).isEqualTo(7);
	}

}
