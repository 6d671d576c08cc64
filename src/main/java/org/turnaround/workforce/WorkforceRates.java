package org.turnaround.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The rates derived from one workforce return, as the DfE's children's social work
 * workforce statistics define them, each a percentage to 1 decimal place (half up), or
 * {@code null} ("not applicable") when its denominator is zero.
 * <ul>
 * <li>agency rate: agency social workers / (agency social workers + social workers
 * directly employed);</li>
 * <li>vacancy rate: vacancies / (vacancies + social workers directly employed);</li>
 * <li>turnover rate: leavers / social workers directly employed. It can exceed 100 when
 * posts turn over more than once in the period.</li>
 * </ul>
 * All figures are full-time equivalents, and "social workers" always means those directly
 * employed by the authority and in post, never agency workers.
 */
public record WorkforceRates(BigDecimal agencyRate, BigDecimal vacancyRate, BigDecimal turnoverRate) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static WorkforceRates of(BigDecimal socialWorkers, BigDecimal vacancies, BigDecimal agencyWorkers,
			BigDecimal leavers) {
		Objects.requireNonNull(socialWorkers, "social workers");
		Objects.requireNonNull(vacancies, "vacancies");
		Objects.requireNonNull(agencyWorkers, "agency workers");
		Objects.requireNonNull(leavers, "leavers");
		return new WorkforceRates(percent(agencyWorkers, agencyWorkers.add(socialWorkers)),
				percent(vacancies, vacancies.add(socialWorkers)), percent(leavers, socialWorkers));
	}

	static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return null;
		}
		return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
	}

}
