package org.turnaround.action;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One dated progress report on an action. Updates are never edited or deleted: together
 * they are the action's history, so the entity is immutable.
 */
@Entity
@Immutable
@Table(name = "action_update")
public class ActionUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "action_id")
	private Long actionId;

	@Column(name = "author_id")
	private Long authorId;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	@Enumerated(EnumType.STRING)
	private ActionStatus status;

	@Column(name = "percent_complete")
	private int percentComplete;

	private String commentary;

	@Enumerated(EnumType.STRING)
	private Rag rag;

	@Column(name = "rag_reason")
	private String ragReason;

	protected ActionUpdate() {
	}

	ActionUpdate(Long actionId, Long authorId, Instant recordedAt, ActionStatus status, int percentComplete,
			String commentary, RagAssessment assessment) {
		this.actionId = actionId;
		this.authorId = authorId;
		this.recordedAt = recordedAt;
		this.status = status;
		this.percentComplete = percentComplete;
		this.commentary = commentary;
		this.rag = assessment.rag();
		this.ragReason = assessment.reason();
	}

	public Long getId() {
		return this.id;
	}

	public Long getActionId() {
		return this.actionId;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	public int getPercentComplete() {
		return this.percentComplete;
	}

	public String getCommentary() {
		return this.commentary;
	}

	public Rag getRag() {
		return this.rag;
	}

	public String getRagReason() {
		return this.ragReason;
	}

}
