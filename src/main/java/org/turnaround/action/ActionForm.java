package org.turnaround.action;

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
 * The form a plan manager creates or edits an action with. Every field arrives as text,
 * so a date like 31 2 2027 or an id that is not a number becomes a message on its field
 * rather than a failed binding. The priority is only asked for when creating.
 *
 * @param requirements the ids of the notice requirements ticked
 * @param version the action's version when the edit form was shown; null when creating
 */
record ActionForm(String priority, String title, String description, String owner, String startDay, String startMonth,
		String startYear, String dueDay, String dueMonth, String dueYear, String dueRevisionReason,
		List<String> requirements, Long version) {

	/** The form for a new action, with the priority it was asked for under. */
	static ActionForm blank(Long priorityId) {
		return new ActionForm((priorityId != null) ? priorityId.toString() : null, null, null, null, null, null, null,
				null, null, null, null, List.of(), null);
	}

	/** The edit form as first shown: what the action says now. */
	static ActionForm of(ActionDetail action, Set<Long> requirementIds) {
		var start = action.startsOn();
		return new ActionForm(Long.toString(action.priorityId()), action.title(), action.description(),
				Long.toString(action.ownerId()), (start != null) ? Integer.toString(start.getDayOfMonth()) : null,
				(start != null) ? Integer.toString(start.getMonthValue()) : null,
				(start != null) ? Integer.toString(start.getYear()) : null,
				Integer.toString(action.dueOn().getDayOfMonth()), Integer.toString(action.dueOn().getMonthValue()),
				Integer.toString(action.dueOn().getYear()), action.dueRevisionReason(),
				requirementIds.stream().map(String::valueOf).toList(), action.version());
	}

	/** The same input against a newer version, to be saved again after a conflict. */
	ActionForm against(long newVersion) {
		return new ActionForm(this.priority, this.title, this.description, this.owner, this.startDay, this.startMonth,
				this.startYear, this.dueDay, this.dueMonth, this.dueYear, this.dueRevisionReason, this.requirements,
				newVersion);
	}

	/**
	 * What is wrong with the input on its own, keyed by the id of the field in page
	 * order.
	 * @param baselineDue the action's baseline due date when editing (a different due
	 * date needs a reason), or null when creating
	 */
	Map<String, String> problems(boolean creating, LocalDate baselineDue) {
		var problems = new LinkedHashMap<String, String>();
		if (creating && idOf(this.priority).isEmpty()) {
			problems.put("priority", "Choose the priority the action comes under");
		}
		if (!StringUtils.hasText(this.title)) {
			problems.put("title", "Enter the action's title");
		}
		else if (this.title.strip().length() > Action.MAX_TITLE_LENGTH) {
			problems.put("title", "The title must be " + Action.MAX_TITLE_LENGTH + " characters or fewer");
		}
		if (this.description != null && this.description.length() > Action.MAX_DESCRIPTION_LENGTH) {
			problems.put("description", "The description must be " + String.format("%,d", Action.MAX_DESCRIPTION_LENGTH)
					+ " characters or fewer");
		}
		if (idOf(this.owner).isEmpty()) {
			problems.put("owner", "Choose who owns the action");
		}
		boolean startGiven = DateInput.given(this.startDay, this.startMonth, this.startYear);
		if (startGiven && startsOn().isEmpty()) {
			problems.put("startDay", "The start date must be a real date, like 1 4 2026");
		}
		if (!DateInput.given(this.dueDay, this.dueMonth, this.dueYear)) {
			problems.put("dueDay", "Enter the due date");
		}
		else if (dueOn().isEmpty()) {
			problems.put("dueDay", "The due date must be a real date, like 31 3 2027");
		}
		else if (startsOn().isPresent() && dueOn().get().isBefore(startsOn().get())) {
			problems.put("dueDay", "The due date must be the same as or after the start date");
		}
		else if (baselineDue != null && !dueOn().get().equals(baselineDue)
				&& !StringUtils.hasText(this.dueRevisionReason)) {
			problems.put("dueRevisionReason", "Give a reason for revising the due date");
		}
		if (this.dueRevisionReason != null && this.dueRevisionReason.length() > 1000) {
			problems.put("dueRevisionReason", "The reason for revising the due date must be 1,000 characters or fewer");
		}
		if (requirementIds().isEmpty()) {
			problems.put("requirements", "Choose requirements from the list");
		}
		return problems;
	}

	Optional<Long> priorityId() {
		return idOf(this.priority);
	}

	Optional<Long> ownerId() {
		return idOf(this.owner);
	}

	Optional<LocalDate> startsOn() {
		return DateInput.parse(this.startDay, this.startMonth, this.startYear);
	}

	Optional<LocalDate> dueOn() {
		return DateInput.parse(this.dueDay, this.dueMonth, this.dueYear);
	}

	/** The ticked requirements, or empty if any of them is not an id. */
	Optional<Set<Long>> requirementIds() {
		var ids = new LinkedHashSet<Long>();
		for (var value : (this.requirements != null) ? this.requirements : List.<String>of()) {
			var id = idOf(value);
			if (id.isEmpty()) {
				return Optional.empty();
			}
			ids.add(id.get());
		}
		return Optional.of(ids);
	}

	/** Whether a requirement was ticked, for showing the checkbox. */
	public boolean ticks(long requirementId) {
		return this.requirements != null && this.requirements.contains(Long.toString(requirementId));
	}

	private static Optional<Long> idOf(String value) {
		if (!StringUtils.hasText(value)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.valueOf(value.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
