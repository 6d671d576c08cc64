package org.turnaround.measure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.turnaround.support.PlanFixture.Built;

/**
 * Adds measures with monthly values to a fixture plan, through the real entity. A plain
 * object rather than a test bean, so that every integration test shares one application
 * context (and one embedded database).
 */
class MeasureBuilder {

	private final MeasureRepository measures;

	private final Clock clock;

	MeasureBuilder(MeasureRepository measures, Clock clock) {
		this.measures = measures;
		this.clock = clock;
	}

	/**
	 * A percentage measure under the plan's first priority, higher is better with a
	 * target of 85, owned by the fixture's owner, moved by every action of the plan, with
	 * one value a month up to last month (so not due), rising from 60.
	 */
	Measure percent(Built built, String name, int values) {
		var measure = new Measure(built.authority().getId(), name, MeasureUnit.PERCENT, Direction.HIGHER_IS_BETTER,
				Frequency.MONTHLY, new BigDecimal("85"));
		measure.describe("Description of " + name);
		measure.placeInPlan(built.plan().getId(), built.plan().getPriorities().get(0).getId());
		measure.assignOwner(built.owner().getId());
		measure.showAsHeadline(true);
		built.actions().forEach((action) -> measure.linkAction(action.getId()));
		var lastMonth = LocalDate.now(this.clock).withDayOfMonth(1).minusMonths(1);
		for (int i = values - 1; i >= 0; i--) {
			measure.recordValue(lastMonth.minusMonths(i), BigDecimal.valueOf(60 + (values - 1 - i) % 40),
					built.owner().getId(), null, this.clock.instant());
		}
		return this.measures.saveAndFlush(measure);
	}

}
