package org.turnaround.notice;

import java.time.LocalDate;

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
class NoticePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	NoticeRepository notices;

	@Autowired
	SqlStatementCounter sql;

	@Test
	void listsNoticesWithKindStatusAndRequirementCount() throws Exception {
		var built = this.fixture.plan("notices", 1, 1, 1);
		this.mvc.perform(get("/notices").with(user(this.fixture.signedIn(built.owner()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/notices/" + built.notice().getId())))
			.andExpect(content().string(containsString("Fixture notice notices")))
			.andExpect(content().string(containsString("1 requirement")))
			.andExpect(content().string(containsString("Improvement notice")));
	}

	@Test
	void showsANoticesRequirementsTheActionsAnsweringThemAndThePlansThatAnswerIt() throws Exception {
		var built = this.fixture.plan("notice-detail", 1, 2, 1);
		this.mvc.perform(get("/notices/{id}", built.notice().getId()).with(user(this.fixture.signedIn(built.owner()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Establish an Improvement Board")))
			.andExpect(content().string(containsString("Fixture plan notice-detail")))
			.andExpect(content().string(containsString("/plans/" + built.plan().getId())));
	}

	@Test
	void aSupersededNoticeLinksToTheNoticeThatReplacedItAndBack() throws Exception {
		var built = this.fixture.plan("superseding", 1, 1, 1);
		var earlier = built.notice();
		var later = new ImprovementNotice(built.authority().getId(), "Later statutory direction",
				NoticeKind.STATUTORY_DIRECTION, NoticeTrigger.OTHER, LocalDate.now().minusMonths(1));
		later.supersede(earlier);
		this.notices.saveAndFlush(later);

		var signedIn = user(this.fixture.signedIn(built.owner()));
		this.mvc.perform(get("/notices/{id}", earlier.getId()).with(signedIn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Superseded")))
			.andExpect(content().string(containsString("/notices/" + later.getId())));
		this.mvc.perform(get("/notices/{id}", later.getId()).with(signedIn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Replaces")))
			.andExpect(content().string(containsString("/notices/" + earlier.getId())));
	}

	@Test
	void aMissingNoticeOrAnotherAuthoritysIsA404() throws Exception {
		var mine = this.fixture.plan("notice-mine", 1, 1, 1);
		var theirs = this.fixture.plan("notice-theirs", 1, 1, 1);
		var signedIn = user(this.fixture.signedIn(mine.owner()));
		this.mvc.perform(get("/notices/{id}", Long.MAX_VALUE).with(signedIn)).andExpect(status().isNotFound());
		this.mvc.perform(get("/notices/{id}", theirs.notice().getId()).with(signedIn)).andExpect(status().isNotFound());
	}

	@Test
	void theNoticePagesCostAFixedNumberOfStatements() throws Exception {
		var built = this.fixture.plan("notice-sql", 1, 1, 1);
		var signedIn = user(this.fixture.signedIn(built.owner()));
		this.sql.reset();
		this.mvc.perform(get("/notices").with(signedIn)).andExpect(status().isOk());
		assertThat(this.sql.count()).isEqualTo(1);
		this.sql.reset();
		this.mvc.perform(get("/notices/{id}", built.notice().getId()).with(signedIn)).andExpect(status().isOk());
		assertThat(this.sql.count()).isEqualTo(5);
	}

}
