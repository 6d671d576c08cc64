package org.turnaround.measure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FigureInputTests {

	@Test
	void acceptsAPercentageFromZeroToAHundredWithUpToTwoDecimals() {
		assertThat(FigureInput.problem("0", "value", MeasureUnit.PERCENT)).isNull();
		assertThat(FigureInput.problem("100", "value", MeasureUnit.PERCENT)).isNull();
		assertThat(FigureInput.problem("72.55", "value", MeasureUnit.PERCENT)).isNull();
		assertThat(FigureInput.problem("100.01", "value", MeasureUnit.PERCENT))
			.isEqualTo("The value must be a percentage between 0 and 100");
		assertThat(FigureInput.problem("-1", "value", MeasureUnit.PERCENT))
			.isEqualTo("The value must be a percentage between 0 and 100");
	}

	@Test
	void refusesANegativeCountButAcceptsThousandsSeparators() {
		assertThat(FigureInput.problem("-3", "value", MeasureUnit.COUNT)).isEqualTo("The value must be zero or more");
		assertThat(FigureInput.problem("1,400", "value", MeasureUnit.COUNT)).isNull();
		assertThat(FigureInput.parse("1,400")).hasValueSatisfying((n) -> assertThat(n).isEqualByComparingTo("1400"));
	}

	@Test
	void refusesWhatIsNotANumberOrHasMoreThanTwoDecimals() {
		assertThat(FigureInput.problem("", "value", MeasureUnit.COUNT)).isEqualTo("Enter the value");
		assertThat(FigureInput.problem("seventy", "value", MeasureUnit.COUNT))
			.isEqualTo("The value must be a number, like 72.5");
		assertThat(FigureInput.problem("72.555", "target", MeasureUnit.COUNT))
			.isEqualTo("The target must have no more than 2 decimal places");
		assertThat(FigureInput.problem("72.500", "target", MeasureUnit.COUNT)).isNull();
		assertThat(FigureInput.problem("1000000000000", "value", MeasureUnit.COUNT))
			.isEqualTo("The value is too large");
	}

}
