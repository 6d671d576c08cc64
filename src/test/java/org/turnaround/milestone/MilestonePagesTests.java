package org.turnaround.milestone;

import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;
import org.turnaround.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class MilestonePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	MilestoneQueries milestones;

	@Autowired
	SqlStatementCounter sql;

	@Test
	void showsAMilestoneWithItsPlanDatesStatusTheActionsItDependsOnAndItsChanges() throws Exception {
		var built = this.fixture.plan("milestone-page", 1, 2, 0);
		var milestone = this.milestones.forPlan(built.plan().getId()).get(0);
		var dependsOn = built.actions().get(1);
		this.mvc.perform(get("/milestones/{id}", milestone.id()).with(user(this.fixture.signedIn(built.owner()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fixture milestone 1")))
			.andExpect(content().string(containsString("Fixture Council milestone-page")))
			.andExpect(content().string(containsString("href=\"/plans/" + built.plan().getId() + "\"")))
			.andExpect(content().string(containsString("Fixture plan milestone-page")))
			.andExpect(content().string(containsString("Target date")))
			.andExpect(content().string(containsString("Not yet")))
			.andExpect(content().string(containsString("Planned")))
			.andExpect(content().string(containsString("href=\"/actions/" + dependsOn.getId() + "\"")))
			.andExpect(content().string(containsString("1.2 Fixture action 1.2")))
			.andExpect(content().string(containsString("Changes")))
			// written at commit, and this test's transaction never commits
			.andExpect(content().string(containsString("No changes recorded yet.")));
	}

	@Test
	void thePlanPageLinksToEachMilestone() throws Exception {
		var built = this.fixture.plan("milestone-link", 2, 1, 0);
		for (var milestone : this.milestones.forPlan(built.plan().getId())) {
			this.mvc.perform(get("/plans/{id}", built.plan().getId()).with(user(this.fixture.signedIn(built.owner()))))
				.andExpect(content().string(containsString("href=\"/milestones/" + milestone.id() + "\"")));
		}
	}

	@Test
	void aMissingMilestoneIsA404PageWithoutDetail() throws Exception {
		var built = this.fixture.plan("milestone-missing", 1, 1, 0);
		this.mvc.perform(get("/milestones/{id}", Long.MAX_VALUE).with(user(this.fixture.signedIn(built.owner()))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void theMilestonePageCostsAFixedNumberOfStatements() throws Exception {
		var built = this.fixture.plan("milestone-sql", 1, 5, 0);
		long id = this.milestones.forPlan(built.plan().getId()).get(0).id();
		var signedIn = user(this.fixture.signedIn(built.owner()));
		this.sql.reset();
		this.mvc.perform(get("/milestones/{id}", id).with(signedIn)).andExpect(status().isOk());
		// the milestone with its plan and actions, then its revisions and its actions'
		assertThat(this.sql.count()).isEqualTo(3);
	}

}
