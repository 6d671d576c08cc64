package org.turnaround.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureChartTests {

	private static PeriodValue v(String period, String value) {
		return new PeriodValue(LocalDate.parse(period), new BigDecimal(value));
	}

	@Test
	void placesValuesByDateAcrossTheChartAndTheTargetAboveABelowTargetLine() {
		var chart = MeasureChart.of(List.of(v("2026-01-01", "70"), v("2026-02-01", "75"), v("2026-03-01", "80")),
				MeasureUnit.PERCENT, new BigDecimal("85"));
		assertThat(chart.points()).hasSize(3);
		assertThat(chart.points().get(0).x()).isEqualTo(MeasureChart.LEFT);
		assertThat(chart.points().get(2).x()).isEqualTo(MeasureChart.RIGHT);
		// SVG y grows downwards: higher values sit higher
		assertThat(chart.points().get(2).y()).isLessThan(chart.points().get(0).y());
		assertThat(chart.targetY()).isLessThan(chart.points().get(2).y());
		assertThat(chart.points().get(1).words()).isEqualTo("February 2026: 75%");
		assertThat(chart.description())
			.isEqualTo("3 values, from 70% in January 2026 to 80% in March 2026. The target is 85%.");
	}

	@Test
	void drawsASingleValueInTheMiddleAndSaysThereIsNoTarget() {
		var chart = MeasureChart.of(List.of(v("2026-01-01", "12")), MeasureUnit.COUNT, null);
		assertThat(chart.points().get(0).x()).isEqualTo((MeasureChart.LEFT + MeasureChart.RIGHT) / 2.0);
		assertThat(chart.targetY()).isNull();
		assertThat(chart.description()).isEqualTo("One value: 12 in January 2026. There is no target.");
	}

	@Test
	void aSparklineRunsAcrossItsWidthWhateverTheValues() {
		var line = Sparkline.of(List.of(v("2026-01-01", "5"), v("2026-02-01", "5")), MeasureUnit.COUNT);
		assertThat(line.points()).isEqualTo("3.0,16.0 117.0,16.0");
		assertThat(Sparkline.of(List.of(), MeasureUnit.COUNT).empty()).isTrue();
	}

}
