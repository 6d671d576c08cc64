package org.turnaround.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.turnaround.web.DateInput;
import org.turnaround.web.NumberInput;

/**
 * The workforce return form as posted, every field as text. The period is asked for only
 * when a return is recorded: it is what the return is, so a wrong one is a new return.
 */
record WorkforceForm(String periodDay, String periodMonth, String periodYear, String socialWorkers, String vacancies,
		String agencyWorkers, String leavers, String averageCaseload, Long version) {

	// numeric(8, 1) and numeric(5, 1)
	static final BigDecimal LARGEST_FTE = new BigDecimal("9999999.9");

	static final BigDecimal LARGEST_CASELOAD = new BigDecimal("9999.9");

	static WorkforceForm empty() {
		return new WorkforceForm(null, null, null, null, null, null, null, null, null);
	}

	static WorkforceForm of(WorkforcePeriod period) {
		var on = period.periodOn();
		return new WorkforceForm(DateInput.day(on), DateInput.month(on), DateInput.year(on),
				period.socialWorkersFte().toPlainString(), period.vacanciesFte().toPlainString(),
				period.agencyWorkersFte().toPlainString(), period.leaversFte().toPlainString(),
				(period.averageCaseload() != null) ? period.averageCaseload().toPlainString() : null, period.version());
	}

	WorkforceForm against(long newVersion) {
		return new WorkforceForm(this.periodDay, this.periodMonth, this.periodYear, this.socialWorkers, this.vacancies,
				this.agencyWorkers, this.leavers, this.averageCaseload, newVersion);
	}

	/**
	 * What is wrong with the input, keyed by field id in page order.
	 * @param withPeriod whether the form asks for the period (a new return)
	 */
	Map<String, String> problems(LocalDate today, boolean withPeriod) {
		var problems = new LinkedHashMap<String, String>();
		if (withPeriod) {
			if (!DateInput.given(this.periodDay, this.periodMonth, this.periodYear)) {
				problems.put("periodDay", "Enter the date the return describes");
			}
			else if (periodOn().isEmpty()) {
				problems.put("periodDay", "The date must be a real date, like 30 9 2025");
			}
			else if (periodOn().get().isAfter(today)) {
				problems.put("periodDay", "The date cannot be in the future");
			}
		}
		fte("socialWorkers", this.socialWorkers, "social workers in post", problems);
		fte("vacancies", this.vacancies, "vacancies", problems);
		fte("agencyWorkers", this.agencyWorkers, "agency social workers", problems);
		fte("leavers", this.leavers, "leavers", problems);
		if (NumberInput.given(this.averageCaseload) && caseload().isEmpty()) {
			problems.put("averageCaseload",
					"The average caseload must be a number from 0 to 9,999.9 with at most one decimal place, like 18.5");
		}
		return problems;
	}

	private static void fte(String field, String text, String what, Map<String, String> problems) {
		if (!NumberInput.given(text)) {
			problems.put(field, "Enter the number of " + what + " (FTE), or 0 if there were none");
		}
		else if (NumberInput.decimal(text, 1, LARGEST_FTE).isEmpty()) {
			problems.put(field, "The number of " + what
					+ " must be a number, 0 or more, with at most one decimal place, like 26.5");
		}
	}

	Optional<LocalDate> periodOn() {
		return DateInput.parse(this.periodDay, this.periodMonth, this.periodYear);
	}

	/** The figures, once {@link #problems} found none. */
	Figures figures() {
		return new Figures(number(this.socialWorkers), number(this.vacancies), number(this.agencyWorkers),
				number(this.leavers), caseload().orElse(null));
	}

	private Optional<BigDecimal> caseload() {
		return NumberInput.decimal(this.averageCaseload, 1, LARGEST_CASELOAD);
	}

	private static BigDecimal number(String text) {
		return NumberInput.decimal(text, 1, LARGEST_FTE).orElseThrow();
	}

	record Figures(BigDecimal socialWorkers, BigDecimal vacancies, BigDecimal agencyWorkers, BigDecimal leavers,
			BigDecimal averageCaseload) {

	}

}
