package org.turnaround.report;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.turnaround.account.Role;
import org.turnaround.action.Action;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Edits committed through the entities, so the audit trail records them as it does in
 * use, never reach back into a report of an earlier day: yesterday's report is the same
 * before and after an action is renamed and handed to someone else today.
 */
@IntegrationTest
class PastReportAfterEditsTests {

	private static final String SLUG = "past-report-after-edits";

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Clock clock;

	@Test
	void yesterdaysReportIsTheSameAfterAnActionIsRenamedAndReassignedToday() throws Exception {
		var built = this.transaction.execute((status) -> this.fixture.plan(SLUG, 1, 2, 3));
		var newOwner = this.transaction
			.execute((status) -> this.fixture.member(built, SLUG + ".new", "Ann Other", Role.OFFICER));
		var reader = this.fixture.signedIn(built.owner());
		long planId = built.plan().getId();
		var yesterday = LocalDate.now(this.clock).minusDays(1);
		var before = report(planId, yesterday, reader);
		assertThat(before).contains("1.1 Fixture action 1.1").doesNotContain("Ann Other");

		long actionId = built.actions().get(0).getId();
		this.transaction.executeWithoutResult((status) -> {
			var action = this.entityManager.find(Action.class, actionId);
			action.edit("Renamed later", null, newOwner.getId(), action.getStartsOn());
		});

		assertThat(report(planId, yesterday, reader)).isEqualTo(before);
		assertThat(report(planId, null, reader)).contains("Renamed later", "Ann Other");
	}

	private String report(long planId, LocalDate asOf, org.springframework.security.core.userdetails.UserDetails who)
			throws Exception {
		var request = get("/plans/{id}/report.pdf", planId).with(user(who));
		if (asOf != null) {
			request.param("asOf", asOf.toString());
		}
		var bytes = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var pdf = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	@AfterEach
	void removeTheFixture() {
		this.fixture.remove(SLUG);
	}

}
