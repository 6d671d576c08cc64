package org.turnaround.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.turnaround.action.ActionRow;
import org.turnaround.action.ActionStatus;
import org.turnaround.action.Rag;
import org.turnaround.action.RagAssessment;
import org.turnaround.caseaudit.CaseAuditRound;
import org.turnaround.inspection.JudgementHistoryColumn;
import org.turnaround.measure.MeasureSummary;
import org.turnaround.milestone.MilestoneRow;
import org.turnaround.plan.PlanQueries.PriorityRow;
import org.turnaround.plan.RagCounts;
import org.turnaround.workforce.WorkforcePeriod;

/**
 * Where a plan stands on a day: RAG counts for the plan and each priority, the actions
 * that need attention, the milestones, the RAG trend over the plan's life and, on the
 * live dashboard, what changed since a chosen day.
 *
 * @param changes what changed since a day; null in the report
 */
public record Dashboard(PlanHeader header, LocalDate asOf, RagCounts total, List<PriorityProgress> priorities,
		List<Concern> concerns, List<MilestoneRow> milestones, List<TrendPoint> trend, Changes changes, Impact impact) {

	/**
	 * The evidence that services are improving, as it stood on the day: the plan's
	 * headline measures, and the authority's case-audit rounds, workforce returns and
	 * judged inspections up to then, oldest first.
	 */
	public record Impact(List<MeasureSummary> measures, List<CaseAuditRound> caseAudits,
			List<WorkforcePeriod> workforce, List<JudgementHistoryColumn> inspections) {

		/** The latest judged inspection, or null when there is none. */
		public JudgementHistoryColumn latestInspection() {
			return this.inspections.isEmpty() ? null : this.inspections.get(this.inspections.size() - 1);
		}

		/** The latest audit round, or null when there is none. */
		public CaseAuditRound latestCaseAudit() {
			return this.caseAudits.isEmpty() ? null : this.caseAudits.get(this.caseAudits.size() - 1);
		}

		/** The round before the latest, or null. */
		public CaseAuditRound previousCaseAudit() {
			return (this.caseAudits.size() < 2) ? null : this.caseAudits.get(this.caseAudits.size() - 2);
		}

		/** The latest workforce return, or null when there is none. */
		public WorkforcePeriod latestWorkforce() {
			return this.workforce.isEmpty() ? null : this.workforce.get(this.workforce.size() - 1);
		}

	}

	/** The counts of one priority's actions. */
	public record PriorityProgress(PriorityRow priority, RagCounts counts) {

	}

	/**
	 * An action off track or overdue on the day, with the commentary of its latest update
	 * (in the report; null on the page, which links to the action instead).
	 */
	public record Concern(ActionRow action, long daysOverdue, String commentary) {

		static Concern of(ActionRow action, LocalDate day, String commentary) {
			long overdue = action.overdue(day) ? ChronoUnit.DAYS.between(action.dueOn(), day) : 0;
			return new Concern(action, overdue, commentary);
		}

		static boolean applies(ActionRow action, LocalDate day) {
			return action.overdue(day) || (action.rag().hasRag() && action.rag().rag() == Rag.RED);
		}

	}

	/** The RAG counts at the end of one day: a month's last day, or the day itself. */
	public record TrendPoint(LocalDate day, RagCounts counts) {

	}

	/**
	 * What changed between the end of {@code since} and now.
	 *
	 * @param changed actions whose RAG or status differs, or that were added since
	 * @param newlyOverdue actions overdue now that were not then
	 * @param turnedRed actions off track now that were not then
	 */
	public record Changes(LocalDate since, List<ActionChange> changed, List<ActionRow> newlyOverdue,
			List<ActionRow> turnedRed, List<MilestoneRow> achieved, List<MilestoneRow> missed) {

		public boolean none() {
			return this.changed.isEmpty() && this.newlyOverdue.isEmpty() && this.achieved.isEmpty()
					&& this.missed.isEmpty();
		}

	}

	/** An action now, and as it was then (null when it was added since). */
	public record ActionChange(ActionRow now, Then before) {

		public boolean added() {
			return this.before == null;
		}

	}

	/**
	 * What the changes compare of an action as it stood at the end of the "since" day:
	 * small enough to keep for a plan's day (see {@link TrendCache}).
	 *
	 * @param overdue whether it was overdue on that day
	 */
	public record Then(long id, ActionStatus status, RagAssessment rag, boolean overdue) {

		static Then of(ActionRow action, LocalDate day) {
			return new Then(action.id(), action.status(), action.rag(), action.overdue(day));
		}

	}

}
