package org.turnaround.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.turnaround.action.Action;
import org.turnaround.action.ActionRepository;
import org.turnaround.action.ActionStatus;
import org.turnaround.action.ActionUpdateRepository;
import org.turnaround.action.RagPolicy;
import org.turnaround.audit.HistoryEntry.Kind;
import org.turnaround.milestone.Milestone;
import org.turnaround.milestone.MilestoneQueries;
import org.turnaround.milestone.MilestoneRepository;
import org.turnaround.plan.ImprovementPlan;
import org.turnaround.plan.PlanRepository;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;
import org.turnaround.support.PlanFixture.Built;
import org.turnaround.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Envers writes revisions when a transaction commits, so these tests commit their changes
 * (never inside a test transaction), keep apart from other tests' data by unique fixture
 * slugs and delete their records afterwards. Their history stays, as it would for any
 * deleted record.
 */
@IntegrationTest
class HistoryTests {

	@Autowired
	History history;

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ActionRepository actions;

	@Autowired
	ActionUpdateRepository updates;

	@Autowired
	PlanRepository plans;

	@Autowired
	MilestoneRepository milestones;

	@Autowired
	MilestoneQueries milestoneQueries;

	@Autowired
	AuditBaseline baseline;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RagPolicy ragPolicy;

	@Autowired
	Clock clock;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	MockMvc mvc;

	@Test
	void showsWhoChangedAnActionsDueDateAndStatusAndFromWhatToWhat() throws Exception {
		String slug = slug("history");
		var built = committedPlan(slug, 1, 1);
		var created = built.actions().get(0);
		var owner = built.owner();
		LocalDate dueBefore = created.getDueOn();
		LocalDate dueAfter = dueBefore.plusWeeks(6);

		AuditActors.runAs(AuditActor.of(owner.getId(), owner.getUsername()),
				() -> this.transaction.execute((status) -> {
					var action = this.actions.findById(created.getId()).orElseThrow();
					action.reviseDueDate(dueAfter, "Recruitment paused for the election");
					return this.updates.save(action.recordUpdate(owner.getId(), ActionStatus.IN_PROGRESS, 30,
							"Campaign agreed with HR", Instant.now(this.clock), this.clock.getZone(), this.ragPolicy));
				}));

		var entries = this.history.of(Action.class, created.getId());
		assertThat(entries).hasSize(2);
		var change = entries.get(0);
		assertThat(change.kind()).isEqualTo(Kind.CHANGED);
		assertThat(change.who()).isEqualTo("Fixture Owner " + slug);
		assertThat(change.when()).isCloseTo(LocalDateTime.now(this.clock), within(Duration.ofMinutes(1)));
		assertThat(change.changes()).containsExactly(FieldChange.value("Due date", words(dueBefore), words(dueAfter)),
				FieldChange.value("Reason for revising the due date", null, "Recruitment paused for the election"),
				FieldChange.value("Status", "Not started", "In progress"),
				FieldChange.value("Percent complete", "0%", "30%"));
		var creation = entries.get(1);
		assertThat(creation.kind()).isEqualTo(Kind.CREATED);
		assertThat(creation.who()).isEqualTo("System");
		assertThat(creation.changes()).isEmpty();

		this.mvc.perform(get("/actions/{id}", created.getId()).with(user(this.fixture.signedIn(owner))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2 class=\"govuk-heading-m\" id=\"changes\">Changes</h2>")))
			.andExpect(content().string(containsString("Fixture Owner " + slug)))
			.andExpect(content().string(containsString("changed from " + words(dueBefore) + " to " + words(dueAfter))))
			.andExpect(content().string(containsString("changed from Not started to In progress")));
	}

	@Test
	void readsAHistoryWithTheSameNumberOfStatementsForTwoRevisionsAsForTwenty() {
		var shortHistory = committedPlan(slug("history-short"), 1, 1).actions().get(0).getId();
		var longHistory = committedPlan(slug("history-long"), 1, 1).actions().get(0).getId();
		progress(shortHistory, 1);
		progress(longHistory, 19);

		this.sql.reset();
		var shortEntries = this.history.of(Action.class, shortHistory);
		long shortCount = this.sql.count();
		this.sql.reset();
		var longEntries = this.history.of(Action.class, longHistory);
		long longCount = this.sql.count();

		assertThat(shortEntries).hasSize(2);
		assertThat(longEntries).hasSize(20);
		assertThat(longEntries.get(0).changes()).containsExactly(FieldChange.value("Percent complete", "90%", "95%"));
		// the action's revisions, and those of its requirements collection
		assertThat(longCount).isEqualTo(shortCount).isEqualTo(2);
	}

	@Test
	void showsItemsAddedToAMilestoneAndChildrenAddedToAPlanByName() {
		var built = committedPlan(slug("history-items"), 1, 2);
		long planId = built.plan().getId();
		long milestoneId = this.milestoneQueries.forPlan(planId).get(0).id();
		this.transaction.executeWithoutResult((status) -> {
			this.milestones.findById(milestoneId).orElseThrow().dependsOn(built.actions().get(0).getId());
			this.plans.findById(planId).orElseThrow().addPriority("Workforce stability", null, "Director");
		});

		var milestoneChange = this.history.of(Milestone.class, milestoneId).get(0);
		assertThat(milestoneChange.changes())
			.containsExactly(FieldChange.items("Actions it depends on", List.of("1.1 Fixture action 1.1"), List.of()));
		var planChange = this.history.of(ImprovementPlan.class, planId).get(0);
		assertThat(planChange.kind()).isEqualTo(Kind.CHANGED);
		assertThat(planChange.changes())
			.containsExactly(FieldChange.items("Priorities", List.of("Priority 2: Workforce stability"), List.of()));
	}

	@Test
	void givesARecordWrittenWithoutEnversAStartingPointOnce() {
		var built = committedPlan(slug("history-baseline"), 1, 0);
		long milestoneId = this.transaction.execute((status) -> this.jdbc.sql("""
				insert into milestone (plan_id, title, target_on) values (:plan, 'Written by SQL', current_date)
				returning id""").param("plan", built.plan().getId()).query(Long.class).single());
		assertThat(this.history.of(Milestone.class, milestoneId)).isEmpty();

		assertThat(this.baseline.record()).isPositive();
		assertThat(this.baseline.record()).isZero();

		assertThat(this.history.of(Milestone.class, milestoneId)).singleElement()
			.satisfies((entry) -> assertThat(entry.kind()).isEqualTo(Kind.CREATED))
			.satisfies((entry) -> assertThat(entry.who()).isEqualTo("System"));
	}

	private final List<Long> authorities = new ArrayList<>();

	@AfterEach
	void deleteCommittedRecords() {
		this.transaction.executeWithoutResult((status) -> {
			for (String sql : List.of("""
					delete from action_update where action_id in (select a.id from action a
					  join improvement_plan p on p.id = a.plan_id where p.authority_id = :authority)""",
					"""
							delete from action where plan_id in (select id from improvement_plan where authority_id = :authority)""",
					"delete from improvement_plan where authority_id = :authority",
					"delete from improvement_notice where authority_id = :authority",
					"delete from account where authority_id = :authority",
					"delete from authority where id = :authority")) {
				this.authorities.forEach((authority) -> this.jdbc.sql(sql).param("authority", authority).update());
			}
		});
		this.authorities.clear();
	}

	private Built committedPlan(String slug, int priorities, int actionsPerPriority) {
		var built = this.transaction.execute((status) -> this.fixture.plan(slug, priorities, actionsPerPriority, 0));
		this.authorities.add(built.authority().getId());
		return built;
	}

	/** One committed progress update per revision, five points further each time. */
	private void progress(long actionId, int revisions) {
		for (int i = 1; i <= revisions; i++) {
			int percent = i * 5;
			this.transaction.executeWithoutResult((status) -> {
				var action = this.actions.findById(actionId).orElseThrow();
				this.updates.save(action.recordUpdate(action.getOwnerId(), ActionStatus.IN_PROGRESS, percent,
						"Progress to " + percent + "%", Instant.now(this.clock), this.clock.getZone(), this.ragPolicy));
			});
		}
	}

	private static String slug(String name) {
		return name + "-" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
	}

	private static String words(LocalDate date) {
		return new HistoryWording(ZoneId.of("Europe/London")).word(date);
	}

}
