package org.turnaround.caseaudit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One case-audit round as pages, the dashboard and the cabinet report show it, with the
 * share of cases given each grade. Every percentage is of the cases audited, to 1 decimal
 * place (half up), and {@code null} when no case was audited.
 *
 * @param percentAdequateOrBetter cases graded outstanding, good or requires improvement:
 * every grade but inadequate ("requires improvement" replaced the old grade "adequate")
 * @param version the round's version, for the edit form
 */
public record CaseAuditRound(long id, long authorityId, String title, LocalDate completedOn, int casesAudited,
		int outstanding, int good, int requiresImprovement, int inadequate, String summary, long version,
		BigDecimal percentOutstanding, BigDecimal percentGood, BigDecimal percentRequiresImprovement,
		BigDecimal percentInadequate, BigDecimal percentAdequateOrBetter) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static CaseAuditRound of(long id, long authorityId, String title, LocalDate completedOn, int casesAudited,
			int outstanding, int good, int requiresImprovement, int inadequate, String summary, long version) {
		return new CaseAuditRound(id, authorityId, title, completedOn, casesAudited, outstanding, good,
				requiresImprovement, inadequate, summary, version, percent(outstanding, casesAudited),
				percent(good, casesAudited), percent(requiresImprovement, casesAudited),
				percent(inadequate, casesAudited),
				percent((long) outstanding + good + requiresImprovement, casesAudited));
	}

	/** The number adequate or better: outstanding, good and requires improvement. */
	public long adequateOrBetter() {
		return (long) this.outstanding + this.good + this.requiresImprovement;
	}

	static BigDecimal percent(long part, int whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
