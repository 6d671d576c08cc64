package org.turnaround.milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan manager adds, edits and cancels the demo plan's milestones. Each test runs in a
 * transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class MilestoneFormPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	long planId;

	long milestoneId;

	long actionId;

	long otherPlansActionId;

	LocalDate today;

	@BeforeEach
	void findTheDemoPlan() {
		this.planId = planOf("marchshire");
		this.milestoneId = this.jdbc.queryForObject(
				"select id from milestone where plan_id = ? and status = 'PLANNED' order by target_on, id limit 1",
				Long.class, this.planId);
		this.actionId = this.jdbc.queryForObject("select id from action where plan_id = ? order by id limit 1",
				Long.class, this.planId);
		this.otherPlansActionId = this.jdbc.queryForObject(
				"select id from action where plan_id = ? order by id limit 1", Long.class, planOf("northgate"));
		this.today = LocalDate.now(this.clock);
	}

	@Test
	@WithUserDetails("manager")
	void theFormOffersThePlansActions() throws Exception {
		this.mvc.perform(get("/plans/{id}/milestones/new", this.planId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add a milestone")))
			.andExpect(content().string(containsString("value=\"" + this.actionId + "\"")))
			.andExpect(content().string(not(containsString("value=\"" + this.otherPlansActionId + "\""))));
	}

	@Test
	@WithUserDetails("manager")
	void addsAMilestoneWithTheActionsItDependsOn() throws Exception {
		int before = milestones();
		this.mvc
			.perform(create().param("title", "Peer review")
				.param("description", "By a partner council")
				.param("targetDay", "30")
				.param("targetMonth", "9")
				.param("targetYear", "2027")
				.param("actions", "" + this.actionId))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/milestones/*"))
			.andExpect(flash().attribute("success", "Milestone added"));
		assertThat(milestones()).isEqualTo(before + 1);
		var saved = this.jdbc.queryForMap(
				"select id, description, target_on, status from milestone where plan_id = ? and title = 'Peer review'",
				this.planId);
		assertThat(saved.get("description")).isEqualTo("By a partner council");
		assertThat(saved.get("target_on").toString()).isEqualTo("2027-09-30");
		assertThat(saved.get("status")).isEqualTo("PLANNED");
		assertThat(this.jdbc.queryForList("select action_id from milestone_action where milestone_id = ?", Long.class,
				saved.get("id")))
			.containsExactly(this.actionId);
	}

	@Test
	@WithUserDetails("manager")
	void aMissingTitleIsAFieldErrorAndNothingIsSaved() throws Exception {
		int before = milestones();
		this.mvc
			.perform(create().param("title", " ")
				.param("targetDay", "30")
				.param("targetMonth", "9")
				.param("targetYear", "2027")
				.param("description", "Kept text"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#title\"")))
			.andExpect(content().string(containsString("Enter a title for the milestone")))
			.andExpect(content().string(containsString("Kept text")))
			.andExpect(content().string(containsString("value=\"2027\"")));
		assertThat(milestones()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void aDateThatIsNotRealIsAFieldErrorAndTheInputIsKept() throws Exception {
		int before = milestones();
		this.mvc
			.perform(create().param("title", "Peer review")
				.param("targetDay", "31")
				.param("targetMonth", "2")
				.param("targetYear", "2027"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#targetDay\"")))
			.andExpect(content().string(containsString("The target date must be a real date")))
			.andExpect(content().string(containsString("value=\"Peer review\"")))
			.andExpect(content().string(containsString("value=\"31\"")));
		assertThat(milestones()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void anActionOfAnotherPlanIsRefusedAndNothingIsSaved() throws Exception {
		int before = milestones();
		this.mvc
			.perform(create().param("title", "Peer review")
				.param("targetDay", "30")
				.param("targetMonth", "9")
				.param("targetYear", "2027")
				.param("actions", "" + this.actionId, "" + this.otherPlansActionId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#actions\"")))
			.andExpect(content().string(containsString("Choose actions from this plan")))
			.andExpect(content().string(containsString("value=\"Peer review\"")));
		assertThat(milestones()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void editsAMilestoneAndMarksItAchieved() throws Exception {
		var yesterday = this.today.minusDays(1);
		this.mvc
			.perform(edit(version()).param("title", "Renamed milestone")
				.param("status", "ACHIEVED")
				.param("achievedDay", "" + yesterday.getDayOfMonth())
				.param("achievedMonth", "" + yesterday.getMonthValue())
				.param("achievedYear", "" + yesterday.getYear())
				.param("actions", "" + this.actionId))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "Milestone saved"));
		var saved = milestone();
		assertThat(saved.get("title")).isEqualTo("Renamed milestone");
		assertThat(saved.get("status")).isEqualTo("ACHIEVED");
		assertThat(saved.get("achieved_on").toString()).isEqualTo(yesterday.toString());
		assertThat(this.jdbc.queryForList("select action_id from milestone_action where milestone_id = ?", Long.class,
				this.milestoneId))
			.containsExactly(this.actionId);
	}

	@Test
	@WithUserDetails("manager")
	void anAchievedDateInTheFutureIsAFieldErrorAndNothingIsSaved() throws Exception {
		var before = milestone();
		var tomorrow = this.today.plusDays(1);
		this.mvc
			.perform(edit(version()).param("title", "Renamed milestone")
				.param("status", "ACHIEVED")
				.param("achievedDay", "" + tomorrow.getDayOfMonth())
				.param("achievedMonth", "" + tomorrow.getMonthValue())
				.param("achievedYear", "" + tomorrow.getYear()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#achievedDay\"")))
			.andExpect(content().string(containsString("The date achieved cannot be in the future")))
			.andExpect(content().string(containsString("value=\"Renamed milestone\"")));
		assertThat(milestone()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void aStaleVersionGetsTheConflictPageWithTheCurrentValuesAndTheInputKept() throws Exception {
		long seen = version();
		this.jdbc.update("update milestone set title = 'Changed by someone else', version = version + 1 where id = ?",
				this.milestoneId);
		var before = milestone();
		this.mvc.perform(edit(seen).param("title", "My new title").param("status", "PLANNED"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this milestone")))
			.andExpect(content().string(containsString("Changed by someone else")))
			.andExpect(content().string(containsString("value=\"My new title\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (seen + 1) + "\"")));
		assertThat(milestone()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void marksAMilestoneMissedOnlyOnceItsTargetHasPassed() throws Exception {
		this.jdbc.update("update milestone set target_on = ? where id = ?", this.today.plusDays(5), this.milestoneId);
		var before = milestone();
		this.mvc.perform(edit(version()).param("title", "Kept title").param("status", "MISSED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#status\"")))
			.andExpect(content().string(containsString("only missed once its target date has passed")));
		assertThat(milestone()).isEqualTo(before);
		this.jdbc.update("update milestone set target_on = ? where id = ?", this.today.minusDays(5), this.milestoneId);
		this.mvc.perform(edit(version()).param("title", "Kept title").param("status", "MISSED"))
			.andExpect(status().is3xxRedirection());
		assertThat(milestone().get("status")).isEqualTo("MISSED");
	}

	@Test
	@WithUserDetails("manager")
	void aPostWithoutAVersionIsABadRequest() throws Exception {
		var before = milestone();
		this.mvc.perform(post("/milestones/{id}/edit", this.milestoneId).with(csrf()).param("title", "No version"))
			.andExpect(status().isBadRequest());
		assertThat(milestone()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void cancelsAMilestoneWithAReason() throws Exception {
		this.mvc.perform(cancel(version()).param("reason", "Merged into the annual review"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "Milestone cancelled"));
		var saved = milestone();
		assertThat(saved.get("status")).isEqualTo("CANCELLED");
		assertThat(saved.get("cancellation_reason")).isEqualTo("Merged into the annual review");
	}

	@Test
	@WithUserDetails("manager")
	void cancellingNeedsAReason() throws Exception {
		var before = milestone();
		this.mvc.perform(cancel(version()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#reason\"")))
			.andExpect(content().string(containsString("Give a reason for cancelling the milestone")));
		assertThat(milestone()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void anAchievedMilestoneCannotBeCancelled() throws Exception {
		this.jdbc.update("update milestone set status = 'ACHIEVED', achieved_on = ? where id = ?", this.today,
				this.milestoneId);
		var before = milestone();
		this.mvc.perform(cancel(version()).param("reason", "No longer needed"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An achieved milestone cannot be cancelled")))
			.andExpect(content().string(containsString("No longer needed")));
		assertThat(milestone()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void theMilestonePageLinksToEditAndCancelForItsPlanManager() throws Exception {
		this.mvc.perform(get("/milestones/{id}", this.milestoneId))
			.andExpect(content().string(containsString("href=\"/milestones/" + this.milestoneId + "/edit\"")))
			.andExpect(content().string(containsString("href=\"/milestones/" + this.milestoneId + "/cancel\"")));
		this.mvc.perform(get("/plans/{id}", this.planId))
			.andExpect(content().string(containsString("href=\"/plans/" + this.planId + "/milestones/new\"")));
	}

	@Test
	@WithUserDetails("officer")
	void anOfficerSeesNoLinksAndIsForbiddenTheForms() throws Exception {
		this.mvc.perform(get("/milestones/{id}", this.milestoneId))
			.andExpect(content().string(not(containsString("/edit\""))));
		var before = milestone();
		this.mvc.perform(edit(version()).param("title", "Officer's title")).andExpect(status().isForbidden());
		this.mvc.perform(cancel(version()).param("reason", "Officer")).andExpect(status().isForbidden());
		assertThat(milestone()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("cabinet")
	void aCabinetMemberIsForbiddenTheForms() throws Exception {
		int before = milestones();
		this.mvc
			.perform(create().param("title", "Cabinet's")
				.param("targetDay", "1")
				.param("targetMonth", "1")
				.param("targetYear", "2028"))
			.andExpect(status().isForbidden());
		assertThat(milestones()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("northgate.manager")
	void anotherAuthoritysManagerIsToldTheMilestoneDoesNotExist() throws Exception {
		var before = milestone();
		this.mvc.perform(get("/milestones/{id}/edit", this.milestoneId)).andExpect(status().isNotFound());
		this.mvc.perform(edit(version()).param("title", "Northgate's")).andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/{id}/milestones/new", this.planId)).andExpect(status().isNotFound());
		assertThat(milestone()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void aPostWithoutTheCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
		var before = milestone();
		int count = milestones();
		this.mvc
			.perform(post("/milestones/{id}/edit", this.milestoneId).param("version", "" + version())
				.param("title", "No token")
				.param("targetDay", "1")
				.param("targetMonth", "1")
				.param("targetYear", "2028")
				.param("status", "PLANNED"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/plans/{id}/milestones/new", this.planId).param("title", "No token")
				.param("targetDay", "1")
				.param("targetMonth", "1")
				.param("targetYear", "2028"))
			.andExpect(status().isForbidden());
		assertThat(milestone()).isEqualTo(before);
		assertThat(milestones()).isEqualTo(count);
	}

	private MockHttpServletRequestBuilder create() {
		return post("/plans/{id}/milestones/new", this.planId).with(csrf());
	}

	/** The edit form as the page posts it, with the milestone's target date kept. */
	private MockHttpServletRequestBuilder edit(long version) {
		var target = (LocalDate) this.jdbc.queryForObject("select target_on from milestone where id = ?",
				LocalDate.class, this.milestoneId);
		return post("/milestones/{id}/edit", this.milestoneId).with(csrf())
			.param("version", "" + version)
			.param("targetDay", "" + target.getDayOfMonth())
			.param("targetMonth", "" + target.getMonthValue())
			.param("targetYear", "" + target.getYear());
	}

	private MockHttpServletRequestBuilder cancel(long version) {
		return post("/milestones/{id}/cancel", this.milestoneId).with(csrf()).param("version", "" + version);
	}

	private long version() {
		return this.jdbc.queryForObject("select version from milestone where id = ?", Long.class, this.milestoneId);
	}

	private Map<String, Object> milestone() {
		return this.jdbc.queryForMap(
				"select title, description, target_on, achieved_on, status, cancellation_reason, version from milestone where id = ?",
				this.milestoneId);
	}

	private int milestones() {
		return this.jdbc.queryForObject("select count(*) from milestone", Integer.class);
	}

	private long planOf(String slug) {
		return this.jdbc.queryForObject("""
				select p.id from improvement_plan p join authority a on a.id = p.authority_id
				where a.slug = ? and p.status = 'ACTIVE' order by p.id limit 1""", Long.class, slug);
	}

}
