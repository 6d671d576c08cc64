package org.turnaround.plan;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
@Transactional
class PlanPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	SqlStatementCounter sql;

	@Test
	void listsPlansWithTheirAuthorityStatusAndSize() throws Exception {
		var built = this.fixture.plan("listing", 2, 3, 1);
		var elsewhere = this.fixture.plan("listing-elsewhere", 1, 1, 1);
		this.mvc.perform(get("/plans").with(user(this.fixture.signedIn(built.owner()))))
			.andExpect(status().isOk())
			.andExpect(view().name("plans/list"))
			.andExpect(content().string(containsString("/plans/" + built.plan().getId())))
			.andExpect(content().string(containsString("Fixture plan listing")))
			.andExpect(content().string(containsString("Fixture Council listing")))
			.andExpect(content().string(not(containsString("/plans/" + elsewhere.plan().getId() + "\""))));
	}

	@Test
	void showsAPlansPrioritiesActionsWithTheirRagAndReasonAndMilestones() throws Exception {
		var built = this.fixture.plan("showing", 2, 2, 3);
		var firstAction = built.actions().get(0);
		this.mvc.perform(get("/plans/{id}", built.plan().getId()).with(user(this.fixture.signedIn(built.owner()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Priority 1: Fixture priority 1")))
			.andExpect(content().string(containsString("Priority 2: Fixture priority 2")))
			.andExpect(content().string(containsString("/actions/" + firstAction.getId())))
			.andExpect(content().string(containsString("1.1 Fixture action 1.1")))
			.andExpect(content().string(containsString("2.2 Fixture action 2.2")))
			// the first action was due 13 days ago: off track, said in words as well as
			// colour
			.andExpect(content().string(containsString("Off track")))
			.andExpect(content().string(containsString("Overdue: due ")))
			.andExpect(content().string(containsString("Fixture milestone 2")))
			.andExpect(content().string(containsString("RAG of the plan&#39;s 4 actions")));
	}

	@Test
	void anotherAuthoritysPlanIsNotFoundRatherThanForbidden() throws Exception {
		var mine = this.fixture.plan("scoped-mine", 1, 1, 1);
		var theirs = this.fixture.plan("scoped-theirs", 1, 1, 1);
		this.mvc.perform(get("/plans/{id}", theirs.plan().getId()).with(user(this.fixture.signedIn(mine.owner()))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Fixture plan scoped-theirs"))));
	}

	@Test
	void signingInComesFirst() throws Exception {
		this.mvc.perform(get("/plans")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aMissingPlanIsA404PageWithoutDetail() throws Exception {
		var built = this.fixture.plan("missing-plan", 1, 1, 1);
		this.mvc.perform(get("/plans/{id}", Long.MAX_VALUE).with(user(this.fixture.signedIn(built.owner()))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void aPlanIdThatIsNotANumberIsABadRequest() throws Exception {
		var built = this.fixture.plan("bad-plan-id", 1, 1, 1);
		this.mvc.perform(get("/plans/not-a-number").with(user(this.fixture.signedIn(built.owner()))))
			.andExpect(status().isBadRequest());
	}

	@Test
	void thePlanPageCostsTheSameNumberOfStatementsWhateverTheSizeOfThePlan() throws Exception {
		var small = this.fixture.plan("small", 1, 1, 1);
		var large = this.fixture.plan("large", 8, 25, 4);

		long smallCount = statementsFor("/plans/" + small.plan().getId(), small);
		long largeCount = statementsFor("/plans/" + large.plan().getId(), large);

		assertThat(largeCount).isEqualTo(smallCount);
		assertThat(smallCount).isLessThanOrEqualTo(6);
	}

	@Test
	void thePlanListCostsOneStatementWhateverTheNumberOfPlans() throws Exception {
		var built = this.fixture.plan("another-one", 2, 2, 1);
		long before = statementsFor("/plans", built);
		this.fixture.plan("another-two", 2, 2, 1);
		this.fixture.plan("another-three", 2, 2, 1);
		assertThat(statementsFor("/plans", built)).isEqualTo(before).isEqualTo(1);
	}

	private long statementsFor(String path, PlanFixture.Built as) throws Exception {
		var signedIn = user(this.fixture.signedIn(as.owner()));
		this.sql.reset();
		this.mvc.perform(get(path).with(signedIn)).andExpect(status().isOk());
		return this.sql.count();
	}

}
