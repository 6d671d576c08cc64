package org.turnaround.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.turnaround.action.ActionAsAt;
import org.turnaround.action.ActionQueries;
import org.turnaround.action.ActionRow;
import org.turnaround.action.Rag;
import org.turnaround.action.RagAssessment;
import org.turnaround.dashboard.Dashboard.ActionChange;
import org.turnaround.dashboard.Dashboard.Changes;
import org.turnaround.dashboard.Dashboard.Concern;
import org.turnaround.dashboard.Dashboard.Impact;
import org.turnaround.dashboard.Dashboard.PriorityProgress;
import org.turnaround.dashboard.Dashboard.Then;
import org.turnaround.dashboard.Dashboard.TrendPoint;
import org.turnaround.caseaudit.CaseAuditQueries;
import org.turnaround.inspection.InspectionQueries;
import org.turnaround.measure.MeasureQueries;
import org.turnaround.measure.MeasureSummary;
import org.turnaround.milestone.MilestoneQueries;
import org.turnaround.milestone.MilestoneRow;
import org.turnaround.milestone.MilestoneStatus;
import org.turnaround.plan.PlanQueries;
import org.turnaround.plan.RagCounts;
import org.turnaround.workforce.WorkforceQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a plan's dashboard from a fixed handful of statements: the header, the
 * priorities, the actions (live, or as recorded on a day), one statement for the days of
 * the trend not cached (see {@link TrendCache}) and the "since" day together, the
 * milestones, the headline measures, the case-audit rounds, the workforce returns and the
 * judged inspections.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

	/** The trend shows at most this many points: three years of months. */
	static final int MAX_TREND_POINTS = 36;

	private static final Comparator<Concern> MOST_OVERDUE_FIRST = Comparator.comparingLong(Concern::daysOverdue)
		.reversed()
		.thenComparingInt((concern) -> concern.action().priorityNumber())
		.thenComparingInt((concern) -> concern.action().number());

	private final DashboardQueries queries;

	private final PlanQueries plans;

	private final ActionQueries actions;

	private final MilestoneQueries milestones;

	private final MeasureQueries measures;

	private final CaseAuditQueries caseAudits;

	private final WorkforceQueries workforce;

	private final InspectionQueries inspections;

	private final TrendCache trendCache;

	private final Clock clock;

	Dashboards(DashboardQueries queries, PlanQueries plans, ActionQueries actions, MilestoneQueries milestones,
			MeasureQueries measures, CaseAuditQueries caseAudits, WorkforceQueries workforce,
			InspectionQueries inspections, TrendCache trendCache, Clock clock) {
		this.inspections = inspections;
		this.queries = queries;
		this.plans = plans;
		this.actions = actions;
		this.milestones = milestones;
		this.measures = measures;
		this.caseAudits = caseAudits;
		this.workforce = workforce;
		this.trendCache = trendCache;
		this.clock = clock;
	}

	public Optional<PlanHeader> header(long planId) {
		return this.queries.header(planId);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The live dashboard: today's state, and what changed since the given day. */
	Dashboard now(PlanHeader header, LocalDate since) {
		var today = today();
		var live = this.actions.forPlan(header.planId());
		var trendDays = trendDays(header, today);
		// Today's point of the trend is today's state, already read: the audit trail is
		// read only for the "since" day and past days, where not cached.
		var then = this.trendCache.then(header.planId(), header.actionsStamp(), since);
		var recorded = recorded(header, trendDays, (then != null) ? Set.of() : Set.of(since),
				Map.of(today, RagCounts.of(live)), today);
		if (then == null) {
			then = recorded.rows().get(since).stream().map((state) -> Then.of(state.action(), since)).toList();
			this.trendCache.rememberThen(header.planId(), header.actionsStamp(), since, then, today);
		}
		var milestones = this.milestones.forPlan(header.planId());
		var concerns = live.stream()
			.filter((action) -> Concern.applies(action, today))
			.map((action) -> Concern.of(action, today, null))
			.sorted(MOST_OVERDUE_FIRST)
			.toList();
		return new Dashboard(header, today, RagCounts.of(live), byPriority(header, live), concerns, milestones,
				trend(trendDays, recorded.counts()), changes(since, today, then, live, milestones),
				impact(header, this.measures.headline(header.planId()), today));
	}

	/**
	 * The dashboard as recorded at the end of a day, for the report: later updates and
	 * changes are ignored, so the same day gives the same report.
	 */
	public Dashboard asAt(PlanHeader header, LocalDate day) {
		var trendDays = trendDays(header, day);
		var recorded = recorded(header, trendDays, Set.of(day), Map.of(), today());
		var onDay = recorded.rows().get(day);
		var actions = rows(onDay);
		var concerns = onDay.stream()
			.filter((state) -> Concern.applies(state.action(), day))
			.map((state) -> Concern.of(state.action(), day, state.latestCommentary()))
			.sorted(MOST_OVERDUE_FIRST)
			.toList();
		var milestones = this.milestones.forPlanAsAt(header.planId(), day, this.clock.getZone());
		return new Dashboard(header, day, RagCounts.of(actions), byPriority(header, actions), concerns, milestones,
				trend(trendDays, recorded.counts()), null,
				impact(header, this.measures.headlineAsAt(header.planId(), day), day));
	}

	/**
	 * The last day of every month from the plan's start up to the month before the given
	 * day, then the day itself; at most {@link #MAX_TREND_POINTS}, the latest kept.
	 */
	static List<LocalDate> trendDays(PlanHeader header, LocalDate day) {
		var days = new ArrayList<LocalDate>();
		var last = YearMonth.from(day).minusMonths(1);
		for (var month = YearMonth.from(header.startsOn()); !month.isAfter(last); month = month.plusMonths(1)) {
			days.add(month.atEndOfMonth());
		}
		days.add(day);
		return List.copyOf(days.subList(Math.max(0, days.size() - MAX_TREND_POINTS), days.size()));
	}

	// Audit rounds, workforce returns and inspections are dated by when they happened, so
	// those after the day are left out.
	private Impact impact(PlanHeader header, List<MeasureSummary> measures, LocalDate day) {
		var rounds = this.caseAudits.rounds(header.authorityId())
			.stream()
			.filter((round) -> !round.completedOn().isAfter(day))
			.toList();
		var periods = this.workforce.periods(header.authorityId())
			.stream()
			.filter((period) -> !period.periodOn().isAfter(day))
			.toList();
		var inspections = this.inspections.history(header.authorityId())
			.stream()
			.filter((inspection) -> !inspection.startedOn().isAfter(day))
			.toList();
		return new Impact(measures, rounds, periods, inspections);
	}

	private List<PriorityProgress> byPriority(PlanHeader header, List<ActionRow> actions) {
		Map<Long, List<ActionRow>> byPriority = actions.stream().collect(Collectors.groupingBy(ActionRow::priorityId));
		return this.plans.priorities(header.planId())
			.stream()
			.map((priority) -> new PriorityProgress(priority,
					RagCounts.of(byPriority.getOrDefault(priority.id(), List.of()))))
			.toList();
	}

	/**
	 * Every action as recorded at the end of each day that needs its rows, and the RAG
	 * counts of every trend day: those already counted as given, a finished day's from
	 * the cache while the plan's actions are unchanged, the others read with the rows, in
	 * one statement.
	 */
	private Recorded recorded(PlanHeader header, List<LocalDate> trendDays, Set<LocalDate> rowDays,
			Map<LocalDate, RagCounts> counted, LocalDate today) {
		long planId = header.planId();
		var stamp = header.actionsStamp();
		var known = new HashMap<>(this.trendCache.counts(planId, stamp));
		known.putAll(counted);
		var days = new TreeSet<>(rowDays);
		trendDays.stream().filter((day) -> !known.containsKey(day)).forEach(days::add);
		var rows = this.actions.forPlanAsAt(planId, days);
		var counts = new HashMap<>(known);
		for (var day : trendDays) {
			counts.computeIfAbsent(day, (missing) -> RagCounts.of(rows(rows.get(missing))));
		}
		this.trendCache.remember(planId, stamp, counts, today);
		return new Recorded(rows, counts);
	}

	private record Recorded(Map<LocalDate, List<ActionAsAt>> rows, Map<LocalDate, RagCounts> counts) {

	}

	private static List<TrendPoint> trend(List<LocalDate> days, Map<LocalDate, RagCounts> counts) {
		return days.stream().map((day) -> new TrendPoint(day, counts.get(day))).toList();
	}

	private static List<ActionRow> rows(List<ActionAsAt> states) {
		return states.stream().map(ActionAsAt::action).toList();
	}

	static Changes changes(LocalDate since, LocalDate today, List<Then> then, List<ActionRow> now,
			List<MilestoneRow> milestones) {
		Map<Long, Then> before = then.stream().collect(Collectors.toMap(Then::id, Function.identity()));
		var changed = new ArrayList<ActionChange>();
		var newlyOverdue = new ArrayList<ActionRow>();
		var turnedRed = new ArrayList<ActionRow>();
		for (var action : now) {
			var was = before.get(action.id());
			if (was == null || was.status() != action.status() || rag(was.rag()) != rag(action.rag())) {
				changed.add(new ActionChange(action, was));
			}
			if (action.overdue(today) && (was == null || !was.overdue())) {
				newlyOverdue.add(action);
			}
			if (rag(action.rag()) == Rag.RED && (was == null || rag(was.rag()) != Rag.RED)) {
				turnedRed.add(action);
			}
		}
		var achieved = milestones.stream()
			.filter((m) -> m.achievedOn() != null && m.achievedOn().isAfter(since) && !m.achievedOn().isAfter(today))
			.toList();
		var missed = milestones.stream()
			.filter((m) -> (m.status() == MilestoneStatus.MISSED || m.late(today)) && m.targetOn().isAfter(since)
					&& m.targetOn().isBefore(today))
			.toList();
		return new Changes(since, changed, newlyOverdue, turnedRed, achieved, missed);
	}

	private static Rag rag(RagAssessment assessment) {
		return assessment.hasRag() ? assessment.rag() : null;
	}

}
