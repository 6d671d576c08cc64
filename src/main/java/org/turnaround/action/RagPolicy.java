package org.turnaround.action;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The RAG rules of DESIGN.md: gives an action its RAG and the one sentence that explains
 * it. The first rule that matches wins: cancelled (no RAG), complete (blue), off track
 * (red), at risk (amber), otherwise on track (green).
 */
public final class RagPolicy {

	/**
	 * Monthly updates: the rhythm of the improvement board and the DfE adviser's reviews.
	 */
	public static final int DEFAULT_UPDATE_INTERVAL_DAYS = 30;

	public static final RagPolicy DEFAULT = new RagPolicy(DEFAULT_UPDATE_INTERVAL_DAYS);

	/**
	 * Two weeks is the least notice a board needs to step in before a due date is missed.
	 */
	static final int DUE_SOON_DAYS = 14;

	/**
	 * Less than half done with two weeks or less to go is unlikely to finish on time.
	 */
	static final int LITTLE_PROGRESS_PERCENT = 50;

	/**
	 * A fifth of the time ahead of the work is more than the noise of estimating
	 * progress, so it is worth a warning.
	 */
	static final int BEHIND_POINTS = 20;

	/**
	 * Twice the warning gap: the action cannot catch up without intervention.
	 */
	static final int FAR_BEHIND_POINTS = 40;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final int updateIntervalDays;

	public RagPolicy(int updateIntervalDays) {
		if (updateIntervalDays < 1) {
			throw new IllegalArgumentException(
					"The update interval must be at least one day, not " + updateIntervalDays + ".");
		}
		this.updateIntervalDays = updateIntervalDays;
	}

	/** How many days may pass without an update before an action is stale. */
	public int updateIntervalDays() {
		return this.updateIntervalDays;
	}

	public RagAssessment assess(RagInput action, LocalDate today) {
		if (action.status() == ActionStatus.CANCELLED) {
			return RagAssessment.none("Cancelled actions have no RAG.");
		}
		if (action.status() == ActionStatus.COMPLETE) {
			return computed(Rag.BLUE, "Complete.");
		}
		int percent = action.percentComplete();
		long daysToDue = ChronoUnit.DAYS.between(today, action.dueOn());
		Integer elapsed = elapsedPercent(action, today);
		if (daysToDue < 0) {
			return computed(Rag.RED, "Overdue: due %s, %s ago, and %d%% complete.".formatted(date(action.dueOn()),
					days(-daysToDue), percent));
		}
		if (action.status() == ActionStatus.BLOCKED) {
			return computed(Rag.RED, "Blocked: %d%% complete and due %s.".formatted(percent, date(action.dueOn())));
		}
		if (elapsed != null && elapsed - percent >= FAR_BEHIND_POINTS) {
			return computed(Rag.RED,
					"Far behind: %d%% complete with %d%% of the time elapsed.".formatted(percent, elapsed));
		}
		RagAssessment stale = staleness(action, today);
		if (stale != null) {
			return stale;
		}
		if (daysToDue <= DUE_SOON_DAYS && percent < LITTLE_PROGRESS_PERCENT) {
			String due = (daysToDue == 0) ? "Due today, " + date(action.dueOn())
					: "Due in %s, on %s".formatted(days(daysToDue), date(action.dueOn()));
			return computed(Rag.AMBER, "%s, and only %d%% complete.".formatted(due, percent));
		}
		if (elapsed != null && elapsed - percent >= BEHIND_POINTS) {
			return computed(Rag.AMBER,
					"Behind: %d%% complete with %d%% of the time elapsed.".formatted(percent, elapsed));
		}
		if (elapsed != null) {
			return computed(Rag.GREEN,
					"On track: %d%% complete with %d%% of the time elapsed.".formatted(percent, elapsed));
		}
		return computed(Rag.GREEN, "On track: %d%% complete and due %s.".formatted(percent, date(action.dueOn())));
	}

	/**
	 * The RAG an action shows: the computed one, unless someone overrode it with a
	 * reason, which then wins and says so. Every page and export goes through here so
	 * that they agree. {@code override} is null when nobody overrode the RAG.
	 */
	public RagAssessment assess(RagInput action, Rag override, String overrideByName, String overrideReason,
			LocalDate today) {
		var computed = assess(action, today);
		if (override == null || !computed.hasRag()) {
			return computed;
		}
		return overridden(override, overrideByName, overrideReason, computed);
	}

	/**
	 * A manager's or owner's override wins over the computed RAG; the reason names who
	 * and why. Cancelled actions keep having no RAG, and blue comes only from completing
	 * the action.
	 */
	public RagAssessment overridden(Rag rag, String byName, String reason, RagAssessment computed) {
		if (rag == null) {
			throw new IllegalArgumentException("Choose the RAG to set.");
		}
		if (rag == Rag.BLUE) {
			throw new IllegalArgumentException("An action is complete when its status says so, not by override.");
		}
		if (byName == null || byName.isBlank()) {
			throw new IllegalArgumentException("An override must say who made it.");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("An override needs a reason.");
		}
		if (computed != null && !computed.hasRag()) {
			return computed;
		}
		return new RagAssessment(rag, "Overridden by %s: %s".formatted(byName.strip(), sentence(reason)), true);
	}

	private RagAssessment staleness(RagInput action, LocalDate today) {
		boolean neverUpdated = action.lastUpdateOn() == null;
		LocalDate since = neverUpdated ? action.createdOn() : action.lastUpdateOn();
		long days = ChronoUnit.DAYS.between(since, today);
		if (days <= this.updateIntervalDays) {
			return null;
		}
		String expected = "updates are expected every %s.".formatted(days(this.updateIntervalDays));
		if (neverUpdated) {
			return computed(Rag.AMBER,
					"No update in the %s since the action was created; %s".formatted(days(days), expected));
		}
		return computed(Rag.AMBER, "No update for %s; %s".formatted(days(days), expected));
	}

	/**
	 * Whole percent of the time from start to due date that has passed, rounded down so
	 * time is never overstated; null when it cannot be known yet.
	 */
	private static Integer elapsedPercent(RagInput action, LocalDate today) {
		LocalDate startsOn = action.startsOn();
		if (startsOn == null || startsOn.isAfter(today) || !action.dueOn().isAfter(startsOn)) {
			return null;
		}
		long total = ChronoUnit.DAYS.between(startsOn, action.dueOn());
		long passed = ChronoUnit.DAYS.between(startsOn, today);
		return (int) Math.min(100, passed * 100 / total);
	}

	private static RagAssessment computed(Rag rag, String reason) {
		return new RagAssessment(rag, reason, false);
	}

	private static String date(LocalDate date) {
		return DATE.format(date);
	}

	private static String days(long days) {
		return (days == 1) ? "1 day" : days + " days";
	}

	private static String sentence(String text) {
		String stripped = text.strip();
		char last = stripped.charAt(stripped.length() - 1);
		return (last == '.' || last == '!' || last == '?') ? stripped : stripped + ".";
	}

}
