package org.turnaround.caseaudit;

import java.math.BigDecimal;
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
 * One round of auditing children's case files, with the number of cases given each grade.
 * Every audited case has exactly one grade.
 */
@Audited
@Entity
@Table(name = "case_audit")
public class CaseAudit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "authority_id", nullable = false, updatable = false)
	private Long authorityId;

	@HistoryLabel("Title")
	@Column(name = "title", nullable = false, length = 300)
	private String title;

	@HistoryLabel("Completed")
	@Column(name = "completed_on", nullable = false)
	private LocalDate completedOn;

	@HistoryLabel("Cases audited")
	@Column(name = "cases_audited", nullable = false)
	private int casesAudited;

	@HistoryLabel("Outstanding")
	@Column(name = "outstanding", nullable = false)
	private int outstanding;

	@HistoryLabel("Good")
	@Column(name = "good", nullable = false)
	private int good;

	@HistoryLabel("Requires improvement")
	@Column(name = "requires_improvement", nullable = false)
	private int requiresImprovement;

	@HistoryLabel("Inadequate")
	@Column(name = "inadequate", nullable = false)
	private int inadequate;

	@HistoryLabel("Summary")
	@Column(name = "summary")
	private String summary;

	@Version
	@Column(name = "version", nullable = false)
	private Long version;

	protected CaseAudit() {
	}

	/**
	 * An audit round; the four grade counts must add up to the cases audited.
	 */
	public CaseAudit(Long authorityId, String title, LocalDate completedOn, int casesAudited, int outstanding, int good,
			int requiresImprovement, int inadequate) {
		this.authorityId = Objects.requireNonNull(authorityId, "A case audit belongs to an authority.");
		retitle(title);
		this.completedOn = Objects.requireNonNull(completedOn, "A case audit needs the date it was completed.");
		correctGrades(casesAudited, outstanding, good, requiresImprovement, inadequate);
	}

	public void retitle(String title) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A case audit needs a title.");
		}
		if (title.strip().length() > 300) {
			throw new IllegalArgumentException("The title of a case audit must be 300 characters or fewer.");
		}
		this.title = title.strip();
	}

	/**
	 * Moves the date the audit was completed; an audit cannot be completed after today.
	 */
	public void redate(LocalDate completedOn, LocalDate today) {
		Objects.requireNonNull(completedOn, "A case audit needs the date it was completed.");
		if (completedOn.isAfter(today)) {
			throw new IllegalArgumentException("A case audit cannot be completed in the future.");
		}
		this.completedOn = completedOn;
	}

	public void summarise(String summary) {
		this.summary = (summary == null || summary.isBlank()) ? null : summary.strip();
	}

	/**
	 * Replaces the counts, refusing any that are negative or do not add up to the cases
	 * audited.
	 */
	public void correctGrades(int casesAudited, int outstanding, int good, int requiresImprovement, int inadequate) {
		requireNotNegative(casesAudited, "cases audited");
		requireNotNegative(outstanding, "cases graded outstanding");
		requireNotNegative(good, "cases graded good");
		requireNotNegative(requiresImprovement, "cases graded requires improvement");
		requireNotNegative(inadequate, "cases graded inadequate");
		long graded = (long) outstanding + good + requiresImprovement + inadequate;
		if (graded != casesAudited) {
			throw new IllegalArgumentException("The grades add up to " + graded + " cases, but " + casesAudited
					+ " were audited: every audited case needs exactly one grade.");
		}
		this.casesAudited = casesAudited;
		this.outstanding = outstanding;
		this.good = good;
		this.requiresImprovement = requiresImprovement;
		this.inadequate = inadequate;
	}

	private static void requireNotNegative(int count, String what) {
		if (count < 0) {
			throw new IllegalArgumentException("The number of " + what + " cannot be negative (" + count + ").");
		}
	}

	/**
	 * The percentage of audited cases graded requires improvement or better, to 1 decimal
	 * place; empty when no case was audited. Older audits call this "adequate or better":
	 * the old grade "adequate" is today's "requires improvement".
	 */
	public Optional<BigDecimal> percentAdequateOrBetter() {
		return Optional.ofNullable(CaseAuditRound
			.percent((long) this.outstanding + this.good + this.requiresImprovement, this.casesAudited));
	}

	public Long getId() {
		return this.id;
	}

	public Long getAuthorityId() {
		return this.authorityId;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public int getCasesAudited() {
		return this.casesAudited;
	}

	public int getOutstanding() {
		return this.outstanding;
	}

	public int getGood() {
		return this.good;
	}

	public int getRequiresImprovement() {
		return this.requiresImprovement;
	}

	public int getInadequate() {
		return this.inadequate;
	}

	public String getSummary() {
		return this.summary;
	}

	public Long getVersion() {
		return this.version;
	}

}
