package org.turnaround.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import org.turnaround.audit.HistoryLabel;
import org.turnaround.audit.Reference;

import org.springframework.util.Assert;

/**
 * A DfE intervention in an authority's children's services: a non-statutory notice, an
 * improvement notice or a statutory direction, with the requirements it sets and the
 * adviser or commissioner it appoints.
 */
@Audited
@Entity
public class ImprovementNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "authority_id")
	private Long authorityId;

	@HistoryLabel("Title")
	private String title;

	@Enumerated(EnumType.STRING)
	@HistoryLabel("Kind")
	private NoticeKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "trigger_kind")
	@HistoryLabel("What led to it")
	private NoticeTrigger trigger;

	@Column(name = "trigger_detail")
	@HistoryLabel("What led to it, in detail")
	private String triggerDetail;

	@HistoryLabel("Summary")
	private String summary;

	@Column(name = "issued_on")
	@HistoryLabel("Issued")
	private LocalDate issuedOn;

	@Column(name = "review_interval_months")
	@HistoryLabel(value = "Reviews", format = "every %s months")
	private Integer reviewIntervalMonths;

	@Column(name = "next_review_on")
	@HistoryLabel("Next review")
	private LocalDate nextReviewOn;

	@Column(name = "adviser_name")
	@HistoryLabel("Adviser or commissioner")
	private String adviserName;

	@Column(name = "adviser_role")
	@HistoryLabel("Adviser's role")
	private String adviserRole;

	@Column(name = "adviser_appointed_on")
	@HistoryLabel("Adviser appointed")
	private LocalDate adviserAppointedOn;

	@Enumerated(EnumType.STRING)
	@HistoryLabel("Status")
	private NoticeStatus status = NoticeStatus.ACTIVE;

	@Column(name = "status_changed_on")
	@HistoryLabel("Status changed")
	private LocalDate statusChangedOn;

	@Column(name = "supersedes_id")
	@HistoryLabel(value = "Replaces", refersTo = Reference.NOTICE)
	private Long supersedesId;

	@OneToMany(mappedBy = "notice", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	@HistoryLabel(value = "Requirements", item = "Requirement {number}")
	private List<Requirement> requirements = new ArrayList<>();

	@Version
	private Long version;

	public static final int MAX_TITLE_LENGTH = 300;

	protected ImprovementNotice() {
	}

	public ImprovementNotice(Long authorityId, String title, NoticeKind kind, NoticeTrigger trigger,
			LocalDate issuedOn) {
		Assert.notNull(authorityId, "A notice is issued to an authority");
		Assert.hasText(title, "A notice needs a title");
		Assert.notNull(kind, "Say what kind of notice this is");
		Assert.notNull(trigger, "Say what led to the notice");
		Assert.notNull(issuedOn, "A notice needs the date it was issued");
		this.authorityId = authorityId;
		this.title = title;
		this.kind = kind;
		this.trigger = trigger;
		this.issuedOn = issuedOn;
		this.statusChangedOn = issuedOn;
	}

	/**
	 * Corrects what the notice says about itself; a later issue date must still come
	 * before the next review.
	 */
	public void edit(String title, NoticeKind kind, NoticeTrigger trigger, LocalDate issuedOn) {
		Assert.hasText(title, "A notice needs a title");
		Assert.isTrue(title.strip().length() <= MAX_TITLE_LENGTH,
				"The title must be " + MAX_TITLE_LENGTH + " characters or fewer");
		Assert.notNull(kind, "Say what kind of notice this is");
		Assert.notNull(trigger, "Say what led to the notice");
		Assert.notNull(issuedOn, "A notice needs the date it was issued");
		Assert.isTrue(this.nextReviewOn == null || !this.nextReviewOn.isBefore(issuedOn),
				"The next review cannot be before the notice was issued");
		// A notice still in force has had no status change since it was issued.
		if (this.status == NoticeStatus.ACTIVE && this.issuedOn.equals(this.statusChangedOn)) {
			this.statusChangedOn = issuedOn;
		}
		this.title = title.strip();
		this.kind = kind;
		this.trigger = trigger;
		this.issuedOn = issuedOn;
	}

	/**
	 * Corrects the text of a requirement; its number stays, so actions that answer it
	 * still answer requirement {@code number}.
	 */
	public void rewordRequirement(int number, String text) {
		var requirement = this.requirements.stream()
			.filter((candidate) -> candidate.getNumber() == number)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("This notice has no requirement " + number));
		checkRequirementText(text);
		requirement.reword(text.strip());
	}

	public Requirement addRequirement(String text) {
		checkRequirementText(text);
		var requirement = new Requirement(this, this.requirements.size() + 1, text);
		this.requirements.add(requirement);
		return requirement;
	}

	/**
	 * Sets the review cycle; the next review falls one cycle after the notice was issued.
	 */
	private static void checkRequirementText(String text) {
		Assert.hasText(text, "A requirement needs its text");
		Assert.isTrue(text.strip().length() <= Requirement.MAX_TEXT_LENGTH,
				"A requirement must be " + Requirement.MAX_TEXT_LENGTH + " characters or fewer");
	}

	public void reviewEvery(int months, LocalDate nextReviewOn) {
		Assert.isTrue(months >= 1 && months <= 36, "A review cycle is between 1 and 36 months");
		Assert.isTrue(nextReviewOn == null || !nextReviewOn.isBefore(this.issuedOn),
				"The next review cannot be before the notice was issued");
		this.reviewIntervalMonths = months;
		this.nextReviewOn = nextReviewOn;
	}

	public void appointAdviser(String name, String role, LocalDate appointedOn) {
		Assert.hasText(name, "An adviser needs a name");
		this.adviserName = name;
		this.adviserRole = role;
		this.adviserAppointedOn = appointedOn;
	}

	public void describe(String triggerDetail, String summary) {
		this.triggerDetail = triggerDetail;
		this.summary = summary;
	}

	/**
	 * This notice replaces an earlier one, which stops being in force on the day this is
	 * issued.
	 */
	public void supersede(ImprovementNotice earlier) {
		Assert.isTrue(earlier != this, "A notice cannot supersede itself");
		Assert.isTrue(earlier.authorityId.equals(this.authorityId),
				"A notice can only supersede a notice of the same authority");
		earlier.changeStatus(NoticeStatus.SUPERSEDED, this.issuedOn);
		this.supersedesId = earlier.getId();
	}

	public void lift(LocalDate on) {
		changeStatus(NoticeStatus.LIFTED, on);
	}

	public void revise(LocalDate on) {
		changeStatus(NoticeStatus.REVISED, on);
	}

	private void changeStatus(NoticeStatus next, LocalDate on) {
		Assert.state(this.status.inForce(),
				() -> "This notice is already " + this.status.label().toLowerCase() + " and cannot change");
		Assert.isTrue(on != null && !on.isBefore(this.issuedOn),
				"A notice's status cannot change before the notice was issued");
		this.status = next;
		this.statusChangedOn = on;
	}

	public Long getVersion() {
		return this.version;
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

	public NoticeKind getKind() {
		return this.kind;
	}

	public NoticeTrigger getTrigger() {
		return this.trigger;
	}

	public String getTriggerDetail() {
		return this.triggerDetail;
	}

	public String getSummary() {
		return this.summary;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public Integer getReviewIntervalMonths() {
		return this.reviewIntervalMonths;
	}

	public LocalDate getNextReviewOn() {
		return this.nextReviewOn;
	}

	public String getAdviserName() {
		return this.adviserName;
	}

	public String getAdviserRole() {
		return this.adviserRole;
	}

	public LocalDate getAdviserAppointedOn() {
		return this.adviserAppointedOn;
	}

	public NoticeStatus getStatus() {
		return this.status;
	}

	public LocalDate getStatusChangedOn() {
		return this.statusChangedOn;
	}

	public Long getSupersedesId() {
		return this.supersedesId;
	}

	public List<Requirement> getRequirements() {
		return Collections.unmodifiableList(this.requirements);
	}

}
