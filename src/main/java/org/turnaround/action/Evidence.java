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
 * A file or link attached to a progress update. Like the update it belongs to, it is
 * never changed. A file's bytes are kept here; its original name is only shown, never
 * used to store or serve it.
 */
@Entity
@Immutable
@Table(name = "evidence")
class Evidence {

	enum Kind {

		FILE, LINK

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "update_id")
	private Long updateId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String title;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private Long sizeBytes;

	private byte[] content;

	private String url;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Evidence() {
	}

	Evidence(Long updateId, NewEvidence evidence, Instant at) {
		this.updateId = updateId;
		this.kind = (evidence.url() != null) ? Kind.LINK : Kind.FILE;
		this.title = evidence.title();
		this.fileName = evidence.fileName();
		this.contentType = evidence.contentType();
		this.content = evidence.content();
		this.sizeBytes = (evidence.content() != null) ? (long) evidence.content().length : null;
		this.url = evidence.url();
		this.createdAt = at;
	}

	Long getId() {
		return this.id;
	}

	Long getUpdateId() {
		return this.updateId;
	}

}
