package org.turnaround.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One workforce return as pages, the dashboard and the cabinet report show it, with its
 * derived rates (see {@link WorkforceRates}: percentages to 1 decimal place, {@code null}
 * when not applicable). Figures are full-time equivalents.
 *
 * @param socialWorkersFte children and family social workers directly employed and in
 * post, not counting agency workers
 * @param leaversFte directly employed social workers who left during the period
 * @param averageCaseload the average caseload, if known
 * @param version the return's version, for the edit form
 */
public record WorkforcePeriod(long id, long authorityId, LocalDate periodOn, BigDecimal socialWorkersFte,
		BigDecimal vacanciesFte, BigDecimal agencyWorkersFte, BigDecimal leaversFte, BigDecimal averageCaseload,
		long version, BigDecimal agencyRate, BigDecimal vacancyRate, BigDecimal turnoverRate) {

	static WorkforcePeriod of(long id, long authorityId, LocalDate periodOn, BigDecimal socialWorkersFte,
			BigDecimal vacanciesFte, BigDecimal agencyWorkersFte, BigDecimal leaversFte, BigDecimal averageCaseload,
			long version) {
		var rates = WorkforceRates.of(socialWorkersFte, vacanciesFte, agencyWorkersFte, leaversFte);
		return new WorkforcePeriod(id, authorityId, periodOn, socialWorkersFte, vacanciesFte, agencyWorkersFte,
				leaversFte, averageCaseload, version, rates.agencyRate(), rates.vacancyRate(), rates.turnoverRate());
	}

}
