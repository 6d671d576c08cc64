package org.turnaround.action;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * A numbered piece of work under a priority of a plan, owned by one person. The action
 * guards its own progress: {@link #recordUpdate} refuses what is not allowed and returns
 * the update that becomes part of its history.
 */
@Audited
@Entity
public class Action {

	/**
	 * Commentary is free text, but a progress note longer than this is a document, not an
	 * update.
	 */
	public static final int MAX_COMMENTARY_LENGTH = 5000;

	public static final int MAX_TITLE_LENGTH = 300;

	public static final int MAX_DESCRIPTION_LENGTH = 5000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id")
	private Long planId;

	@Column(name = "priority_id")
	private Long priorityId;

	private int number;

	@HistoryLabel("Title")
	private String title;

	@HistoryLabel("Description")
	private String description;

	@Column(name = "owner_id")
	@HistoryLabel(value = "Owner", refersTo = Reference.ACCOUNT)
	private Long ownerId;

	@Column(name = "lead_partnership_id")
	@HistoryLabel(value = "Led with partner", refersTo = Reference.PARTNERSHIP)
	private Long leadPartnershipId;

	@Column(name = "starts_on")
	@HistoryLabel("Start date")
	private LocalDate startsOn;

	@Column(name = "due_on")
	@HistoryLabel("Due date")
	private LocalDate dueOn;

	@Column(name = "baseline_due_on")
	private LocalDate baselineDueOn;

	@Column(name = "due_revision_reason")
	@HistoryLabel("Reason for revising the due date")
	private String dueRevisionReason;

	@Enumerated(EnumType.STRING)
	@HistoryLabel("Status")
	private ActionStatus status = ActionStatus.NOT_STARTED;

	@Column(name = "percent_complete")
	@HistoryLabel(value = "Percent complete", format = "%s%%")
	private int percentComplete;

	@Column(name = "last_update_at")
	private Instant lastUpdateAt;

	@Column(name = "completed_on")
	@HistoryLabel("Completed")
	private LocalDate completedOn;

	@Column(name = "cancellation_reason")
	@HistoryLabel("Reason for cancelling")
	private String cancellationReason;

	@Enumerated(EnumType.STRING)
	@Column(name = "rag_override")
	@HistoryLabel("RAG override")
	private Rag ragOverride;

	@Column(name = "rag_override_reason")
	@HistoryLabel("Reason for overriding the RAG")
	private String ragOverrideReason;

	@Column(name = "rag_override_by_id")
	private Long ragOverrideById;

	@Column(name = "rag_override_at")
	private Instant ragOverrideAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "action_requirement", joinColumns = @JoinColumn(name = "action_id"))
	@Column(name = "requirement_id")
	@HistoryLabel(value = "Notice requirements it answers", refersTo = Reference.REQUIREMENT)
	private Set<Long> requirementIds = new LinkedHashSet<>();

	@Version
	private Long version;

	protected Action() {
	}

	public Action(Long planId, Long priorityId, int number, String title, Long ownerId, LocalDate startsOn,
			LocalDate dueOn, Instant createdAt) {
		Assert.isTrue(planId != null && priorityId != null, "An action belongs to a priority of a plan");
		Assert.isTrue(number > 0, "An action's number is positive");
		Assert.hasText(title, "An action needs a title");
		Assert.notNull(ownerId, "An action needs an owner");
		Assert.notNull(dueOn, "An action needs a due date");
		Assert.isTrue(startsOn == null || !dueOn.isBefore(startsOn), "An action cannot be due before it starts");
		this.planId = planId;
		this.priorityId = priorityId;
		this.number = number;
		this.title = title;
		this.ownerId = ownerId;
		this.startsOn = startsOn;
		this.dueOn = dueOn;
		this.baselineDueOn = dueOn;
		this.createdAt = createdAt;
	}

	/**
	 * Records one progress report. Refuses updates to a cancelled action, a completed
	 * action that is not at 100%, a return to "not started" once work has begun, and
	 * commentary that is missing or too long. Returns the update to be saved as part of
	 * the history.
	 */
	public ActionUpdate recordUpdate(Long authorId, ActionStatus newStatus, int newPercent, String commentary,
			Instant at, ZoneId zone, RagPolicy policy) {
		Assert.notNull(authorId, "An update needs its author");
		Assert.notNull(newStatus, "Choose a status");
		if (this.status == ActionStatus.CANCELLED) {
			throw new IllegalStateException("This action was cancelled and takes no more updates");
		}
		if (newStatus == ActionStatus.CANCELLED) {
			throw new IllegalArgumentException("Cancel an action with a reason rather than through a progress update");
		}
		if (newPercent < 0 || newPercent > 100) {
			throw new IllegalArgumentException("Percent complete must be between 0 and 100");
		}
		if (newStatus == ActionStatus.COMPLETE && newPercent != 100) {
			throw new IllegalArgumentException("A complete action must be 100% complete");
		}
		if (newStatus == ActionStatus.NOT_STARTED && this.status != ActionStatus.NOT_STARTED) {
			throw new IllegalArgumentException(
					"Work on this action has started, so it cannot go back to " + ActionStatus.NOT_STARTED.label());
		}
		if (!StringUtils.hasText(commentary)) {
			throw new IllegalArgumentException("Enter commentary on the progress made");
		}
		if (commentary.length() > MAX_COMMENTARY_LENGTH) {
			throw new IllegalArgumentException("Commentary must be " + MAX_COMMENTARY_LENGTH + " characters or fewer");
		}
		var today = LocalDate.ofInstant(at, zone);
		this.status = newStatus;
		this.percentComplete = newPercent;
		this.lastUpdateAt = at;
		this.completedOn = (newStatus == ActionStatus.COMPLETE) ? today : null;
		return new ActionUpdate(this.id, authorId, at, newStatus, newPercent, commentary.strip(),
				assessRag(policy, today, zone));
	}

	/** The RAG the rules give this action today, ignoring any override. */
	public RagAssessment assessRag(RagPolicy policy, LocalDate today, ZoneId zone) {
		return policy.assess(ragInput(zone), today);
	}

	public RagInput ragInput(ZoneId zone) {
		return new RagInput(this.status, this.percentComplete, this.startsOn, this.dueOn,
				LocalDate.ofInstant(this.createdAt, zone),
				(this.lastUpdateAt != null) ? LocalDate.ofInstant(this.lastUpdateAt, zone) : null);
	}

	/**
	 * Moves the due date; the baseline date it started with is kept, and a revision needs
	 * a reason.
	 */
	public void reviseDueDate(LocalDate newDueOn, String reason) {
		Assert.notNull(newDueOn, "Enter the revised due date");
		Assert.isTrue(this.startsOn == null || !newDueOn.isBefore(this.startsOn),
				"The due date cannot be before the action starts");
		if (newDueOn.equals(this.baselineDueOn)) {
			this.dueRevisionReason = null;
		}
		else {
			Assert.isTrue(StringUtils.hasText(reason), "Give a reason for revising the due date");
			this.dueRevisionReason = reason.strip();
		}
		this.dueOn = newDueOn;
	}

	/**
	 * Overrides the computed RAG. Only RED, AMBER or GREEN can be chosen (complete comes
	 * from the status), a reason is mandatory, and a cancelled action has no RAG to
	 * override.
	 */
	public void overrideRag(Rag rag, String reason, Long byAccountId, Instant at) {
		Assert.state(this.status != ActionStatus.CANCELLED, "A cancelled action has no RAG to override");
		Assert.isTrue(rag != null && rag != Rag.BLUE, "Choose Off track, At risk or On track");
		Assert.isTrue(StringUtils.hasText(reason), "Give a reason for overriding the RAG");
		Assert.isTrue(byAccountId != null && at != null, "An override records who made it and when");
		this.ragOverride = rag;
		this.ragOverrideReason = reason.strip();
		this.ragOverrideById = byAccountId;
		this.ragOverrideAt = at;
	}

	/** Returns the action to the RAG its rules give. */
	public void clearRagOverride() {
		this.ragOverride = null;
		this.ragOverrideReason = null;
		this.ragOverrideById = null;
		this.ragOverrideAt = null;
	}

	/**
	 * Cancels the action for good: it keeps its history but takes no more updates and has
	 * no RAG.
	 */
	public void cancel(String reason) {
		Assert.state(this.status != ActionStatus.COMPLETE, "A complete action cannot be cancelled");
		Assert.state(this.status != ActionStatus.CANCELLED, "This action is already cancelled");
		Assert.isTrue(StringUtils.hasText(reason), "Give a reason for cancelling the action");
		this.status = ActionStatus.CANCELLED;
		this.cancellationReason = reason.strip();
		clearRagOverride();
	}

	/**
	 * Hands the action to another person. Work that is finished or cancelled stays with
	 * whoever owned it, so its history still says who did it.
	 */
	public void reassignTo(Long newOwnerId) {
		Assert.notNull(newOwnerId, "Choose who the action moves to");
		Assert.state(this.status != ActionStatus.CANCELLED, "A cancelled action cannot be reassigned");
		Assert.state(this.status != ActionStatus.COMPLETE, "A complete action cannot be reassigned");
		this.ownerId = newOwnerId;
	}

	/**
	 * Puts a partner in the lead of the action, or takes the lead back (null). A
	 * cancelled action is kept as it was.
	 */
	public void ledBy(Long partnershipId) {
		Assert.state(this.status != ActionStatus.CANCELLED, "A cancelled action cannot be edited");
		this.leadPartnershipId = partnershipId;
	}

	public void answers(Long requirementId) {
		this.requirementIds.add(requirementId);
	}

	/** Answers exactly these requirements of the plan's notice, replacing any before. */
	public void answersOnly(Set<Long> requirementIds) {
		Assert.notNull(requirementIds, "Give the requirements the action answers, or none");
		Assert.state(this.status != ActionStatus.CANCELLED, "A cancelled action cannot be edited");
		this.requirementIds.retainAll(requirementIds);
		this.requirementIds.addAll(requirementIds);
	}

	/** Its place under its priority; only {@link ActionOrdering} moves actions. */
	void renumber(int number) {
		Assert.isTrue(number > 0, "An action's number is positive");
		this.number = number;
	}

	/**
	 * Changes what the action is and who owns it. A cancelled action is kept as it was,
	 * an owner change goes through {@link #reassignTo} (so finished work keeps its
	 * owner), and the start cannot move past the due date or the baseline due date.
	 */
	public void edit(String title, String description, Long ownerId, LocalDate startsOn) {
		Assert.state(this.status != ActionStatus.CANCELLED, "A cancelled action cannot be edited");
		Assert.isTrue(StringUtils.hasText(title), "Enter the action's title");
		Assert.isTrue(title.strip().length() <= MAX_TITLE_LENGTH,
				"The title must be " + MAX_TITLE_LENGTH + " characters or fewer");
		Assert.isTrue(description == null || description.length() <= MAX_DESCRIPTION_LENGTH,
				"The description must be " + String.format("%,d", MAX_DESCRIPTION_LENGTH) + " characters or fewer");
		Assert.notNull(ownerId, "Choose who owns the action");
		Assert.isTrue(startsOn == null || (!this.dueOn.isBefore(startsOn) && !this.baselineDueOn.isBefore(startsOn)),
				"An action cannot start after it is due");
		if (!ownerId.equals(this.ownerId)) {
			reassignTo(ownerId);
		}
		this.title = title.strip();
		this.description = StringUtils.hasText(description) ? description.strip() : null;
		this.startsOn = startsOn;
	}

	public Long getId() {
		return this.id;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Long getPriorityId() {
		return this.priorityId;
	}

	public int getNumber() {
		return this.number;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public Long getLeadPartnershipId() {
		return this.leadPartnershipId;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public LocalDate getBaselineDueOn() {
		return this.baselineDueOn;
	}

	public String getDueRevisionReason() {
		return this.dueRevisionReason;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	public int getPercentComplete() {
		return this.percentComplete;
	}

	public Instant getLastUpdateAt() {
		return this.lastUpdateAt;
	}

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public String getCancellationReason() {
		return this.cancellationReason;
	}

	public Rag getRagOverride() {
		return this.ragOverride;
	}

	public String getRagOverrideReason() {
		return this.ragOverrideReason;
	}

	public Set<Long> getRequirementIds() {
		return Collections.unmodifiableSet(this.requirementIds);
	}

	public Long getVersion() {
		return this.version;
	}

}
