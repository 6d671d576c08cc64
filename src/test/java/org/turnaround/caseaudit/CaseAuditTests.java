package org.turnaround.caseaudit;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class CaseAuditTests {

	private static final LocalDate COMPLETED = LocalDate.of(2024, 11, 29);

	private static CaseAudit audit(int cases, int outstanding, int good, int requiresImprovement, int inadequate) {
		return new CaseAudit(1L, "Practice audit", COMPLETED, cases, outstanding, good, requiresImprovement,
				inadequate);
	}

	@Test
	void acceptsGradesThatAddUpExactlyToTheCasesAudited() {
		var audit = audit(1400, 70, 350, 560, 420);
		assertThat(audit.getCasesAudited()).isEqualTo(1400);
		assertThat(audit.getOutstanding()).isEqualTo(70);
		assertThat(audit.getGood()).isEqualTo(350);
		assertThat(audit.getRequiresImprovement()).isEqualTo(560);
		assertThat(audit.getInadequate()).isEqualTo(420);
	}

	@Test
	void rejectsAGradeCountThatDoesNotAddUpToTheCasesAudited() {
		assertThatIllegalArgumentException().isThrownBy(() -> audit(1400, 70, 350, 560, 419))
			.withMessage(
					"The grades add up to 1399 cases, but 1400 were audited: every audited case needs exactly one grade.");
		assertThatIllegalArgumentException().isThrownBy(() -> audit(1400, 70, 350, 560, 421))
			.withMessageContaining("add up to 1401 cases");
	}

	@Test
	void rejectsANegativeCount() {
		assertThatIllegalArgumentException().isThrownBy(() -> audit(-1, 0, 0, 0, -1))
			.withMessageContaining("cases audited cannot be negative");
		assertThatIllegalArgumentException().isThrownBy(() -> audit(10, -1, 5, 5, 1))
			.withMessageContaining("outstanding cannot be negative");
		assertThatIllegalArgumentException().isThrownBy(() -> audit(10, 5, -1, 5, 1))
			.withMessageContaining("good cannot be negative");
		assertThatIllegalArgumentException().isThrownBy(() -> audit(10, 5, 5, -1, 1))
			.withMessageContaining("requires improvement cannot be negative");
		assertThatIllegalArgumentException().isThrownBy(() -> audit(10, 5, 5, 1, -1))
			.withMessageContaining("inadequate cannot be negative");
	}

	@Test
	void givesThePercentageAdequateOrBetterCountingRequiresImprovementAsAdequate() {
		assertThat(audit(1400, 70, 350, 560, 420).percentAdequateOrBetter()).contains(new BigDecimal("70.0"));
	}

	@Test
	void roundsThePercentageToOneDecimalPlace() {
		assertThat(audit(3, 0, 0, 1, 2).percentAdequateOrBetter()).contains(new BigDecimal("33.3"));
		assertThat(audit(3, 0, 1, 1, 1).percentAdequateOrBetter()).contains(new BigDecimal("66.7"));
	}

	@Test
	void givesZeroPercentWhenEveryCaseIsInadequateAndAHundredWhenNoneIs() {
		assertThat(audit(12, 0, 0, 0, 12).percentAdequateOrBetter()).contains(new BigDecimal("0.0"));
		assertThat(audit(12, 1, 1, 10, 0).percentAdequateOrBetter()).contains(new BigDecimal("100.0"));
	}

	@Test
	void givesNoPercentageWhenNoCaseWasAudited() {
		var audit = audit(0, 0, 0, 0, 0);
		assertThat(audit.percentAdequateOrBetter()).isEmpty();
	}

	@Test
	void correctsItsGradesUnderTheSameRulesAndChangesNothingWhenRefused() {
		var audit = audit(10, 1, 2, 3, 4);
		assertThatIllegalArgumentException().isThrownBy(() -> audit.correctGrades(10, 1, 2, 3, 5));
		assertThat(audit.getInadequate()).isEqualTo(4);
		audit.correctGrades(11, 1, 2, 3, 5);
		assertThat(audit.getCasesAudited()).isEqualTo(11);
		assertThat(audit.percentAdequateOrBetter()).contains(new BigDecimal("54.5"));
	}

	@Test
	void needsATitleAndADate() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CaseAudit(1L, " ", COMPLETED, 0, 0, 0, 0, 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CaseAudit(1L, "t".repeat(301), COMPLETED, 0, 0, 0, 0, 0));
		assertThatNullPointerException().isThrownBy(() -> new CaseAudit(1L, "Audit", null, 0, 0, 0, 0, 0));
	}

	@Test
	void refusesACompletionDateInTheFutureAndKeepsTheOldOne() {
		var audit = audit(10, 1, 2, 3, 4);
		assertThatIllegalArgumentException().isThrownBy(() -> audit.redate(COMPLETED.plusDays(1), COMPLETED))
			.withMessage("A case audit cannot be completed in the future.");
		assertThat(audit.getCompletedOn()).isEqualTo(COMPLETED);
		audit.redate(COMPLETED.minusDays(3), COMPLETED);
		assertThat(audit.getCompletedOn()).isEqualTo(COMPLETED.minusDays(3));
		audit.redate(COMPLETED, COMPLETED);
		assertThat(audit.getCompletedOn()).isEqualTo(COMPLETED);
	}

}
