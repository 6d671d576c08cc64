package org.turnaround.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaGuardTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil.example\",\"Click\")", "+1", "-1", "@SUM(A1:A9)", "\t=1+1",
			"\r=1+1", "=", "-" })
	void putsAnApostropheBeforeTextASpreadsheetWouldRunAsAFormula(String payload) {
		assertThat(FormulaGuard.neutralise(payload)).isEqualTo("'" + payload);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Launch a recruitment campaign", "2.3", "Café – “quoted”", " =not first", "'already",
			"Cost: -1", "a=b", "" })
	void leavesOtherTextAsItIs(String text) {
		assertThat(FormulaGuard.neutralise(text)).isEqualTo(text);
	}

	@Test
	void leavesAnEmptyCellEmpty() {
		assertThat(FormulaGuard.neutralise(null)).isNull();
	}

}
