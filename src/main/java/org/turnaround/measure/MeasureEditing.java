package org.turnaround.measure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and edits measures and records their values. A change the measure refuses is
 * reported on the field it came from, and the measure is left as it was.
 */
@Service
class MeasureEditing {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private final MeasureRepository measures;

	private final EntityManager entityManager;

	private final Clock clock;

	MeasureEditing(MeasureRepository measures, EntityManager entityManager, Clock clock) {
		this.measures = measures;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The edit form filled from the measure, built inside the transaction because its
	 * actions load lazily.
	 */
	@Transactional(readOnly = true)
	MeasureForm form(long id) {
		return MeasureForm.of(this.measures.findById(id).orElseThrow());
	}

	@Transactional
	long create(long authorityId, long planId, MeasureInput input) {
		Measure measure;
		try {
			measure = new Measure(authorityId, input.name(), input.unit(), input.direction(), input.frequency(),
					input.target());
		}
		catch (IllegalArgumentException ex) {
			throw new MeasureRefused("target", ex.getMessage());
		}
		apply(measure, planId, input);
		return this.measures.saveAndFlush(measure).getId();
	}

	@Transactional
	void edit(long id, long version, MeasureInput input) {
		var measure = current(id, version);
		try {
			refuseOn("unit", () -> measure.define(input.unit(), input.direction(), input.frequency()));
			refuseOn("target", () -> measure.changeTarget(input.target()));
			refuseOn("name", () -> measure.rename(input.name()));
			apply(measure, measure.getPlanId(), input);
		}
		catch (MeasureRefused refusal) {
			// Nothing of a refused edit is saved, not even the fields that were fine.
			this.entityManager.detach(measure);
			throw refusal;
		}
		this.measures.flush();
	}

	private static void apply(Measure measure, Long planId, MeasureInput input) {
		measure.describe(input.description());
		measure.placeInPlan(planId, input.priorityId());
		measure.assignOwner(input.ownerId());
		measure.showAsHeadline(input.headline());
		measure.aimsToMoveOnly(input.actionIds());
	}

	/**
	 * Records the value of the period that contains the given date (its month, quarter or
	 * financial year, by the measure's frequency) and returns that period.
	 */
	@Transactional
	LocalDate recordValue(long id, LocalDate date, BigDecimal value, String note, long recordedById) {
		var measure = this.measures.findWithValuesById(id).orElseThrow();
		var period = measure.getFrequency().periodContaining(date);
		if (measure.valueFor(period).isPresent()) {
			throw new MeasureRefused("periodDay", alreadyRecorded(period));
		}
		try {
			refuseOn("value", () -> measure.recordValue(period, value, recordedById, note, this.clock.instant()));
			this.measures.flush();
		}
		catch (MeasureRefused refusal) {
			this.entityManager.detach(measure);
			throw refusal;
		}
		catch (DataIntegrityViolationException ex) {
			// someone recorded the same period between our read and our insert
			throw new MeasureRefused("periodDay", alreadyRecorded(period));
		}
		return period;
	}

	static String alreadyRecorded(LocalDate period) {
		return "There is already a value for the period starting " + period.getDayOfMonth() + " "
				+ MONTH.format(period);
	}

	private Measure current(long id, long version) {
		var measure = this.measures.findById(id).orElseThrow();
		if (measure.getVersion() != version) {
			throw new MeasureChanged(id);
		}
		return measure;
	}

	private static void refuseOn(String field, Runnable change) {
		try {
			change.run();
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new MeasureRefused(field, ex.getMessage());
		}
	}

	/** The measure refused a change; the message is for the person on the field named. */
	static class MeasureRefused extends RuntimeException {

		private final String field;

		MeasureRefused(String field, String message) {
			super(message);
			this.field = field;
		}

		String field() {
			return this.field;
		}

	}

	/** Someone saved the measure after this person loaded it. */
	static class MeasureChanged extends RuntimeException {

		MeasureChanged(long id) {
			super("Measure " + id + " was changed by someone else");
		}

	}

}
