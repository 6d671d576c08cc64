package org.turnaround.notice;

import java.util.LinkedHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan manager adds and edits their authority's notices. Each test runs in a
 * transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class NoticeFormPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long noticeId;

	@BeforeEach
	void findTheDemoNotice() {
		this.noticeId = this.jdbc.queryForObject("""
				select n.id from improvement_notice n join authority a on a.id = n.authority_id
				where a.slug = 'marchshire' order by n.issued_on desc limit 1""", Long.class);
	}

	@Test
	@WithUserDetails("manager")
	void addsANoticeWithItsRequirementsNumberedInOrder() throws Exception {
		int before = notices();
		this.mvc
			.perform(valid(post("/notices/new")).param("requirements",
					"Establish an Improvement Board\n\n  Appoint a permanent DCS, with a deputy\nReport monthly"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/notices/*"))
			.andExpect(flash().attribute("success", "Notice added"));
		assertThat(notices()).isEqualTo(before + 1);
		var saved = this.jdbc.queryForMap("""
				select n.id, n.kind, n.trigger_kind, n.issued_on, n.review_interval_months, n.next_review_on,
				       n.adviser_name, a.slug from improvement_notice n join authority a on a.id = n.authority_id
				where n.title = 'Notice to improve'""");
		assertThat(saved.get("slug")).isEqualTo("marchshire");
		assertThat(saved.get("kind")).isEqualTo("IMPROVEMENT_NOTICE");
		assertThat(saved.get("trigger_kind")).isEqualTo("OFSTED_INSPECTION");
		assertThat(saved.get("issued_on").toString()).isEqualTo("2026-03-01");
		assertThat(saved.get("review_interval_months")).isEqualTo(6);
		assertThat(saved.get("next_review_on").toString()).isEqualTo("2026-09-01");
		assertThat(saved.get("adviser_name")).isEqualTo("Jane Adviser");
		assertThat(this.jdbc.queryForList(
				"select number || ': ' || text from notice_requirement where notice_id = ? " + "order by number",
				String.class, saved.get("id")))
			.containsExactly("1: Establish an Improvement Board", "2: Appoint a permanent DCS, with a deputy",
					"3: Report monthly");
	}

	@Test
	@WithUserDetails("manager")
	void aMissingTitleIsAFieldErrorAndNothingIsSaved() throws Exception {
		refused(valid(post("/notices/new"), "title", " "), "title", "Enter a title for the notice");
	}

	@Test
	@WithUserDetails("manager")
	void anIssueDateThatIsNotRealIsAFieldErrorAndNothingIsSaved() throws Exception {
		refused(valid(post("/notices/new"), "issuedDay", "31", "issuedMonth", "2"), "issuedDay",
				"The date issued must be a real date");
	}

	@Test
	@WithUserDetails("manager")
	void aNextReviewBeforeTheIssueDateIsAFieldErrorAndNothingIsSaved() throws Exception {
		refused(valid(post("/notices/new"), "nextReviewYear", "2025"), "nextReviewDay",
				"The next review cannot be before the notice was issued");
	}

	@Test
	@WithUserDetails("manager")
	void aReviewIntervalOfNoMonthsIsAFieldErrorAndNothingIsSaved() throws Exception {
		refused(valid(post("/notices/new"), "reviewIntervalMonths", "0"), "reviewIntervalMonths", "from 1 to 36");
	}

	@Test
	@WithUserDetails("manager")
	void theEditFormShowsEachRequirementToReword() throws Exception {
		var first = firstRequirement();
		this.mvc.perform(get("/notices/{id}/edit", this.noticeId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Edit notice")))
			.andExpect(content().string(containsString("name=\"existing[0]\"")))
			.andExpect(content().string(containsString(first)));
	}

	@Test
	@WithUserDetails("manager")
	void editsTheNoticeRewordsARequirementAndAddsOneAtTheEnd() throws Exception {
		int count = requirements();
		var edit = edit(version(), "title", "Improvement notice, corrected")
			.param("existing[0]", "Reworded, with a comma")
			.param("requirements", "A new requirement");
		for (int i = 1; i < count; i++) {
			edit.param("existing[" + i + "]", requirementText(i + 1));
		}
		this.mvc.perform(edit)
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/notices/" + this.noticeId))
			.andExpect(flash().attribute("success", "Notice saved"));
		assertThat(this.jdbc.queryForObject("select title from improvement_notice where id = ?", String.class,
				this.noticeId))
			.isEqualTo("Improvement notice, corrected");
		assertThat(requirementText(1)).isEqualTo("Reworded, with a comma");
		assertThat(requirements()).isEqualTo(count + 1);
		assertThat(requirementText(count + 1)).isEqualTo("A new requirement");
	}

	@Test
	@WithUserDetails("manager")
	void aStaleVersionIsAConflictThatKeepsTheInputAndChangesNothing() throws Exception {
		long version = version();
		this.jdbc.update(
				"update improvement_notice set title = 'Changed meanwhile', version = version + 1 where id = ?",
				this.noticeId);
		var edit = edit(version, "title", "My own title");
		for (int i = 0; i < requirements(); i++) {
			edit.param("existing[" + i + "]", requirementText(i + 1));
		}
		this.mvc.perform(edit)
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this notice")))
			.andExpect(content().string(containsString("Changed meanwhile")))
			.andExpect(content().string(containsString("value=\"My own title\"")))
			.andExpect(content().string(containsString("value=\"" + (version + 1) + "\"")));
		assertThat(this.jdbc.queryForObject("select title from improvement_notice where id = ?", String.class,
				this.noticeId))
			.isEqualTo("Changed meanwhile");
	}

	@Test
	@WithUserDetails("officer")
	void anOfficerMayNotAddOrEditNotices() throws Exception {
		this.mvc.perform(get("/notices/new")).andExpect(status().isForbidden());
		this.mvc.perform(edit(version())).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("cabinet")
	void aCabinetMemberMayNotAddOrEditNotices() throws Exception {
		this.mvc.perform(valid(post("/notices/new"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/notices/{id}/edit", this.noticeId)).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("northgate.manager")
	void anotherAuthoritysManagerDoesNotFindTheNotice() throws Exception {
		this.mvc.perform(get("/notices/{id}/edit", this.noticeId)).andExpect(status().isNotFound());
		this.mvc.perform(edit(version(), "title", "Taken over")).andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("manager")
	void aPostWithoutACsrfTokenIsRefusedAndChangesNothing() throws Exception {
		int before = notices();
		this.mvc.perform(post("/notices/new").param("title", "No token")).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/notices/{id}/edit", this.noticeId).param("title", "No token")
				.param("version", "" + version()))
			.andExpect(status().isForbidden());
		assertThat(notices()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from improvement_notice where title = 'No token'",
				Integer.class))
			.isZero();
	}

	private void refused(MockHttpServletRequestBuilder request, String field, String message) throws Exception {
		int before = notices();
		int requirementsBefore = this.jdbc.queryForObject("select count(*) from notice_requirement", Integer.class);
		this.mvc.perform(request.param("requirements", "Kept requirement"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#" + field + "\"")))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("Kept requirement")))
			.andExpect(content().string(containsString("value=\"Jane Adviser\"")));
		assertThat(notices()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from notice_requirement", Integer.class))
			.isEqualTo(requirementsBefore);
	}

	/**
	 * A request with every field valid, but for the overrides given as name, value pairs.
	 */
	private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... overrides) {
		var params = new LinkedHashMap<String, String>();
		params.put("title", "Notice to improve");
		params.put("kind", "IMPROVEMENT_NOTICE");
		params.put("trigger", "OFSTED_INSPECTION");
		params.put("issuedDay", "1");
		params.put("issuedMonth", "3");
		params.put("issuedYear", "2026");
		params.put("reviewIntervalMonths", "6");
		params.put("nextReviewDay", "1");
		params.put("nextReviewMonth", "9");
		params.put("nextReviewYear", "2026");
		params.put("adviserName", "Jane Adviser");
		params.put("adviserRole", "DfE adviser");
		params.put("summary", "Services were judged inadequate");
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		params.forEach(request::param);
		return request.with(csrf());
	}

	private MockHttpServletRequestBuilder edit(long version, String... overrides) {
		return valid(post("/notices/{id}/edit", this.noticeId), overrides).param("version", Long.toString(version));
	}

	private long version() {
		return this.jdbc.queryForObject("select version from improvement_notice where id = ?", Long.class,
				this.noticeId);
	}

	private int notices() {
		return this.jdbc.queryForObject("select count(*) from improvement_notice", Integer.class);
	}

	private int requirements() {
		return this.jdbc.queryForObject("select count(*) from notice_requirement where notice_id = ?", Integer.class,
				this.noticeId);
	}

	private String requirementText(int number) {
		return this.jdbc.queryForObject("select text from notice_requirement where notice_id = ? and number = ?",
				String.class, this.noticeId, number);
	}

	private String firstRequirement() {
		return requirementText(1);
	}

}
