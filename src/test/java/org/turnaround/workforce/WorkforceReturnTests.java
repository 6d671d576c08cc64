package org.turnaround.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkforceReturnTests {

	private static final LocalDate PERIOD = LocalDate.of(2025, 3, 31);

	private static WorkforceReturn workforce(String socialWorkers, String vacancies, String agency, String leavers) {
		return new WorkforceReturn(1L, PERIOD, new BigDecimal(socialWorkers), new BigDecimal(vacancies),
				new BigDecimal(agency), new BigDecimal(leavers), null);
	}

	@Test
	void derivesTheAgencyRateFromAgencyWorkersAmongAllInPost() {
		assertThat(workforce("150", "0", "50", "0").agencyRate()).contains(new BigDecimal("25.0"));
		assertThat(workforce("200", "0", "1", "0").agencyRate()).contains(new BigDecimal("0.5"));
	}

	@Test
	void derivesTheVacancyRateFromVacanciesAmongAllPosts() {
		assertThat(workforce("180", "20", "0", "0").vacancyRate()).contains(new BigDecimal("10.0"));
		assertThat(workforce("2", "1", "0", "0").vacancyRate()).contains(new BigDecimal("33.3"));
	}

	@Test
	void derivesTheTurnoverRateFromLeaversAmongEmployedSocialWorkers() {
		assertThat(workforce("150", "0", "0", "24").turnoverRate()).contains(new BigDecimal("16.0"));
		assertThat(workforce("3", "0", "0", "2").turnoverRate()).contains(new BigDecimal("66.7"));
	}

	@Test
	void givesZeroPercentWhenThereAreNoneAndAHundredWhenThereAreOnlyThose() {
		var noAgencyNoVacanciesNoLeavers = workforce("150", "0", "0", "0");
		assertThat(noAgencyNoVacanciesNoLeavers.agencyRate()).contains(new BigDecimal("0.0"));
		assertThat(noAgencyNoVacanciesNoLeavers.vacancyRate()).contains(new BigDecimal("0.0"));
		assertThat(noAgencyNoVacanciesNoLeavers.turnoverRate()).contains(new BigDecimal("0.0"));

		var onlyAgencyAndVacancies = workforce("0", "10", "40", "0");
		assertThat(onlyAgencyAndVacancies.agencyRate()).contains(new BigDecimal("100.0"));
		assertThat(onlyAgencyAndVacancies.vacancyRate()).contains(new BigDecimal("100.0"));
	}

	@Test
	void letsTurnoverExceedAHundredPercent() {
		assertThat(workforce("10", "0", "0", "15").turnoverRate()).contains(new BigDecimal("150.0"));
	}

	@Test
	void givesNoRateWhenItsDenominatorIsZero() {
		var empty = workforce("0", "0", "0", "0");
		assertThat(empty.agencyRate()).isEmpty();
		assertThat(empty.vacancyRate()).isEmpty();
		assertThat(empty.turnoverRate()).isEmpty();
		assertThat(workforce("0", "0", "5", "3").turnoverRate()).isEmpty();
	}

	@Test
	void rejectsANegativeFigure() {
		assertThatIllegalArgumentException().isThrownBy(() -> workforce("-0.1", "0", "0", "0"))
			.withMessageContaining("social workers cannot be negative");
		assertThatIllegalArgumentException().isThrownBy(() -> workforce("1", "-1", "0", "0"))
			.withMessageContaining("vacancies cannot be negative");
		assertThatIllegalArgumentException().isThrownBy(() -> workforce("1", "0", "-1", "0"))
			.withMessageContaining("agency social workers cannot be negative");
		assertThatIllegalArgumentException().isThrownBy(() -> workforce("1", "0", "0", "-1"))
			.withMessageContaining("leavers cannot be negative");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WorkforceReturn(1L, PERIOD, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO,
					BigDecimal.ZERO, new BigDecimal("-1")))
			.withMessageContaining("average caseload");
	}

	@Test
	void rejectsAMissingFigureButNotAMissingCaseload() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new WorkforceReturn(1L, PERIOD, BigDecimal.ONE, null, BigDecimal.ZERO, BigDecimal.ZERO, null))
			.withMessageContaining("give 0 if there are none");
		assertThat(workforce("1", "0", "0", "0").getAverageCaseload()).isNull();
	}

	@Test
	void rejectsFiguresTooLargeForTheColumns() {
		assertThatIllegalArgumentException().isThrownBy(() -> workforce("9999999.96", "0", "0", "0"));
		assertThatIllegalArgumentException().isThrownBy(() -> new WorkforceReturn(1L, PERIOD, BigDecimal.ONE,
				BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("10000")));
	}

	@Test
	void revisesItsFiguresUnderTheSameRules() {
		var workforce = workforce("150", "0", "50", "0");
		assertThatIllegalArgumentException().isThrownBy(
				() -> workforce.revise(BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("-2"), BigDecimal.ZERO, null));
		assertThat(workforce.agencyRate()).contains(new BigDecimal("25.0"));
		workforce.revise(new BigDecimal("160"), BigDecimal.ZERO, new BigDecimal("40"), BigDecimal.ZERO,
				new BigDecimal("17.26"));
		assertThat(workforce.agencyRate()).contains(new BigDecimal("20.0"));
		assertThat(workforce.getAverageCaseload()).isEqualTo(new BigDecimal("17.3"));
	}

}
