package org.turnaround.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One committed change set in the audit trail: when it was made and by whom. Envers
 * writes one per transaction that changes an audited record; nothing in the app edits it.
 */
@Entity
@Immutable
@Table(name = "revision")
@RevisionEntity(ActorRevisionListener.class)
class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	@Column(name = "recorded_at")
	private Instant recordedAt;

	@Column(name = "account_id")
	private Long accountId;

	private String username;

	protected Revision() {
	}

	void madeBy(AuditActor actor) {
		this.accountId = actor.accountId();
		this.username = actor.username();
	}

	Long getId() {
		return this.id;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

	Long getAccountId() {
		return this.accountId;
	}

	String getUsername() {
		return this.username;
	}

}
