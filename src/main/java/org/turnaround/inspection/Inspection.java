package org.turnaround.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;

import org.turnaround.audit.HistoryLabel;

/**
 * An Ofsted inspection or visit of an authority's children's services: when it happened,
 * its judgement per area (inspections only) and its numbered findings.
 */
@Audited
@Entity
@Table(name = "inspection")
public class Inspection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "authority_id", nullable = false, updatable = false)
	private Long authorityId;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 40, updatable = false)
	@HistoryLabel("Kind")
	private InspectionKind kind;

	@Column(name = "title", nullable = false, length = 300)
	@HistoryLabel("Title")
	private String title;

	@Column(name = "started_on", nullable = false)
	@HistoryLabel("Started")
	private LocalDate startedOn;

	@Column(name = "published_on")
	@HistoryLabel("Report published")
	private LocalDate publishedOn;

	@Column(name = "framework", length = 200)
	@HistoryLabel("Framework")
	private String framework;

	@Enumerated(EnumType.STRING)
	@Column(name = "overall_judgement", length = 30)
	@HistoryLabel("Overall effectiveness")
	private Judgement overallJudgement;

	@Column(name = "summary")
	@HistoryLabel("Summary")
	private String summary;

	@Version
	@Column(name = "version", nullable = false)
	private Long version;

	// a new, changed or removed judgement or finding is a change of the inspection, and
	// counts against its version
	@OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
	@OptimisticLock(excluded = false)
	@HistoryLabel(value = "Judgements", item = "{area}")
	private List<InspectionJudgement> judgements = new ArrayList<>();

	@OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	@OptimisticLock(excluded = false)
	@HistoryLabel(value = "Findings", item = "Finding {number}")
	private List<InspectionFinding> findings = new ArrayList<>();

	protected Inspection() {
	}

	public Inspection(Long authorityId, InspectionKind kind, String title, LocalDate startedOn) {
		this.authorityId = Objects.requireNonNull(authorityId, "An inspection belongs to an authority.");
		this.kind = Objects.requireNonNull(kind, "An inspection needs a kind.");
		this.startedOn = Objects.requireNonNull(startedOn, "An inspection needs the date it started.");
		retitle(title);
	}

	public void retitle(String title) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("An inspection needs a title.");
		}
		if (title.strip().length() > 300) {
			throw new IllegalArgumentException("The title of an inspection must be 300 characters or fewer.");
		}
		this.title = title.strip();
	}

	/**
	 * Records the framework it was carried out under (e.g. "ILACS 2023") and a summary of
	 * the report.
	 */
	public void describe(String framework, String summary) {
		String cleanFramework = (framework == null || framework.isBlank()) ? null : framework.strip();
		if (cleanFramework != null && cleanFramework.length() > 200) {
			throw new IllegalArgumentException("The framework must be 200 characters or fewer.");
		}
		this.framework = cleanFramework;
		this.summary = (summary == null || summary.isBlank()) ? null : summary.strip();
	}

	/**
	 * Records the date the report was published, which cannot be before the inspection
	 * started.
	 */
	public void publish(LocalDate publishedOn) {
		Objects.requireNonNull(publishedOn, "Give the date the report was published.");
		if (publishedOn.isBefore(this.startedOn)) {
			throw new IllegalArgumentException("The report cannot be published on " + publishedOn
					+ ", before the inspection started on " + this.startedOn + ".");
		}
		this.publishedOn = publishedOn;
	}

	/**
	 * Corrects when the inspection started and when its report was published (none yet:
	 * null); publication cannot come before the start.
	 */
	public void redate(LocalDate startedOn, LocalDate publishedOn) {
		Objects.requireNonNull(startedOn, "An inspection needs the date it started.");
		if (publishedOn != null && publishedOn.isBefore(startedOn)) {
			throw new IllegalArgumentException("The report cannot be published on " + publishedOn
					+ ", before the inspection started on " + startedOn + ".");
		}
		this.startedOn = startedOn;
		this.publishedOn = publishedOn;
	}

	/**
	 * Gives the area its judgement, or takes it away (null: not judged).
	 */
	public void judgeOrClear(InspectionArea area, Judgement judgement) {
		if (judgement != null) {
			judge(area, judgement);
			return;
		}
		Objects.requireNonNull(area, "Say which area is judged.");
		this.judgements.removeIf((existing) -> existing.getArea() == area);
	}

	/**
	 * Sets or clears the overall effectiveness judgement.
	 */
	public void judgeOverall(Judgement judgement) {
		if (judgement != null) {
			requireGraded();
		}
		this.overallJudgement = judgement;
	}

	/**
	 * Gives an area its judgement, replacing any judgement it had.
	 */
	public void judge(InspectionArea area, Judgement judgement) {
		Objects.requireNonNull(area, "Say which area is judged.");
		Objects.requireNonNull(judgement, "Give the judgement of " + area.shortLabel() + ".");
		requireGraded();
		var existing = this.judgements.stream().filter((candidate) -> candidate.getArea() == area).findFirst();
		if (existing.isEmpty()) {
			this.judgements.add(new InspectionJudgement(this, area, judgement));
			return;
		}
		// Changed in place: a new row would break the unique (inspection, area),
		// as Hibernate inserts before it deletes. Taking it out and putting it
		// back marks the collection changed, so the change counts against the
		// inspection's version.
		this.judgements.remove(existing.get());
		existing.get().changeTo(judgement);
		this.judgements.add(existing.get());
	}

	public Optional<Judgement> judgementFor(InspectionArea area) {
		return this.judgements.stream()
			.filter((existing) -> existing.getArea() == area)
			.map(InspectionJudgement::getJudgement)
			.findFirst();
	}

	private void requireGraded() {
		if (!this.kind.isGraded()) {
			throw new IllegalStateException("A " + this.kind.label().toLowerCase(Locale.ROOT)
					+ " does not give graded judgements; only an inspection does.");
		}
	}

	/**
	 * Adds a finding, numbered after the last one.
	 */
	public InspectionFinding addFinding(String text) {
		int next = this.findings.stream().mapToInt(InspectionFinding::getNumber).max().orElse(0) + 1;
		var finding = new InspectionFinding(this, next, text);
		this.findings.add(finding);
		return finding;
	}

	public Optional<InspectionFinding> findingWithId(long findingId) {
		return this.findings.stream()
			.filter((finding) -> finding.getId() != null && finding.getId() == findingId)
			.findFirst();
	}

	public Optional<InspectionFinding> findingNumbered(int number) {
		return this.findings.stream().filter((finding) -> finding.getNumber() == number).findFirst();
	}

	public Long getId() {
		return this.id;
	}

	public Long getAuthorityId() {
		return this.authorityId;
	}

	public InspectionKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getFramework() {
		return this.framework;
	}

	public Judgement getOverallJudgement() {
		return this.overallJudgement;
	}

	public String getSummary() {
		return this.summary;
	}

	public Long getVersion() {
		return this.version;
	}

	/**
	 * The judgements, in the order the report gives the areas.
	 */
	public List<InspectionJudgement> getJudgements() {
		return this.judgements.stream().sorted(Comparator.comparing(InspectionJudgement::getArea)).toList();
	}

	/**
	 * The findings, in number order.
	 */
	public List<InspectionFinding> getFindings() {
		return this.findings.stream().sorted(Comparator.comparingInt(InspectionFinding::getNumber)).toList();
	}

}
