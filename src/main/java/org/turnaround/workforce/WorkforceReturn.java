package org.turnaround.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import org.turnaround.audit.HistoryLabel;

/**
 * An authority's social work workforce in one period, in full-time equivalents, from
 * which the agency, vacancy and turnover rates follow.
 */
@Audited
@Entity
@Table(name = "workforce_return")
public class WorkforceReturn {

	// numeric(8, 1) and numeric(5, 1)
	private static final BigDecimal LARGEST_FTE = new BigDecimal("9999999.9");

	private static final BigDecimal LARGEST_CASELOAD = new BigDecimal("9999.9");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "authority_id", nullable = false, updatable = false)
	private Long authorityId;

	@HistoryLabel("Period")
	@Column(name = "period_on", nullable = false, updatable = false)
	private LocalDate periodOn;

	@HistoryLabel("Social workers in post (FTE)")
	@Column(name = "social_workers_fte", nullable = false, precision = 8, scale = 1)
	private BigDecimal socialWorkersFte;

	@HistoryLabel("Vacancies (FTE)")
	@Column(name = "vacancies_fte", nullable = false, precision = 8, scale = 1)
	private BigDecimal vacanciesFte;

	@HistoryLabel("Agency social workers (FTE)")
	@Column(name = "agency_workers_fte", nullable = false, precision = 8, scale = 1)
	private BigDecimal agencyWorkersFte;

	@HistoryLabel("Leavers (FTE)")
	@Column(name = "leavers_fte", nullable = false, precision = 8, scale = 1)
	private BigDecimal leaversFte;

	@HistoryLabel("Average caseload")
	@Column(name = "average_caseload", precision = 5, scale = 1)
	private BigDecimal averageCaseload;

	@Version
	@Column(name = "version", nullable = false)
	private Long version;

	protected WorkforceReturn() {
	}

	/**
	 * A workforce return.
	 * @param authorityId the authority
	 * @param periodOn the period it describes
	 * @param socialWorkersFte social workers employed by the authority (not agency)
	 * @param vacanciesFte posts vacant
	 * @param agencyWorkersFte agency social workers
	 * @param leaversFte employed social workers who left in the period
	 * @param averageCaseload the average caseload, if known
	 */
	public WorkforceReturn(Long authorityId, LocalDate periodOn, BigDecimal socialWorkersFte, BigDecimal vacanciesFte,
			BigDecimal agencyWorkersFte, BigDecimal leaversFte, BigDecimal averageCaseload) {
		this.authorityId = Objects.requireNonNull(authorityId, "A workforce return belongs to an authority.");
		this.periodOn = Objects.requireNonNull(periodOn, "A workforce return needs the period it describes.");
		revise(socialWorkersFte, vacanciesFte, agencyWorkersFte, leaversFte, averageCaseload);
	}

	/**
	 * Corrects the figures of the return.
	 */
	public void revise(BigDecimal socialWorkersFte, BigDecimal vacanciesFte, BigDecimal agencyWorkersFte,
			BigDecimal leaversFte, BigDecimal averageCaseload) {
		// all figures are checked before any is kept: a refused revision changes nothing
		BigDecimal socialWorkers = fte(socialWorkersFte, "social workers");
		BigDecimal vacancies = fte(vacanciesFte, "vacancies");
		BigDecimal agencyWorkers = fte(agencyWorkersFte, "agency social workers");
		BigDecimal leavers = fte(leaversFte, "leavers");
		BigDecimal caseload = (averageCaseload != null) ? averageCaseload.setScale(1, RoundingMode.HALF_UP) : null;
		if (caseload != null && (averageCaseload.signum() < 0 || caseload.compareTo(LARGEST_CASELOAD) > 0)) {
			throw new IllegalArgumentException(
					"The average caseload must be between 0 and 9999.9, not " + averageCaseload.toPlainString() + ".");
		}
		this.socialWorkersFte = socialWorkers;
		this.vacanciesFte = vacancies;
		this.agencyWorkersFte = agencyWorkers;
		this.leaversFte = leavers;
		this.averageCaseload = caseload;
	}

	private static BigDecimal fte(BigDecimal fte, String what) {
		if (fte == null) {
			throw new IllegalArgumentException("The number of " + what + " is missing: give 0 if there are none.");
		}
		if (fte.signum() < 0) {
			throw new IllegalArgumentException(
					"The number of " + what + " cannot be negative (" + fte.toPlainString() + ").");
		}
		BigDecimal rounded = fte.setScale(1, RoundingMode.HALF_UP);
		if (rounded.compareTo(LARGEST_FTE) > 0) {
			throw new IllegalArgumentException(
					"The number of " + what + " is too large (" + fte.toPlainString() + ").");
		}
		return rounded;
	}

	/** The rates derived from the figures; see {@link WorkforceRates} for how. */
	public WorkforceRates rates() {
		return WorkforceRates.of(this.socialWorkersFte, this.vacanciesFte, this.agencyWorkersFte, this.leaversFte);
	}

	/**
	 * Agency social workers as a percentage of all social workers in post (employed plus
	 * agency), to 1 decimal place; empty when there are none.
	 */
	public Optional<BigDecimal> agencyRate() {
		return Optional.ofNullable(rates().agencyRate());
	}

	/**
	 * Vacant posts as a percentage of all posts (employed social workers plus vacancies),
	 * to 1 decimal place; empty when there are no posts.
	 */
	public Optional<BigDecimal> vacancyRate() {
		return Optional.ofNullable(rates().vacancyRate());
	}

	/**
	 * Leavers as a percentage of employed social workers, to 1 decimal place; empty when
	 * there are no employed social workers.
	 */
	public Optional<BigDecimal> turnoverRate() {
		return Optional.ofNullable(rates().turnoverRate());
	}

	public Long getId() {
		return this.id;
	}

	public Long getAuthorityId() {
		return this.authorityId;
	}

	public LocalDate getPeriodOn() {
		return this.periodOn;
	}

	public BigDecimal getSocialWorkersFte() {
		return this.socialWorkersFte;
	}

	public BigDecimal getVacanciesFte() {
		return this.vacanciesFte;
	}

	public BigDecimal getAgencyWorkersFte() {
		return this.agencyWorkersFte;
	}

	public BigDecimal getLeaversFte() {
		return this.leaversFte;
	}

	public BigDecimal getAverageCaseload() {
		return this.averageCaseload;
	}

	public Long getVersion() {
		return this.version;
	}

}
