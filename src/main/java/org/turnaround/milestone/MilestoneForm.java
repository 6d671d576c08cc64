package org.turnaround.milestone;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.turnaround.web.DateInput;

import org.springframework.util.StringUtils;

/**
 * The milestone form as posted. Every field arrives as text so that a date like "31 2" or
 * a tampered action id becomes a message on the field rather than a failed binding.
 *
 * @param actions the ids of the actions the milestone depends on, as checked
 * @param status on the edit form only: the status chosen, {@code PLANNED},
 * {@code ACHIEVED} or {@code MISSED}
 */
record MilestoneForm(String title, String description, String targetDay, String targetMonth, String targetYear,
		List<String> actions, String status, String achievedDay, String achievedMonth, String achievedYear,
		Long version) {

	static final int MAX_DESCRIPTION_LENGTH = 5000;

	/** An empty form for a new milestone. */
	static MilestoneForm empty() {
		return new MilestoneForm(null, null, null, null, null, List.of(), null, null, null, null, null);
	}

	/** The form as first shown for a milestone: what it says now. */
	static MilestoneForm of(Milestone milestone) {
		var target = milestone.getTargetOn();
		var achieved = milestone.getAchievedOn();
		return new MilestoneForm(milestone.getTitle(), milestone.getDescription(),
				Integer.toString(target.getDayOfMonth()), Integer.toString(target.getMonthValue()),
				Integer.toString(target.getYear()), milestone.getActionIds().stream().map(String::valueOf).toList(),
				milestone.getStatus().name(), (achieved != null) ? Integer.toString(achieved.getDayOfMonth()) : null,
				(achieved != null) ? Integer.toString(achieved.getMonthValue()) : null,
				(achieved != null) ? Integer.toString(achieved.getYear()) : null, milestone.getVersion());
	}

	/**
	 * The same input against a newer version, for someone to re-apply after a conflict.
	 */
	MilestoneForm against(long newVersion) {
		return new MilestoneForm(this.title, this.description, this.targetDay, this.targetMonth, this.targetYear,
				this.actions, this.status, this.achievedDay, this.achievedMonth, this.achievedYear, newVersion);
	}

	/**
	 * What is wrong with the input on its own, keyed by field id in page order.
	 * @param planActions the ids of the actions of the milestone's plan
	 * @param withStatus whether the form asks for a status (the edit form)
	 */
	Map<String, String> problems(Set<Long> planActions, boolean withStatus) {
		var problems = new LinkedHashMap<String, String>();
		if (!StringUtils.hasText(this.title)) {
			problems.put("title", "Enter a title for the milestone");
		}
		else if (this.title.strip().length() > Milestone.MAX_TITLE_LENGTH) {
			problems.put("title", "The title must be " + Milestone.MAX_TITLE_LENGTH + " characters or fewer");
		}
		if (this.description != null && this.description.length() > MAX_DESCRIPTION_LENGTH) {
			problems.put("description", "The description must be 5,000 characters or fewer");
		}
		if (!DateInput.given(this.targetDay, this.targetMonth, this.targetYear)) {
			problems.put("targetDay", "Enter the milestone's target date");
		}
		else if (targetOn().isEmpty()) {
			problems.put("targetDay", "The target date must be a real date, like 31 3 2027");
		}
		if (actionIds().map((ids) -> !planActions.containsAll(ids)).orElse(true)) {
			problems.put("actions", "Choose actions from this plan");
		}
		if (withStatus) {
			if (statusValue().isEmpty()) {
				problems.put("status", "Choose planned, achieved or missed");
			}
			else if (statusValue().get() == MilestoneStatus.ACHIEVED) {
				if (!DateInput.given(this.achievedDay, this.achievedMonth, this.achievedYear)) {
					problems.put("achievedDay", "Enter the date the milestone was achieved");
				}
				else if (achievedOn().isEmpty()) {
					problems.put("achievedDay", "The date achieved must be a real date, like 31 3 2027");
				}
			}
		}
		return problems;
	}

	Optional<LocalDate> targetOn() {
		return DateInput.parse(this.targetDay, this.targetMonth, this.targetYear);
	}

	Optional<LocalDate> achievedOn() {
		return DateInput.parse(this.achievedDay, this.achievedMonth, this.achievedYear);
	}

	Optional<MilestoneStatus> statusValue() {
		for (var candidate : new MilestoneStatus[] { MilestoneStatus.PLANNED, MilestoneStatus.ACHIEVED,
				MilestoneStatus.MISSED }) {
			if (candidate.name().equals(this.status)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** The chosen action ids, or empty if one of them is not an id at all. */
	Optional<Set<Long>> actionIds() {
		var ids = new LinkedHashSet<Long>();
		for (String value : (this.actions != null) ? this.actions : List.<String>of()) {
			try {
				ids.add(Long.valueOf(value.strip()));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		return Optional.of(ids);
	}

	public boolean chose(long actionId) {
		return this.actions != null && this.actions.contains(Long.toString(actionId));
	}

}
