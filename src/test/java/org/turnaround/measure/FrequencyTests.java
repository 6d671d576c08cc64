package org.turnaround.measure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrequencyTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static LocalDate today(String instant) {
		return LocalDate.now(Clock.fixed(Instant.parse(instant), LONDON));
	}

	private static LocalDate d(String date) {
		return LocalDate.parse(date);
	}

	@Test
	void aMonthlyMeasureIsDueLastMonthsValueFromTheFirstOfThisMonth() {
		var today = today("2026-04-01T09:00:00Z");
		assertThat(Frequency.MONTHLY.lastEndedPeriod(today)).isEqualTo(d("2026-03-01"));
		assertThat(Frequency.MONTHLY.due(d("2026-03-01"), today)).isFalse();
		assertThat(Frequency.MONTHLY.due(d("2026-02-01"), today)).isTrue();
		// on the last day of March, February's value is still enough
		assertThat(Frequency.MONTHLY.due(d("2026-02-01"), today("2026-03-31T12:00:00Z"))).isFalse();
	}

	@Test
	void turnsAtMidnightInLondonNotUtc() {
		// 23:30 UTC on 31 March 2026 is 00:30 on 1 April in London (summer time)
		var today = today("2026-03-31T23:30:00Z");
		assertThat(today).isEqualTo(d("2026-04-01"));
		assertThat(Frequency.MONTHLY.due(d("2026-02-01"), today)).isTrue();
	}

	@Test
	void aQuarterlyMeasureIsDueLastCalendarQuartersValue() {
		assertThat(Frequency.QUARTERLY.periodContaining(d("2026-05-20"))).isEqualTo(d("2026-04-01"));
		var today = today("2026-05-20T12:00:00Z");
		assertThat(Frequency.QUARTERLY.lastEndedPeriod(today)).isEqualTo(d("2026-01-01"));
		assertThat(Frequency.QUARTERLY.due(d("2026-01-01"), today)).isFalse();
		assertThat(Frequency.QUARTERLY.due(d("2025-12-01"), today)).isTrue();
		assertThat(Frequency.QUARTERLY.due(d("2025-12-01"), today("2026-03-31T12:00:00Z"))).isFalse();
	}

	@Test
	void anAnnualMeasureIsDueLastFinancialYearsValueFromTheFirstOfApril() {
		assertThat(Frequency.ANNUALLY.periodContaining(d("2026-03-31"))).isEqualTo(d("2025-04-01"));
		assertThat(Frequency.ANNUALLY.periodContaining(d("2026-04-01"))).isEqualTo(d("2026-04-01"));
		var lastDayOfYear = today("2026-03-31T12:00:00Z");
		assertThat(Frequency.ANNUALLY.due(d("2024-04-01"), lastDayOfYear)).isFalse();
		var firstDayOfNext = today("2026-04-01T12:00:00Z");
		assertThat(Frequency.ANNUALLY.lastEndedPeriod(firstDayOfNext)).isEqualTo(d("2025-04-01"));
		assertThat(Frequency.ANNUALLY.due(d("2024-04-01"), firstDayOfNext)).isTrue();
		assertThat(Frequency.ANNUALLY.due(d("2025-04-01"), firstDayOfNext)).isFalse();
	}

	@Test
	void aMeasureWithNoValueIsDue() {
		assertThat(Frequency.ANNUALLY.due(null, today("2026-04-01T12:00:00Z"))).isTrue();
	}

	@Test
	void aValueForTheCurrentPeriodCountsToo() {
		assertThat(Frequency.MONTHLY.due(d("2026-04-01"), today("2026-04-15T12:00:00Z"))).isFalse();
	}

}
