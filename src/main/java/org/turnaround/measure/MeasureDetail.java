package org.turnaround.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.turnaround.action.RagAssessment;

/**
 * One measure with all its values (oldest first) and where it sits, for its page and its
 * edit form.
 *
 * @param actionIds the actions that aim to move it
 */
public record MeasureDetail(long id, long authorityId, String authorityName, Long planId, String planTitle,
		Long priorityId, Integer priorityNumber, String priorityTitle, Long ownerId, String ownerName, String name,
		String description, MeasureUnit unit, Direction direction, BigDecimal target, Frequency frequency,
		boolean headline, long version, List<RecordedValue> values, Set<Long> actionIds) {

	public MeasureDetail {
		values = List.copyOf(values);
		actionIds = Set.copyOf(actionIds);
	}

	MeasureDetail withValues(List<RecordedValue> all) {
		return new MeasureDetail(this.id, this.authorityId, this.authorityName, this.planId, this.planTitle,
				this.priorityId, this.priorityNumber, this.priorityTitle, this.ownerId, this.ownerName, this.name,
				this.description, this.unit, this.direction, this.target, this.frequency, this.headline, this.version,
				all, this.actionIds);
	}

	public RecordedValue latest() {
		return this.values.isEmpty() ? null : this.values.get(this.values.size() - 1);
	}

	public RagAssessment rag() {
		return MeasureRag.assess(this.direction, this.unit, this.target, (latest() != null) ? latest().value() : null);
	}

	public boolean due(LocalDate today) {
		return this.frequency.due((latest() != null) ? latest().period() : null, today);
	}

	public String format(BigDecimal figure) {
		return (figure != null) ? this.unit.format(figure) : null;
	}

	public String targetText() {
		return (this.target != null) ? this.unit.format(this.target) : "No target set";
	}

	MeasureChart chart() {
		return MeasureChart.of(this.values.stream().map(RecordedValue::periodValue).toList(), this.unit, this.target);
	}

}
