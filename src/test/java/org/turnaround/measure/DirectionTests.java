package org.turnaround.measure;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DirectionTests {

	private static final BigDecimal TARGET = new BigDecimal("80");

	@Test
	void meetsAHigherIsBetterTargetAtOrAboveIt() {
		assertThat(Direction.HIGHER_IS_BETTER.meetsTarget(new BigDecimal("80.00"), TARGET)).isTrue();
		assertThat(Direction.HIGHER_IS_BETTER.meetsTarget(new BigDecimal("80.01"), TARGET)).isTrue();
		assertThat(Direction.HIGHER_IS_BETTER.meetsTarget(new BigDecimal("79.99"), TARGET)).isFalse();
	}

	@Test
	void meetsALowerIsBetterTargetAtOrBelowIt() {
		assertThat(Direction.LOWER_IS_BETTER.meetsTarget(new BigDecimal("80.00"), TARGET)).isTrue();
		assertThat(Direction.LOWER_IS_BETTER.meetsTarget(new BigDecimal("79.99"), TARGET)).isTrue();
		assertThat(Direction.LOWER_IS_BETTER.meetsTarget(new BigDecimal("80.01"), TARGET)).isFalse();
	}

	@Test
	void countsOnlyAStrictMoveInTheRightDirectionAsAnImprovement() {
		var from = new BigDecimal("50");
		assertThat(Direction.HIGHER_IS_BETTER.isImprovement(from, new BigDecimal("51"))).isTrue();
		assertThat(Direction.HIGHER_IS_BETTER.isImprovement(from, new BigDecimal("49"))).isFalse();
		assertThat(Direction.HIGHER_IS_BETTER.isImprovement(from, new BigDecimal("50.00"))).isFalse();
		assertThat(Direction.LOWER_IS_BETTER.isImprovement(from, new BigDecimal("49"))).isTrue();
		assertThat(Direction.LOWER_IS_BETTER.isImprovement(from, new BigDecimal("51"))).isFalse();
		assertThat(Direction.LOWER_IS_BETTER.isImprovement(from, new BigDecimal("50.00"))).isFalse();
	}

	@Test
	void hasLabels() {
		assertThat(Direction.HIGHER_IS_BETTER.label()).isEqualTo("Higher is better");
		assertThat(Direction.LOWER_IS_BETTER.label()).isEqualTo("Lower is better");
		assertThat(Frequency.QUARTERLY.label()).isEqualTo("Quarterly");
		assertThat(Frequency.ANNUALLY.months()).isEqualTo(12);
	}

}
