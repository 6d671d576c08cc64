package org.turnaround.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.turnaround.demo.DemoSpecs.Account;
import org.turnaround.demo.DemoSpecs.Action;
import org.turnaround.demo.DemoSpecs.Authority;
import org.turnaround.demo.DemoSpecs.CaseAudit;
import org.turnaround.demo.DemoSpecs.Finding;
import org.turnaround.demo.DemoSpecs.Inspection;
import org.turnaround.demo.DemoSpecs.Measure;
import org.turnaround.demo.DemoSpecs.Milestone;
import org.turnaround.demo.DemoSpecs.Notice;
import org.turnaround.demo.DemoSpecs.Partnership;
import org.turnaround.demo.DemoSpecs.Plan;
import org.turnaround.demo.DemoSpecs.Priority;
import org.turnaround.demo.DemoSpecs.Status;
import org.turnaround.demo.DemoSpecs.Update;
import org.turnaround.demo.DemoSpecs.WorkforceReturn;

import org.turnaround.action.ActionStatus;
import org.turnaround.action.RagAssessment;
import org.turnaround.action.RagInput;
import org.turnaround.action.RagPolicy;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the demo content with plain SQL, turning day offsets into dates relative to the
 * load day. Used once, inside the loader's transaction.
 */
class DemoDataWriter {

	private static final long NOISE_SEED = 20_240_917L;

	private static final List<String> AREAS = List.of("HELP_AND_PROTECTION", "CHILDREN_IN_CARE", "CARE_LEAVERS",
			"IMPACT_OF_LEADERS");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final RagPolicy ragPolicy;

	// Every demo account signs in with the same published password, so one hash serves
	// them all.
	private final String demoPasswordHash;

	private final LocalDate today;

	private final Random noise = new Random(NOISE_SEED);

	private final Map<String, Long> authorities = new HashMap<>();

	private final Map<String, Long> accounts = new HashMap<>();

	DemoDataWriter(JdbcTemplate jdbc, Clock clock, RagPolicy ragPolicy, String demoPasswordHash) {
		this.ragPolicy = ragPolicy;
		this.demoPasswordHash = demoPasswordHash;
		this.jdbc = jdbc;
		this.clock = clock;
		this.today = LocalDate.now(clock);
	}

	void write(List<Authority> data) {
		for (var authority : data) {
			this.authorities.put(authority.slug(),
					insertId("insert into authority (name, slug) values (?, ?) returning id", authority.name(),
							authority.slug()));
		}
		for (var authority : data) {
			for (var account : authority.accounts()) {
				writeAccount(authority, account);
			}
		}
		for (var authority : data) {
			writeContent(authority);
		}
	}

	private void writeAccount(Authority authority, Account account) {
		var authorityId = account.belongsToAuthority() ? this.authorities.get(authority.slug()) : null;
		var id = insertId("""
				insert into account (username, display_name, job_title, email, role, authority_id, created_at,
				                     password_hash, password_changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", account.username(), account.displayName(),
				account.jobTitle(), email(account, authority), account.role(), authorityId,
				at(this.today.minusDays(440), 0), this.demoPasswordHash, at(this.today.minusDays(440), 0));
		this.accounts.put(account.username(), id);
		for (var slug : account.assignedTo()) {
			this.jdbc.update("insert into adviser_assignment (account_id, authority_id) values (?, ?)", id,
					required(this.authorities, slug, "authority"));
		}
	}

	private static String email(Account account, Authority authority) {
		var person = account.displayName().replace("Cllr ", "").replace("Dr ", "");
		var local = person.toLowerCase().replace("'", "").replace(' ', '.');
		return local + "@" + authority.slug() + ".example";
	}

	private void writeContent(Authority authority) {
		var authorityId = this.authorities.get(authority.slug());
		var notices = new HashMap<String, Long>();
		var requirements = new HashMap<String, Map<Integer, Long>>();
		for (var notice : authority.notices()) {
			var id = writeNotice(authorityId, notice, notices);
			notices.put(notice.key(), id);
			requirements.put(notice.key(), writeRequirements(id, notice.requirements()));
		}
		var partnerships = new HashMap<String, Long>();
		for (var partnership : authority.partnerships()) {
			partnerships.put(partnership.key(), writePartnership(authorityId, partnership));
		}
		var plan = authority.plan();
		var planId = insertId("""
				insert into improvement_plan (authority_id, notice_id, title, summary, starts_on, ends_on, status,
				                              endorsed_on, budget_pounds)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", authorityId,
				(plan.noticeKey() != null) ? notices.get(plan.noticeKey()) : null, plan.title(), plan.summary(),
				day(plan.startsIn()), day(plan.endsIn()), plan.status(), day(plan.endorsedIn()), plan.budgetPounds());
		var planRequirements = (plan.noticeKey() != null) ? requirements.get(plan.noticeKey())
				: Map.<Integer, Long>of();
		var priorities = new HashMap<Integer, Long>();
		var actions = new HashMap<String, Long>();
		for (var priority : plan.priorities()) {
			var priorityId = insertId("""
					insert into priority (plan_id, number, title, description, lead_name)
					values (?, ?, ?, ?, ?) returning id""", planId, priority.number(), priority.title(),
					priority.description(), priority.leadName());
			priorities.put(priority.number(), priorityId);
			for (var action : priority.actions()) {
				actions.put(priority.number() + "." + action.number(),
						writeAction(planId, priorityId, priority, action, partnerships, planRequirements));
			}
		}
		writeMilestones(planId, plan, actions);
		for (var measure : authority.measures()) {
			writeMeasure(authorityId, planId, priorities, actions, measure);
		}
		for (var audit : authority.caseAudits()) {
			writeCaseAudit(authorityId, audit);
		}
		for (var workforceReturn : authority.workforceReturns()) {
			writeWorkforceReturn(authorityId, workforceReturn);
		}
		for (var inspection : authority.inspections()) {
			writeInspection(authorityId, inspection, actions);
		}
	}

	private Long writeNotice(Long authorityId, Notice notice, Map<String, Long> earlier) {
		return insertId("""
				insert into improvement_notice (authority_id, title, kind, trigger_kind, trigger_detail, summary,
				    issued_on, review_interval_months, next_review_on, adviser_name, adviser_role,
				    adviser_appointed_on, status, status_changed_on, supersedes_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", authorityId, notice.title(),
				notice.kind(), notice.triggerKind(), notice.triggerDetail(), notice.summary(), day(notice.issuedIn()),
				notice.reviewIntervalMonths(), day(notice.nextReviewIn()), notice.adviserName(), notice.adviserRole(),
				day(notice.adviserAppointedIn()), notice.status(), day(notice.statusChangedIn()),
				(notice.supersedes() != null) ? required(earlier, notice.supersedes(), "notice") : null);
	}

	private Map<Integer, Long> writeRequirements(Long noticeId, List<String> texts) {
		var ids = new HashMap<Integer, Long>();
		for (int i = 0; i < texts.size(); i++) {
			ids.put(i + 1,
					insertId("insert into notice_requirement (notice_id, number, text) values (?, ?, ?) returning id",
							noticeId, i + 1, texts.get(i)));
		}
		return ids;
	}

	private Long writePartnership(Long authorityId, Partnership partnership) {
		return insertId("""
				insert into partnership (authority_id, partner_name, partner_kind, partner_authority_id, role,
				                         starts_on, ends_on)
				values (?, ?, ?, ?, ?, ?, ?) returning id""", authorityId, partnership.partnerName(),
				partnership.partnerKind(), (partnership.partnerSlug() != null)
						? required(this.authorities, partnership.partnerSlug(), "authority") : null,
				partnership.role(), day(partnership.startsIn()), day(partnership.endsIn()));
	}

	private Long writeAction(Long planId, Long priorityId, Priority priority, Action action,
			Map<String, Long> partnerships, Map<Integer, Long> requirements) {
		var latest = action.latest();
		var firstUpdateDay = this.today.minusDays(action.updates().get(0).daysAgo());
		var startsOn = day(action.startsIn());
		var createdOn = (startsOn.isBefore(firstUpdateDay) ? startsOn : firstUpdateDay).minusDays(3);
		var actionId = insertId("""
				insert into action (plan_id, priority_id, number, title, description, owner_id, lead_partnership_id,
				    starts_on, due_on, baseline_due_on, due_revision_reason, status, percent_complete,
				    last_update_at, completed_on, cancellation_reason, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", planId, priorityId,
				action.number(), action.title(), action.description(),
				required(this.accounts, action.owner(), "account"),
				(action.leadPartnership() != null) ? required(partnerships, action.leadPartnership(), "partnership")
						: null,
				startsOn, day(action.dueIn()), day(action.baselineDueIn()), action.dueRevisionReason(),
				latest.status().name(), latest.percent(), updateTime(priority, action, action.updates().size() - 1),
				(latest.status() == Status.COMPLETE) ? this.today.minusDays(latest.daysAgo()) : null,
				action.cancellationReason(), at(createdOn, 0));
		for (var number : action.requirements()) {
			this.jdbc.update("insert into action_requirement (action_id, requirement_id) values (?, ?)", actionId,
					required(requirements, number, "requirement"));
		}
		var ownerId = this.accounts.get(action.owner());
		var rows = new ArrayList<Object[]>();
		for (int i = 0; i < action.updates().size(); i++) {
			Update update = action.updates().get(i);
			var rag = ragWhenReported(action, update, i == action.updates().size() - 1, startsOn, createdOn);
			rows.add(new Object[] { actionId, ownerId, updateTime(priority, action, i), update.status().name(),
					update.percent(), update.commentary(), (rag.rag() != null) ? rag.rag().name() : null,
					rag.reason() });
		}
		this.jdbc.batchUpdate("""
				insert into action_update (action_id, author_id, recorded_at, status, percent_complete, commentary,
				                           rag, rag_reason)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		return actionId;
	}

	// Each update keeps the RAG the rules gave on the day it was reported, as the app
	// does when an
	// officer saves one, so the history shows how the action's RAG moved. A revised due
	// date is
	// taken to have been agreed at the latest update; earlier ones were judged against
	// the baseline.
	private RagAssessment ragWhenReported(Action action, Update update, boolean latest, LocalDate startsOn,
			LocalDate createdOn) {
		var reportedOn = this.today.minusDays(update.daysAgo());
		var dueOn = day(latest ? action.dueIn() : action.baselineDueIn());
		var input = new RagInput(ActionStatus.valueOf(update.status().name()), update.percent(), startsOn, dueOn,
				createdOn, reportedOn);
		return this.ragPolicy.assess(input, reportedOn);
	}

	// Spread updates across the working day so the history does not look machine-made.
	private OffsetDateTime updateTime(Priority priority, Action action, int index) {
		var daysAgo = action.updates().get(index).daysAgo();
		var minutes = (priority.number() * 97 + action.number() * 53 + index * 41) % 480;
		return at(this.today.minusDays(daysAgo), 40 + minutes);
	}

	private void writeMilestones(Long planId, Plan plan, Map<String, Long> actions) {
		for (Milestone milestone : plan.milestones()) {
			var id = insertId("""
					insert into milestone (plan_id, title, description, target_on, achieved_on, status)
					values (?, ?, ?, ?, ?, ?) returning id""", planId, milestone.title(), milestone.description(),
					day(milestone.targetIn()), day(milestone.achievedIn()), milestone.status());
			for (var code : milestone.actions()) {
				this.jdbc.update("insert into milestone_action (milestone_id, action_id) values (?, ?)", id,
						required(actions, code, "action"));
			}
		}
	}

	private void writeMeasure(Long authorityId, Long planId, Map<Integer, Long> priorities, Map<String, Long> actions,
			Measure measure) {
		var ownerId = required(this.accounts, measure.owner(), "account");
		var id = insertId("""
				insert into measure (authority_id, plan_id, priority_id, owner_id, name, description, unit, direction,
				                     target, headline)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", authorityId, planId,
				required(priorities, measure.priorityNumber(), "priority"), ownerId, measure.name(),
				measure.description(), measure.unit(), measure.direction(), measure.target(), measure.headline());
		var thisMonth = this.today.withDayOfMonth(1);
		var latestPossible = OffsetDateTime.now(this.clock).minusHours(1);
		var rows = new ArrayList<Object[]>();
		for (int monthsAgo = 12; monthsAgo >= 1; monthsAgo--) {
			var period = thisMonth.minusMonths(monthsAgo);
			var recorded = at(period.plusMonths(1).plusDays(6), 120);
			rows.add(new Object[] { id, period, monthlyValue(measure, monthsAgo), measure.notes().get(monthsAgo),
					ownerId, recorded.isAfter(latestPossible) ? latestPossible : recorded });
		}
		this.jdbc.batchUpdate("""
				insert into measure_value (measure_id, period_on, value, note, recorded_by_id, recorded_at)
				values (?, ?, ?, ?, ?, ?)""", rows);
		for (var code : measure.actions()) {
			this.jdbc.update("insert into measure_action (measure_id, action_id) values (?, ?)", id,
					required(actions, code, "action"));
		}
	}

	// A straight line from the first value to the last, with month-to-month noise of a
	// few
	// per cent of the distance travelled; last month's value is exact.
	private BigDecimal monthlyValue(Measure measure, int monthsAgo) {
		var progress = (12 - monthsAgo) / 11.0;
		var value = measure.first() + (measure.last() - measure.first()) * progress;
		if (monthsAgo > 1) {
			value += this.noise.nextGaussian() * 0.07 * Math.abs(measure.last() - measure.first());
		}
		if ("PERCENT".equals(measure.unit())) {
			value = Math.max(0, Math.min(100, value));
		}
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
	}

	private void writeCaseAudit(Long authorityId, CaseAudit audit) {
		this.jdbc.update("""
				insert into case_audit (authority_id, title, completed_on, cases_audited, outstanding, good,
				                        requires_improvement, inadequate, summary)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", authorityId, audit.title(), day(audit.completedIn()),
				audit.casesAudited(), audit.outstanding(), audit.good(), audit.requiresImprovement(),
				audit.inadequate(), audit.summary());
	}

	private void writeWorkforceReturn(Long authorityId, WorkforceReturn row) {
		this.jdbc.update("""
				insert into workforce_return (authority_id, period_on, social_workers_fte, vacancies_fte,
				                              agency_workers_fte, leavers_fte, average_caseload)
				values (?, ?, ?, ?, ?, ?, ?)""", authorityId, this.today.withDayOfMonth(1).minusMonths(row.monthsAgo()),
				row.socialWorkersFte(), row.vacanciesFte(), row.agencyWorkersFte(), row.leaversFte(),
				row.averageCaseload());
	}

	private void writeInspection(Long authorityId, Inspection inspection, Map<String, Long> actions) {
		var id = insertId("""
				insert into inspection (authority_id, kind, title, started_on, published_on, framework,
				                        overall_judgement, summary)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", authorityId, inspection.kind(), inspection.title(),
				day(inspection.startedIn()), day(inspection.publishedIn()), inspection.framework(),
				inspection.overallJudgement(), inspection.summary());
		for (var area : AREAS) {
			var judgement = inspection.judgements().get(area);
			if (judgement != null) {
				this.jdbc.update("insert into inspection_judgement (inspection_id, area, judgement) values (?, ?, ?)",
						id, area, judgement);
			}
		}
		for (int i = 0; i < inspection.findings().size(); i++) {
			Finding finding = inspection.findings().get(i);
			var findingId = insertId(
					"insert into inspection_finding (inspection_id, number, text) values (?, ?, ?) returning id", id,
					i + 1, finding.text());
			for (var code : finding.actions()) {
				this.jdbc.update("insert into finding_action (finding_id, action_id) values (?, ?)", findingId,
						required(actions, code, "action"));
			}
		}
	}

	private Long insertId(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	private LocalDate day(Integer offset) {
		return (offset != null) ? this.today.plusDays(offset) : null;
	}

	private OffsetDateTime at(LocalDate date, int minutesAfterNine) {
		return date.atTime(LocalTime.of(9, 0).plusMinutes(minutesAfterNine))
			.atZone(this.clock.getZone())
			.toOffsetDateTime();
	}

	private static <K> Long required(Map<K, Long> ids, K key, String what) {
		var id = ids.get(key);
		if (id == null) {
			throw new IllegalStateException("Demo data refers to an unknown " + what + ": " + key);
		}
		return id;
	}

}
