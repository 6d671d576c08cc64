package org.turnaround.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.turnaround.web.DateInput;

import org.springframework.util.StringUtils;

/**
 * The plan form as posted. Every field arrives as text so that a date like "31 2" or a
 * budget of "lots" becomes a message on the field rather than a failed binding.
 *
 * @param noticeId the notice the plan answers, or empty for none
 * @param statusAction on the edit form only: {@code ENDORSE} to record cabinet's
 * endorsement on the endorsed date, {@code ACTIVATE} to make an endorsed plan active, or
 * empty to leave the status as it is
 */
record PlanForm(String title, String summary, String noticeId, String startsDay, String startsMonth, String startsYear,
		String endsDay, String endsMonth, String endsYear, String budget, String statusAction, String endorsedDay,
		String endorsedMonth, String endorsedYear, Long version) {

	static final int MAX_SUMMARY_LENGTH = 20000;

	static final String ENDORSE = "ENDORSE";

	static final String ACTIVATE = "ACTIVATE";

	// numeric(14, 2)
	private static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

	/** An empty form for a new plan. */
	static PlanForm empty() {
		return new PlanForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The form as first shown for a plan: what it says now. */
	static PlanForm of(ImprovementPlan plan) {
		var starts = plan.getStartsOn();
		var ends = plan.getEndsOn();
		return new PlanForm(plan.getTitle(), plan.getSummary(),
				(plan.getNoticeId() != null) ? plan.getNoticeId().toString() : null, DateInput.day(starts),
				DateInput.month(starts), DateInput.year(starts), DateInput.day(ends), DateInput.month(ends),
				DateInput.year(ends), (plan.getBudgetPounds() != null) ? plan.getBudgetPounds().toPlainString() : null,
				null, null, null, null, plan.getVersion());
	}

	/**
	 * The same input against a newer version, for someone to re-apply after a conflict.
	 */
	PlanForm against(long newVersion) {
		return new PlanForm(this.title, this.summary, this.noticeId, this.startsDay, this.startsMonth, this.startsYear,
				this.endsDay, this.endsMonth, this.endsYear, this.budget, this.statusAction, this.endorsedDay,
				this.endorsedMonth, this.endorsedYear, newVersion);
	}

	/**
	 * What is wrong with the input on its own, keyed by field id in page order.
	 * @param noticeIds the notices of the plan's authority, the only ones it may answer
	 */
	Map<String, String> problems(Set<Long> noticeIds) {
		var problems = new LinkedHashMap<String, String>();
		if (!StringUtils.hasText(this.title)) {
			problems.put("title", "Enter a title for the plan");
		}
		else if (this.title.strip().length() > ImprovementPlan.MAX_TITLE_LENGTH) {
			problems.put("title", "The title must be " + ImprovementPlan.MAX_TITLE_LENGTH + " characters or fewer");
		}
		if (this.summary != null && this.summary.length() > MAX_SUMMARY_LENGTH) {
			problems.put("summary", "The summary must be 20,000 characters or fewer");
		}
		if (StringUtils.hasText(this.noticeId)
				&& (noticeIdValue().isEmpty() || !noticeIds.contains(noticeIdValue().get()))) {
			problems.put("noticeId", "Choose one of your authority's notices, or none");
		}
		if (!DateInput.given(this.startsDay, this.startsMonth, this.startsYear)) {
			problems.put("startsDay", "Enter the date the plan starts");
		}
		else if (startsOn().isEmpty()) {
			problems.put("startsDay", "The start date must be a real date, like 1 4 2026");
		}
		if (!DateInput.given(this.endsDay, this.endsMonth, this.endsYear)) {
			problems.put("endsDay", "Enter the date the plan ends");
		}
		else if (endsOn().isEmpty()) {
			problems.put("endsDay", "The end date must be a real date, like 31 3 2028");
		}
		else if (startsOn().isPresent() && endsOn().get().isBefore(startsOn().get())) {
			problems.put("endsDay", "The plan cannot end before it starts");
		}
		if (StringUtils.hasText(this.budget)) {
			var pounds = budgetValue();
			if (pounds.isEmpty()) {
				problems.put("budget", "The budget must be an amount in pounds, like 250000 or 1,250,000.50");
			}
			else if (pounds.get().signum() < 0) {
				problems.put("budget", "The budget cannot be negative");
			}
			else if (pounds.get().compareTo(MAX_BUDGET) > 0 || pounds.get().scale() > 2) {
				problems.put("budget", "The budget must be in pounds and pence, under a trillion pounds");
			}
		}
		if (StringUtils.hasText(this.statusAction) && !ENDORSE.equals(this.statusAction)
				&& !ACTIVATE.equals(this.statusAction)) {
			problems.put("statusAction", "Choose whether to change the plan's status");
		}
		if (ENDORSE.equals(this.statusAction)) {
			if (!DateInput.given(this.endorsedDay, this.endorsedMonth, this.endorsedYear)) {
				problems.put("endorsedDay", "Enter the date cabinet endorsed the plan");
			}
			else if (endorsedOn().isEmpty()) {
				problems.put("endorsedDay", "The date endorsed must be a real date, like 31 3 2026");
			}
		}
		return problems;
	}

	Optional<Long> noticeIdValue() {
		try {
			return Optional.of(Long.parseLong(this.noticeId.strip()));
		}
		catch (NullPointerException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	Optional<BigDecimal> budgetValue() {
		try {
			return Optional.of(new BigDecimal(this.budget.strip().replace("£", "").replace(",", "")));
		}
		catch (NullPointerException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	Optional<LocalDate> startsOn() {
		return DateInput.parse(this.startsDay, this.startsMonth, this.startsYear);
	}

	Optional<LocalDate> endsOn() {
		return DateInput.parse(this.endsDay, this.endsMonth, this.endsYear);
	}

	Optional<LocalDate> endorsedOn() {
		return DateInput.parse(this.endorsedDay, this.endorsedMonth, this.endorsedYear);
	}

	static String blankToNull(String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

}
