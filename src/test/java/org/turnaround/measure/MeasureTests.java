package org.turnaround.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MeasureTests {

	private static final Instant NOW = Instant.parse("2025-03-15T10:00:00Z");

	private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);

	private static final Long AUTHORITY = 1L;

	private static Measure measure(MeasureUnit unit) {
		return new Measure(AUTHORITY, "A measure", unit, Direction.HIGHER_IS_BETTER, Frequency.MONTHLY, null);
	}

	private static BigDecimal value(String value) {
		return new BigDecimal(value);
	}

	@Test
	void recordsAPercentageOfZeroAndOfAHundred() {
		var measure = measure(MeasureUnit.PERCENT);
		measure.recordValue(LocalDate.of(2025, 1, 1), value("0"), null, null, NOW);
		measure.recordValue(LocalDate.of(2025, 2, 1), value("100"), null, null, NOW);
		assertThat(measure.getValues()).extracting(MeasureValue::getValue)
			.containsExactly(value("0.00"), value("100.00"));
	}

	@Test
	void rejectsAPercentageBelowZeroOrAboveAHundred() {
		var measure = measure(MeasureUnit.PERCENT);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> measure.recordValue(MARCH, value("-0.01"), null, null, NOW))
			.withMessageContaining("between 0 and 100");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> measure.recordValue(MARCH, value("100.01"), null, null, NOW))
			.withMessageContaining("between 0 and 100");
		assertThat(measure.getValues()).isEmpty();
	}

	@Test
	void rejectsANegativeCountNumberOfDaysOrRate() {
		for (var unit : new MeasureUnit[] { MeasureUnit.COUNT, MeasureUnit.DAYS, MeasureUnit.RATE_PER_10000 }) {
			var measure = measure(unit);
			assertThatIllegalArgumentException().as(unit.name())
				.isThrownBy(() -> measure.recordValue(MARCH, value("-1"), null, null, NOW))
				.withMessageContaining("zero or more");
			measure.recordValue(MARCH, BigDecimal.ZERO, null, null, NOW);
			assertThat(measure.getValues()).as(unit.name()).hasSize(1);
		}
	}

	@Test
	void acceptsALargeCountThatIsNotAPercentage() {
		var measure = measure(MeasureUnit.COUNT);
		measure.recordValue(MARCH, value("1400"), null, null, NOW);
		assertThat(measure.latestValue()).hasValueSatisfying((v) -> assertThat(v.formatted()).isEqualTo("1,400"));
	}

	@Test
	void rejectsAValueTooLargeForTheColumn() {
		var measure = measure(MeasureUnit.COUNT);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> measure.recordValue(MARCH, value("1000000000000"), null, null, NOW))
			.withMessageContaining("too large");
	}

	@Test
	void rejectsASecondValueForTheSamePeriod() {
		var measure = measure(MeasureUnit.PERCENT);
		measure.recordValue(MARCH, value("60"), null, null, NOW);
		assertThatIllegalStateException().isThrownBy(() -> measure.recordValue(MARCH, value("61"), null, null, NOW))
			.withMessageContaining("already a value for 2025-03-01");
		assertThat(measure.getValues()).singleElement()
			.satisfies((v) -> assertThat(v.getValue()).isEqualByComparingTo("60"));
	}

	@Test
	void rejectsAValueForAFuturePeriodButAcceptsToday() {
		var measure = measure(MeasureUnit.PERCENT);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> measure.recordValue(LocalDate.of(2025, 3, 16), value("60"), null, null, NOW))
			.withMessageContaining("in the future");
		measure.recordValue(LocalDate.of(2025, 3, 15), value("60"), null, null, NOW);
		assertThat(measure.getValues()).hasSize(1);
	}

	@Test
	void judgesTheFutureByTheDateInLondon() {
		var measure = measure(MeasureUnit.PERCENT);
		// 23:30 UTC on 30 June is already 1 July in London (BST)
		var lateEvening = Instant.parse("2025-06-30T23:30:00Z");
		measure.recordValue(LocalDate.of(2025, 7, 1), value("60"), null, null, lateEvening);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> measure.recordValue(LocalDate.of(2025, 7, 2), value("60"), null, null, lateEvening));
	}

	@Test
	void keepsValuesInPeriodOrderWhateverOrderTheyAreRecordedIn() {
		var measure = measure(MeasureUnit.PERCENT);
		measure.recordValue(LocalDate.of(2025, 2, 1), value("62"), null, null, NOW);
		measure.recordValue(LocalDate.of(2025, 3, 1), value("63"), null, null, NOW);
		measure.recordValue(LocalDate.of(2025, 1, 1), value("61"), null, null, NOW);
		assertThat(measure.getValues()).extracting(MeasureValue::getPeriodOn)
			.containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1));
		assertThat(measure.latestValue())
			.hasValueSatisfying((latest) -> assertThat(latest.getPeriodOn()).isEqualTo(LocalDate.of(2025, 3, 1)));
	}

	@Test
	void keepsWhoRecordedAValueAndItsNoteAndRoundsItToTwoPlaces() {
		var measure = measure(MeasureUnit.PERCENT);
		var recorded = measure.recordValue(MARCH, value("70.456"), 42L, "  From the March audit  ", NOW);
		assertThat(recorded.getValue()).isEqualTo(value("70.46"));
		assertThat(recorded.getRecordedById()).isEqualTo(42L);
		assertThat(recorded.getRecordedAt()).isEqualTo(NOW);
		assertThat(recorded.getNote()).isEqualTo("From the March audit");
		assertThat(measure.recordValue(LocalDate.of(2025, 2, 1), value("1"), null, " ", NOW).getNote()).isNull();
	}

	@Test
	void rejectsANoteLongerThanTheColumn() {
		var measure = measure(MeasureUnit.PERCENT);
		measure.recordValue(MARCH, value("1"), null, "n".repeat(1000), NOW);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> measure.recordValue(LocalDate.of(2025, 2, 1), value("1"), null, "n".repeat(1001), NOW));
	}

	@Test
	void removesTheValueOfAPeriodRecordedByMistake() {
		var measure = measure(MeasureUnit.PERCENT);
		measure.recordValue(MARCH, value("60"), null, null, NOW);
		measure.removeValue(MARCH);
		assertThat(measure.getValues()).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> measure.removeValue(MARCH));
	}

	@Test
	void rejectsATargetTheUnitCannotHave() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Measure(AUTHORITY, "Audits adequate or better",
				MeasureUnit.PERCENT, Direction.HIGHER_IS_BETTER, Frequency.MONTHLY, value("100.01")));
		var agencyWorkers = new Measure(AUTHORITY, "Agency social workers", MeasureUnit.COUNT,
				Direction.LOWER_IS_BETTER, Frequency.MONTHLY, BigDecimal.ZERO);
		assertThatIllegalArgumentException().isThrownBy(() -> agencyWorkers.changeTarget(value("-1")));
		assertThat(agencyWorkers.getTarget()).isEqualByComparingTo("0");
		agencyWorkers.changeTarget(null);
		assertThat(agencyWorkers.getTarget()).isNull();
	}

	@Test
	void saysWhetherTheLatestValueMeetsTheTargetInEitherDirection() {
		var adequate = new Measure(AUTHORITY, "Audits adequate or better", MeasureUnit.PERCENT,
				Direction.HIGHER_IS_BETTER, Frequency.MONTHLY, value("80"));
		assertThat(adequate.latestMeetsTarget()).isEmpty();
		adequate.recordValue(LocalDate.of(2025, 1, 1), value("80"), null, null, NOW);
		assertThat(adequate.latestMeetsTarget()).contains(true);
		adequate.recordValue(MARCH, value("79.99"), null, null, NOW);
		assertThat(adequate.latestMeetsTarget()).contains(false);

		var agency = new Measure(AUTHORITY, "Agency rate", MeasureUnit.PERCENT, Direction.LOWER_IS_BETTER,
				Frequency.MONTHLY, value("15"));
		agency.recordValue(MARCH, value("15.01"), null, null, NOW);
		assertThat(agency.latestMeetsTarget()).contains(false);

		agency.changeTarget(null);
		assertThat(agency.latestMeetsTarget()).isEmpty();
	}

	@Test
	void needsANameAndKeepsItTidy() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Measure(AUTHORITY, "  ", MeasureUnit.COUNT,
				Direction.LOWER_IS_BETTER, Frequency.MONTHLY, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Measure(AUTHORITY, "n".repeat(301), MeasureUnit.COUNT,
				Direction.LOWER_IS_BETTER, Frequency.MONTHLY, null));
		assertThat(measure(MeasureUnit.COUNT).getName()).isEqualTo("A measure");
	}

	@Test
	void rejectsAPriorityWithoutItsPlan() {
		var measure = measure(MeasureUnit.COUNT);
		assertThatIllegalArgumentException().isThrownBy(() -> measure.placeInPlan(null, 3L));
		measure.placeInPlan(2L, 3L);
		assertThat(measure.getPlanId()).isEqualTo(2L);
		assertThat(measure.getPriorityId()).isEqualTo(3L);
	}

	@Test
	void linksEachActionOnce() {
		var measure = measure(MeasureUnit.COUNT);
		measure.linkAction(7L);
		measure.linkAction(7L);
		measure.linkAction(8L);
		measure.unlinkAction(8L);
		assertThat(measure.getActionIds()).containsExactly(7L);
	}

}
