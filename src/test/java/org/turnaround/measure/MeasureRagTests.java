package org.turnaround.measure;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.turnaround.action.Rag;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureRagTests {

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	@Test
	void higherIsBetterIsGreenExactlyAtTheTargetAndAbove() {
		var at = MeasureRag.assess(Direction.HIGHER_IS_BETTER, MeasureUnit.PERCENT, n("85"), n("85.00"));
		assertThat(at.rag()).isEqualTo(Rag.GREEN);
		assertThat(at.reason()).isEqualTo("At or better than target: 85% against a target of 85%.");
		assertThat(MeasureRag.assess(Direction.HIGHER_IS_BETTER, MeasureUnit.PERCENT, n("85"), n("91.5")).rag())
			.isEqualTo(Rag.GREEN);
	}

	@Test
	void higherIsBetterIsAmberDownToATenthOfTheTargetBelowItAndRedBeyond() {
		// a tenth of 85 is 8.5: 76.5 is the last amber value
		var justBelow = MeasureRag.assess(Direction.HIGHER_IS_BETTER, MeasureUnit.PERCENT, n("85"), n("84.99"));
		var edge = MeasureRag.assess(Direction.HIGHER_IS_BETTER, MeasureUnit.PERCENT, n("85"), n("76.5"));
		var beyond = MeasureRag.assess(Direction.HIGHER_IS_BETTER, MeasureUnit.PERCENT, n("85"), n("76.49"));
		assertThat(justBelow.rag()).isEqualTo(Rag.AMBER);
		assertThat(edge.rag()).isEqualTo(Rag.AMBER);
		assertThat(edge.reason()).isEqualTo("Within 10% of target: 76.5% against a target of 85%.");
		assertThat(beyond.rag()).isEqualTo(Rag.RED);
		assertThat(beyond.reason()).isEqualTo("More than 10% off target: 76.49% against a target of 85%.");
	}

	@Test
	void lowerIsBetterIsGreenExactlyAtTheTargetAndBelow() {
		assertThat(MeasureRag.assess(Direction.LOWER_IS_BETTER, MeasureUnit.COUNT, n("18"), n("18")).rag())
			.isEqualTo(Rag.GREEN);
		assertThat(MeasureRag.assess(Direction.LOWER_IS_BETTER, MeasureUnit.COUNT, n("18"), n("12.4")).rag())
			.isEqualTo(Rag.GREEN);
	}

	@Test
	void lowerIsBetterIsAmberUpToATenthOfTheTargetAboveItAndRedBeyond() {
		// a tenth of 15 is 1.5: 16.5 is the last amber value
		assertThat(MeasureRag.assess(Direction.LOWER_IS_BETTER, MeasureUnit.PERCENT, n("15"), n("15.01")).rag())
			.isEqualTo(Rag.AMBER);
		var edge = MeasureRag.assess(Direction.LOWER_IS_BETTER, MeasureUnit.PERCENT, n("15"), n("16.5"));
		assertThat(edge.rag()).isEqualTo(Rag.AMBER);
		assertThat(edge.reason()).isEqualTo("Within 10% of target: 16.5% against a target of 15%.");
		var beyond = MeasureRag.assess(Direction.LOWER_IS_BETTER, MeasureUnit.PERCENT, n("15"), n("16.51"));
		assertThat(beyond.rag()).isEqualTo(Rag.RED);
	}

	@Test
	void aTargetOfZeroLeavesNoRoomForAmber() {
		assertThat(MeasureRag.assess(Direction.LOWER_IS_BETTER, MeasureUnit.COUNT, n("0"), n("0")).rag())
			.isEqualTo(Rag.GREEN);
		assertThat(MeasureRag.assess(Direction.LOWER_IS_BETTER, MeasureUnit.COUNT, n("0"), n("0.01")).rag())
			.isEqualTo(Rag.RED);
	}

	@Test
	void writesTheFiguresInTheMeasuresUnit() {
		assertThat(MeasureRag.assess(Direction.LOWER_IS_BETTER, MeasureUnit.DAYS, n("20"), n("18.5")).reason())
			.isEqualTo("At or better than target: 18.5 days against a target of 20 days.");
	}

	@Test
	void hasNoRagWithoutAValueOrWithoutATarget() {
		var noValue = MeasureRag.assess(Direction.HIGHER_IS_BETTER, MeasureUnit.PERCENT, n("85"), null);
		assertThat(noValue.hasRag()).isFalse();
		assertThat(noValue.reason()).isEqualTo("No value recorded yet.");
		var noTarget = MeasureRag.assess(Direction.HIGHER_IS_BETTER, MeasureUnit.PERCENT, null, n("70"));
		assertThat(noTarget.hasRag()).isFalse();
		assertThat(noTarget.reason()).isEqualTo("No target set.");
	}

}
