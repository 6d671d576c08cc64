package org.turnaround.caseaudit;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.turnaround.account.Role;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case-audit forms as in the running application: no test transaction around them
 * (open-in-view is off), changes committed, so the history is written. Each run has an
 * authority of its own.
 */
@IntegrationTest
class CaseAuditFormsOutsideATransactionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void aPlanManagerRecordsAndCorrectsARoundAndTheHistorySaysWhatChanged() throws Exception {
		var slug = "case-audit-committed-" + System.nanoTime();
		var built = this.transaction.execute((status) -> this.fixture.plan(slug, 1, 1, 1));
		var manager = this.transaction
			.execute((status) -> this.fixture.member(built, slug + ".manager", "Audit Manager", Role.PLAN_MANAGER));
		var signedIn = user(this.fixture.signedIn(manager));
		var completed = LocalDate.now(this.clock).minusDays(2);

		this.mvc.perform(get("/case-audits/new").with(signedIn)).andExpect(status().isOk());
		var created = this.mvc
			.perform(post("/case-audits/new").with(signedIn)
				.with(csrf())
				.param("title", "Committed audit")
				.param("completedDay", "" + completed.getDayOfMonth())
				.param("completedMonth", "" + completed.getMonthValue())
				.param("completedYear", "" + completed.getYear())
				.param("casesAudited", "200")
				.param("outstanding", "10")
				.param("good", "40")
				.param("requiresImprovement", "90")
				.param("inadequate", "60"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));

		this.mvc.perform(get("/case-audits/{id}/edit", id).with(signedIn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Committed audit\"")));
		this.mvc
			.perform(post("/case-audits/{id}/edit", id).with(signedIn)
				.with(csrf())
				.param("version", "0")
				.param("title", "Committed audit")
				.param("completedDay", "" + completed.getDayOfMonth())
				.param("completedMonth", "" + completed.getMonthValue())
				.param("completedYear", "" + completed.getYear())
				.param("casesAudited", "200")
				.param("outstanding", "10")
				.param("good", "40")
				.param("requiresImprovement", "110")
				.param("inadequate", "40"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/case-audits/{id}", id).with(signedIn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("80.0%")))
			.andExpect(content().string(containsString("Created")))
			.andExpect(content().string(containsString("changed from 60 to 40")));
		this.mvc.perform(get("/case-audits").with(signedIn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("80.0%")));
	}

}
