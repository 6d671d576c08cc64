package org.turnaround.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The shapes the demo content is written in. Every date is a number of days from the day
 * the data is loaded (negative is in the past), so the demo never goes stale: what is
 * overdue, due soon or out of date stays so whenever it is loaded.
 */
final class DemoSpecs {

	private DemoSpecs() {
	}

	enum Status {

		NOT_STARTED, IN_PROGRESS, BLOCKED, COMPLETE, CANCELLED

	}

	record Authority(String name, String slug, List<Account> accounts, List<Notice> notices,
			List<Partnership> partnerships, Plan plan, List<Measure> measures, List<CaseAudit> caseAudits,
			List<WorkforceReturn> workforceReturns, List<Inspection> inspections) {

	}

	/**
	 * @param assignedTo slugs of the authorities an adviser is assigned to
	 */
	record Account(String username, String displayName, String jobTitle, String role, boolean belongsToAuthority,
			List<String> assignedTo) {

		static Account member(String username, String displayName, String jobTitle, String role) {
			return new Account(username, displayName, jobTitle, role, true, List.of());
		}

		static Account unattached(String username, String displayName, String jobTitle, String role,
				String... assignedTo) {
			return new Account(username, displayName, jobTitle, role, false, List.of(assignedTo));
		}

	}

	/**
	 * @param key how other specs refer to this notice
	 * @param supersedes key of the notice this one replaced, or null
	 */
	record Notice(String key, String title, String kind, String triggerKind, String triggerDetail, String summary,
			int issuedIn, Integer reviewIntervalMonths, Integer nextReviewIn, String adviserName, String adviserRole,
			Integer adviserAppointedIn, String status, Integer statusChangedIn, String supersedes,
			List<String> requirements) {

	}

	/**
	 * @param partnerSlug the partner authority's slug, or null for an agency
	 */
	record Partnership(String key, String partnerName, String partnerKind, String partnerSlug, String role,
			int startsIn, Integer endsIn) {

	}

	/**
	 * @param noticeKey the notice the plan answers, or null
	 */
	record Plan(String title, String summary, String noticeKey, int startsIn, int endsIn, String status,
			Integer endorsedIn, BigDecimal budgetPounds, List<Priority> priorities, List<Milestone> milestones) {

	}

	record Priority(int number, String title, String description, String leadName, List<Action> actions) {

	}

	record Update(int daysAgo, Status status, int percent, String commentary) {

	}

	/**
	 * @param number the action's number within its priority
	 * @param leadPartnership key of the partnership that leads the action, or null
	 * @param requirements numbers of the plan's notice requirements the action answers
	 */
	record Action(int number, String title, String description, String owner, int startsIn, int dueIn,
			int baselineDueIn, String dueRevisionReason, String leadPartnership, List<Integer> requirements,
			String cancellationReason, List<Update> updates) {

		Update latest() {
			return this.updates.get(this.updates.size() - 1);
		}

	}

	/**
	 * @param actions codes ("2.3") of the actions the milestone depends on
	 */
	record Milestone(String title, String description, int targetIn, Integer achievedIn, String status,
			List<String> actions) {

		static Milestone achieved(String title, String description, int targetIn, int achievedIn, String... actions) {
			return new Milestone(title, description, targetIn, achievedIn, "ACHIEVED", List.of(actions));
		}

		static Milestone missed(String title, String description, int targetIn, String... actions) {
			return new Milestone(title, description, targetIn, null, "MISSED", List.of(actions));
		}

		static Milestone planned(String title, String description, int targetIn, String... actions) {
			return new Milestone(title, description, targetIn, null, "PLANNED", List.of(actions));
		}

	}

	/**
	 * A measure whose twelve monthly values run from {@code first} to {@code last} with a
	 * little noise in between, as real monthly returns do.
	 *
	 * @param notes notes on particular values, keyed by months before the load month (1
	 * is last month)
	 */
	record Measure(String name, String description, String unit, String direction, BigDecimal target, boolean headline,
			int priorityNumber, String owner, double first, double last, Map<Integer, String> notes,
			List<String> actions) {

	}

	record CaseAudit(String title, int completedIn, int outstanding, int good, int requiresImprovement, int inadequate,
			String summary) {

		int casesAudited() {
			return this.outstanding + this.good + this.requiresImprovement + this.inadequate;
		}

	}

	/**
	 * @param monthsAgo the return's period, as whole months before the load month
	 */
	record WorkforceReturn(int monthsAgo, double socialWorkersFte, double vacanciesFte, double agencyWorkersFte,
			double leaversFte, double averageCaseload) {

	}

	record Inspection(String kind, String title, int startedIn, Integer publishedIn, String framework,
			String overallJudgement, String summary, Map<String, String> judgements, List<Finding> findings) {

	}

	/**
	 * @param actions codes of the plan's actions that answer the finding
	 */
	record Finding(String text, List<String> actions) {

		static Finding of(String text, String... actions) {
			return new Finding(text, List.of(actions));
		}

	}

	/**
	 * Reads an action as a definition of what happened to it: its plan dates and then its
	 * updates in the order they were written. Checks as it goes so that a slip in the
	 * content fails the load (and so the tests) instead of producing an impossible
	 * history.
	 */
	static final class ActionBuilder {

		private final int number;

		private final String title;

		private final String owner;

		private String description;

		private int startsIn;

		private int dueIn;

		private Integer baselineDueIn;

		private String dueRevisionReason;

		private String leadPartnership;

		private List<Integer> requirements = List.of();

		private String cancellationReason;

		private final List<Update> updates = new ArrayList<>();

		ActionBuilder(int number, String title, String owner) {
			this.number = number;
			this.title = title;
			this.owner = owner;
		}

		ActionBuilder describedAs(String description) {
			this.description = description;
			return this;
		}

		ActionBuilder runs(int startsIn, int dueIn) {
			this.startsIn = startsIn;
			this.dueIn = dueIn;
			return this;
		}

		ActionBuilder revisedFrom(int baselineDueIn, String reason) {
			this.baselineDueIn = baselineDueIn;
			this.dueRevisionReason = reason;
			return this;
		}

		ActionBuilder ledBy(String partnershipKey) {
			this.leadPartnership = partnershipKey;
			return this;
		}

		ActionBuilder answers(Integer... requirementNumbers) {
			this.requirements = Arrays.asList(requirementNumbers);
			return this;
		}

		ActionBuilder update(int daysAgo, Status status, int percent, String commentary) {
			if (!this.updates.isEmpty()) {
				var previous = this.updates.get(this.updates.size() - 1);
				check(daysAgo < previous.daysAgo(), "updates must be in the order they were written");
				check(percent >= previous.percent(), "progress must not go backwards");
			}
			check(daysAgo >= 1 && daysAgo <= 366, "updates must fall within the past year");
			this.updates.add(new Update(daysAgo, status, percent, commentary.strip()));
			return this;
		}

		ActionBuilder cancelled(int daysAgo, String commentary, String reason) {
			var percent = this.updates.isEmpty() ? 0 : this.updates.get(this.updates.size() - 1).percent();
			this.cancellationReason = reason;
			return update(daysAgo, Status.CANCELLED, percent, commentary);
		}

		Action build() {
			check(this.dueIn >= this.startsIn, "an action cannot be due before it starts");
			var baseline = (this.baselineDueIn != null) ? this.baselineDueIn : this.dueIn;
			check(baseline >= this.startsIn, "the baseline due date cannot be before the start");
			check(this.updates.size() >= 3 || this.cancellationReason != null, "needs at least three updates");
			var latest = this.updates.get(this.updates.size() - 1);
			check(latest.status() != Status.COMPLETE || latest.percent() == 100, "a complete action is 100% done");
			check((latest.status() == Status.CANCELLED) == (this.cancellationReason != null),
					"only a cancelled action has a cancellation reason");
			return new Action(this.number, this.title, this.description, this.owner, this.startsIn, this.dueIn,
					baseline, this.dueRevisionReason, this.leadPartnership, this.requirements, this.cancellationReason,
					List.copyOf(this.updates));
		}

		private void check(boolean condition, String message) {
			if (!condition) {
				throw new IllegalStateException("Demo action " + this.number + " \"" + this.title + "\": " + message);
			}
		}

	}

}
