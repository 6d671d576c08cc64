package org.turnaround.measure;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.turnaround.action.RagAssessment;

/**
 * A measure as lists and dashboards show it: its target, its latest values and its RAG.
 *
 * @param priorityId the priority it evidences, or null
 * @param priorityNumber that priority's number, or null
 * @param priorityTitle that priority's title, or null
 * @param recent up to its last 12 values, oldest first
 * @param rag its RAG against target, with the reason
 * @param due whether a value is due (see {@link Frequency#due})
 */
public record MeasureSummary(long id, String name, MeasureUnit unit, Direction direction, BigDecimal target,
		Frequency frequency, boolean headline, Long planId, Long priorityId, Integer priorityNumber,
		String priorityTitle, List<PeriodValue> recent, RagAssessment rag, boolean due) {

	public MeasureSummary {
		recent = List.copyOf(recent);
	}

	/** The latest value, or null when none is recorded. */
	public PeriodValue latest() {
		return this.recent.isEmpty() ? null : this.recent.get(this.recent.size() - 1);
	}

	/** The value before the latest, or null. */
	public PeriodValue previous() {
		return (this.recent.size() < 2) ? null : this.recent.get(this.recent.size() - 2);
	}

	/** The latest value in its unit ("83.6%"), or "No value yet". */
	public String latestText() {
		return (latest() != null) ? this.unit.format(latest().value()) : "No value yet";
	}

	/** The target in its unit ("85%"), or "No target". */
	public String targetText() {
		return (this.target != null) ? this.unit.format(this.target) : "No target";
	}

	/**
	 * How the latest value moved from the one before: "Improving", "Getting worse", "No
	 * change", or null with fewer than two values.
	 */
	public String trend() {
		return Trend.between(this.direction, previous(), latest());
	}

	/** A small line of the recent values for a dashboard; see measures/fragments. */
	public Sparkline sparkline() {
		return Sparkline.of(this.recent, this.unit);
	}

	/** The recent values in words, for beside a sparkline: "72%, 74%, 75%". */
	public String recentText() {
		return this.recent.stream().map((value) -> this.unit.format(value.value())).collect(Collectors.joining(", "));
	}

}
