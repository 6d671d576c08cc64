package org.turnaround.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateInputTests {

	@Test
	void readsARealDateTypedInTheThreeBoxes() {
		assertThat(DateInput.parse(" 3", "3 ", "2027")).contains(LocalDate.of(2027, 3, 3));
	}

	@Test
	void refusesDatesThatDoNotExistOrAreNotFullyTyped() {
		assertThat(DateInput.parse("31", "2", "2027")).isEmpty();
		assertThat(DateInput.parse("1", "1", "27")).isEmpty();
		assertThat(DateInput.parse("one", "1", "2027")).isEmpty();
		assertThat(DateInput.parse("1", null, "2027")).isEmpty();
	}

	@Test
	void knowsWhetherAnythingWasTyped() {
		assertThat(DateInput.given("", " ", null)).isFalse();
		assertThat(DateInput.given("", "4", "")).isTrue();
	}

	@Test
	void splitsADateBackIntoItsBoxes() {
		var date = LocalDate.of(2026, 11, 23);
		assertThat(DateInput.day(date)).isEqualTo("23");
		assertThat(DateInput.month(date)).isEqualTo("11");
		assertThat(DateInput.year(date)).isEqualTo("2026");
		assertThat(DateInput.day(null)).isNull();
	}

}
