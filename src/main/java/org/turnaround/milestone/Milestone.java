package org.turnaround.milestone;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import org.turnaround.audit.HistoryLabel;
import org.turnaround.audit.Reference;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * A dated checkpoint of a plan. It is achieved on a date that cannot be in the future,
 * missed when its target passes without that, or cancelled with a reason.
 */
@Audited
@Entity
public class Milestone {

	public static final int MAX_TITLE_LENGTH = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id")
	private Long planId;

	@HistoryLabel("Title")
	private String title;

	@HistoryLabel("Description")
	private String description;

	@Column(name = "target_on")
	@HistoryLabel("Target date")
	private LocalDate targetOn;

	@Column(name = "achieved_on")
	@HistoryLabel("Achieved")
	private LocalDate achievedOn;

	@Enumerated(EnumType.STRING)
	@HistoryLabel("Status")
	private MilestoneStatus status = MilestoneStatus.PLANNED;

	@Column(name = "cancellation_reason")
	@HistoryLabel("Reason for cancelling")
	private String cancellationReason;

	@ElementCollection
	@CollectionTable(name = "milestone_action", joinColumns = @JoinColumn(name = "milestone_id"))
	@Column(name = "action_id")
	@HistoryLabel(value = "Actions it depends on", refersTo = Reference.ACTION)
	private Set<Long> actionIds = new LinkedHashSet<>();

	@Version
	private Long version;

	protected Milestone() {
	}

	public Milestone(Long planId, String title, LocalDate targetOn) {
		Assert.notNull(planId, "A milestone belongs to a plan");
		Assert.hasText(title, "A milestone needs a title");
		Assert.notNull(targetOn, "A milestone needs a target date");
		this.planId = planId;
		this.title = title;
		this.targetOn = targetOn;
	}

	public void achieve(LocalDate on, LocalDate today) {
		Assert.state(this.status != MilestoneStatus.CANCELLED, "A cancelled milestone cannot be achieved");
		Assert.notNull(on, "Enter the date the milestone was achieved");
		Assert.isTrue(!on.isAfter(today), "The date achieved cannot be in the future");
		this.status = MilestoneStatus.ACHIEVED;
		this.achievedOn = on;
	}

	public void miss(LocalDate today) {
		Assert.state(this.status == MilestoneStatus.PLANNED, "Only a planned milestone can be missed");
		Assert.state(this.targetOn.isBefore(today), "A milestone is only missed once its target date has passed");
		this.status = MilestoneStatus.MISSED;
	}

	public void cancel(String reason) {
		Assert.state(this.status != MilestoneStatus.ACHIEVED, "An achieved milestone cannot be cancelled");
		Assert.isTrue(StringUtils.hasText(reason), "Give a reason for cancelling the milestone");
		this.status = MilestoneStatus.CANCELLED;
		this.cancellationReason = reason.strip();
		this.achievedOn = null;
	}

	public void dependsOn(Long actionId) {
		this.actionIds.add(actionId);
	}

	/**
	 * Changes what the milestone is and when it is due; a cancelled one stays as it was.
	 */
	public void edit(String title, String description, LocalDate targetOn) {
		Assert.state(this.status != MilestoneStatus.CANCELLED, "A cancelled milestone cannot be changed");
		Assert.isTrue(StringUtils.hasText(title), "Enter a title for the milestone");
		Assert.isTrue(title.strip().length() <= MAX_TITLE_LENGTH,
				"The title must be " + MAX_TITLE_LENGTH + " characters or fewer");
		Assert.notNull(targetOn, "Enter the milestone's target date");
		this.title = title.strip();
		this.description = StringUtils.hasText(description) ? description.strip() : null;
		this.targetOn = targetOn;
	}

	/**
	 * Replaces the actions the milestone depends on. The caller has checked they are
	 * actions of the milestone's plan.
	 */
	public void dependsOnOnly(Set<Long> actionIds) {
		Assert.state(this.status != MilestoneStatus.CANCELLED, "A cancelled milestone cannot be changed");
		Assert.notNull(actionIds, "Give the actions the milestone depends on, or none");
		Assert.isTrue(actionIds.stream().allMatch((id) -> id != null), "An action the milestone depends on has no id");
		this.actionIds.retainAll(actionIds);
		this.actionIds.addAll(actionIds);
	}

	public Long getId() {
		return this.id;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public LocalDate getTargetOn() {
		return this.targetOn;
	}

	public LocalDate getAchievedOn() {
		return this.achievedOn;
	}

	public MilestoneStatus getStatus() {
		return this.status;
	}

	public String getCancellationReason() {
		return this.cancellationReason;
	}

	public Long getVersion() {
		return this.version;
	}

	public Set<Long> getActionIds() {
		return Collections.unmodifiableSet(this.actionIds);
	}

}
