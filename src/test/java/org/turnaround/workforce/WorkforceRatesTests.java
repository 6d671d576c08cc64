package org.turnaround.workforce;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkforceRatesTests {

	private static WorkforceRates rates(String socialWorkers, String vacancies, String agency, String leavers) {
		return WorkforceRates.of(new BigDecimal(socialWorkers), new BigDecimal(vacancies), new BigDecimal(agency),
				new BigDecimal(leavers));
	}

	@Test
	void theAgencyRateIsAgencyWorkersAmongAgencyAndDirectlyEmployedSocialWorkers() {
		assertThat(rates("150", "0", "50", "0").agencyRate()).isEqualByComparingTo("25.0");
	}

	@Test
	void theVacancyRateIsVacanciesAmongVacanciesAndDirectlyEmployedSocialWorkers() {
		assertThat(rates("180", "20", "40", "0").vacancyRate()).isEqualByComparingTo("10.0");
	}

	@Test
	void theTurnoverRateIsLeaversAmongDirectlyEmployedSocialWorkers() {
		assertThat(rates("150", "30", "40", "24").turnoverRate()).isEqualByComparingTo("16.0");
	}

	@Test
	void ratesOfTheDemoReturnAreAsThePageShowsThem() {
		var rates = rates("201.5", "19.0", "44.0", "4.0");
		assertThat(rates.agencyRate()).isEqualTo(new BigDecimal("17.9"));
		assertThat(rates.vacancyRate()).isEqualTo(new BigDecimal("8.6"));
		assertThat(rates.turnoverRate()).isEqualTo(new BigDecimal("2.0"));
	}

	@Test
	void roundsToOneDecimalPlaceHalfUp() {
		// 1/3 = 33.33..., 2/3 = 66.66..., 1/8 = 12.5 exactly, 1/16 = 6.25 rounds up to
		// 6.3
		assertThat(rates("2", "1", "1", "0").vacancyRate()).isEqualTo(new BigDecimal("33.3"));
		assertThat(rates("1", "2", "0", "0").vacancyRate()).isEqualTo(new BigDecimal("66.7"));
		assertThat(rates("7", "0", "1", "0").agencyRate()).isEqualTo(new BigDecimal("12.5"));
		assertThat(rates("16", "0", "0", "1").turnoverRate()).isEqualTo(new BigDecimal("6.3"));
	}

	@Test
	void aZeroDenominatorIsNotApplicableRatherThanZero() {
		var nobody = rates("0", "0", "0", "0");
		assertThat(nobody.agencyRate()).isNull();
		assertThat(nobody.vacancyRate()).isNull();
		assertThat(nobody.turnoverRate()).isNull();
		// agency workers and vacancies but nobody directly employed: turnover has no base
		var onlyAgency = rates("0", "5", "10", "2");
		assertThat(onlyAgency.agencyRate()).isEqualTo(new BigDecimal("100.0"));
		assertThat(onlyAgency.vacancyRate()).isEqualTo(new BigDecimal("100.0"));
		assertThat(onlyAgency.turnoverRate()).isNull();
	}

	@Test
	void noneOfSomethingIsZeroPercent() {
		var stable = rates("100", "0", "0", "0");
		assertThat(stable.agencyRate()).isEqualTo(new BigDecimal("0.0"));
		assertThat(stable.vacancyRate()).isEqualTo(new BigDecimal("0.0"));
		assertThat(stable.turnoverRate()).isEqualTo(new BigDecimal("0.0"));
	}

	@Test
	void turnoverCanExceedAHundredPercent() {
		assertThat(rates("10", "0", "0", "15").turnoverRate()).isEqualTo(new BigDecimal("150.0"));
	}

}
