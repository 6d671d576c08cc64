package org.turnaround.action;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.util.StringUtils;

/**
 * The progress form as posted. Every field arrives as text so that "abc", "150" or an
 * unknown status become a message on the field rather than a failed binding; the form
 * checks what it can on its own and says what it means once it is valid.
 *
 * @param ragOverride {@code NONE} or the name of a {@link Rag} other than blue
 * @param seenUpdate the newest history entry when the form was shown, so a conflict page
 * can say what was recorded since
 */
record ProgressForm(String status, String percentComplete, String commentary, String dueDay, String dueMonth,
		String dueYear, String dueRevisionReason, String ragOverride, String ragOverrideReason, Long version,
		Long seenUpdate) {

	static final String NO_OVERRIDE = "NONE";

	/**
	 * The fields in page order: each is the id of the input the error summary links to.
	 */
	static final String[] FIELDS = { "status", "percentComplete", "commentary", "dueDay", "dueRevisionReason",
			"ragOverride", "ragOverrideReason" };

	/** The form as first shown: what the action says now. */
	static ProgressForm of(ActionDetail action, Long seenUpdate) {
		return new ProgressForm(action.status().name(), Integer.toString(action.percentComplete()), null,
				Integer.toString(action.dueOn().getDayOfMonth()), Integer.toString(action.dueOn().getMonthValue()),
				Integer.toString(action.dueOn().getYear()), action.dueRevisionReason(),
				(action.ragOverride() != null) ? action.ragOverride().name() : NO_OVERRIDE, action.ragOverrideReason(),
				action.version(), seenUpdate);
	}

	/**
	 * The same input against a newer version, for someone to re-apply after a conflict.
	 */
	ProgressForm against(long newVersion, Long newestUpdate) {
		return new ProgressForm(this.status, this.percentComplete, this.commentary, this.dueDay, this.dueMonth,
				this.dueYear, this.dueRevisionReason, this.ragOverride, this.ragOverrideReason, newVersion,
				newestUpdate);
	}

	/**
	 * What is wrong with the input on its own, keyed by field in page order.
	 * @param currentDue the action's due date now, which a revision needs a reason to
	 * leave
	 */
	Map<String, String> problems(LocalDate currentDue) {
		var problems = new LinkedHashMap<String, String>();
		if (statusValue().isEmpty()) {
			problems.put("status", "Choose a status");
		}
		if (!StringUtils.hasText(this.percentComplete)) {
			problems.put("percentComplete", "Enter how complete the action is, as a percentage from 0 to 100");
		}
		else if (percentValue().isEmpty()) {
			problems.put("percentComplete", "Percent complete must be a whole number from 0 to 100, like 45");
		}
		if (!StringUtils.hasText(this.commentary)) {
			problems.put("commentary", "Enter commentary on the progress made");
		}
		else if (this.commentary.length() > Action.MAX_COMMENTARY_LENGTH) {
			problems.put("commentary", "Commentary must be " + String.format("%,d", Action.MAX_COMMENTARY_LENGTH)
					+ " characters or fewer");
		}
		if (dateGiven()) {
			var due = dueDate();
			if (due.isEmpty()) {
				problems.put("dueDay", "The revised due date must be a real date, like 31 3 2027");
			}
			else if (!due.get().equals(currentDue) && !StringUtils.hasText(this.dueRevisionReason)) {
				problems.put("dueRevisionReason", "Give a reason for revising the due date");
			}
		}
		if (this.ragOverride != null && !NO_OVERRIDE.equals(this.ragOverride) && overrideValue().isEmpty()) {
			problems.put("ragOverride", "Choose no override, Off track, At risk or On track");
		}
		else if (overrideValue().isPresent() && !StringUtils.hasText(this.ragOverrideReason)) {
			problems.put("ragOverrideReason", "Give a reason for overriding the RAG");
		}
		if (this.ragOverrideReason != null && this.ragOverrideReason.length() > 1000) {
			problems.put("ragOverrideReason", "The reason for overriding the RAG must be 1,000 characters or fewer");
		}
		if (this.dueRevisionReason != null && this.dueRevisionReason.length() > 1000) {
			problems.put("dueRevisionReason", "The reason for revising the due date must be 1,000 characters or fewer");
		}
		return problems;
	}

	Optional<ActionStatus> statusValue() {
		for (var candidate : ActionStatus.values()) {
			if (candidate.name().equals(this.status)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	Optional<Integer> percentValue() {
		var text = (this.percentComplete != null) ? this.percentComplete.strip().replaceFirst("%$", "").strip() : "";
		if (!text.matches("\\d{1,3}")) {
			return Optional.empty();
		}
		int value = Integer.parseInt(text);
		return (value <= 100) ? Optional.of(value) : Optional.empty();
	}

	boolean dateGiven() {
		return StringUtils.hasText(this.dueDay) || StringUtils.hasText(this.dueMonth)
				|| StringUtils.hasText(this.dueYear);
	}

	Optional<LocalDate> dueDate() {
		try {
			int year = Integer.parseInt(this.dueYear.strip());
			if (year < 1000 || year > 9999) {
				return Optional.empty();
			}
			return Optional
				.of(LocalDate.of(year, Integer.parseInt(this.dueMonth.strip()), Integer.parseInt(this.dueDay.strip())));
		}
		catch (NullPointerException | NumberFormatException | DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** A chosen override, or empty for none. */
	Optional<Rag> overrideValue() {
		for (var candidate : new Rag[] { Rag.RED, Rag.AMBER, Rag.GREEN }) {
			if (candidate.name().equals(this.ragOverride)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** The change the service makes; only call once {@link #problems} is empty. */
	ProgressChange toChange(LocalDate currentDue) {
		var due = dateGiven() ? dueDate().filter((date) -> !date.equals(currentDue)).orElse(null) : null;
		return new ProgressChange(statusValue().orElseThrow(), percentValue().orElseThrow(), this.commentary.strip(),
				due, strip(this.dueRevisionReason), overrideValue().orElse(null), strip(this.ragOverrideReason));
	}

	private static String strip(String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

}
