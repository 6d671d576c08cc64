package org.turnaround.measure;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MeasureUnitTests {

	@Test
	void formatsEachUnitTheWayACouncilReportWritesIt() {
		assertThat(MeasureUnit.PERCENT.format(new BigDecimal("70.00"))).isEqualTo("70%");
		assertThat(MeasureUnit.PERCENT.format(new BigDecimal("68.50"))).isEqualTo("68.5%");
		assertThat(MeasureUnit.COUNT.format(new BigDecimal("1400"))).isEqualTo("1,400");
		assertThat(MeasureUnit.COUNT.format(new BigDecimal("17.25"))).isEqualTo("17.25");
		assertThat(MeasureUnit.DAYS.format(new BigDecimal("12"))).isEqualTo("12 days");
		assertThat(MeasureUnit.DAYS.format(new BigDecimal("1.00"))).isEqualTo("1 day");
		assertThat(MeasureUnit.DAYS.format(BigDecimal.ZERO)).isEqualTo("0 days");
		assertThat(MeasureUnit.RATE_PER_10000.format(new BigDecimal("45.30"))).isEqualTo("45.3 per 10,000");
	}

	@Test
	void hasALabelForEveryUnit() {
		assertThat(MeasureUnit.values()).allSatisfy((unit) -> assertThat(unit.label()).isNotBlank());
		assertThat(MeasureUnit.RATE_PER_10000.label()).isEqualTo("Rate per 10,000 children");
	}

	@Test
	void acceptsAPercentageFromZeroToAHundredInclusive() {
		assertThat(MeasureUnit.PERCENT.accepts(BigDecimal.ZERO)).isTrue();
		assertThat(MeasureUnit.PERCENT.accepts(new BigDecimal("100.00"))).isTrue();
		assertThat(MeasureUnit.PERCENT.accepts(new BigDecimal("-0.01"))).isFalse();
		assertThat(MeasureUnit.PERCENT.accepts(new BigDecimal("100.01"))).isFalse();
	}

	@Test
	void acceptsZeroButNoNegativeCountDaysOrRate() {
		for (var unit : new MeasureUnit[] { MeasureUnit.COUNT, MeasureUnit.DAYS, MeasureUnit.RATE_PER_10000 }) {
			assertThat(unit.accepts(BigDecimal.ZERO)).as(unit.name()).isTrue();
			assertThat(unit.accepts(new BigDecimal("100000"))).as(unit.name()).isTrue();
			assertThat(unit.accepts(new BigDecimal("-0.01"))).as(unit.name()).isFalse();
		}
	}

	@Test
	void saysWhyItRefusesAValue() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MeasureUnit.PERCENT.requireAcceptable(new BigDecimal("101")))
			.withMessage("A percentage must be between 0 and 100, not 101.");
		assertThatIllegalArgumentException().isThrownBy(() -> MeasureUnit.DAYS.requireAcceptable(new BigDecimal("-3")))
			.withMessage("A number of days must be zero or more, not -3.");
	}

}
