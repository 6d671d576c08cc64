package org.turnaround.inspection;

import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import org.turnaround.audit.HistoryLabel;
import org.turnaround.audit.Reference;

/**
 * A numbered finding of an inspection (what must improve), and the improvement actions
 * that answer it. Created only through {@link Inspection#addFinding}.
 */
@Audited
@Entity
@Table(name = "inspection_finding")
public class InspectionFinding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "inspection_id", nullable = false, updatable = false)
	private Inspection inspection;

	@Column(name = "number", nullable = false)
	private int number;

	@Column(name = "text", nullable = false, length = 2000)
	@HistoryLabel("Text")
	private String text;

	@Version
	@Column(name = "version", nullable = false)
	private Long version;

	@ElementCollection
	@CollectionTable(name = "finding_action", joinColumns = @JoinColumn(name = "finding_id"))
	@Column(name = "action_id", nullable = false)
	@HistoryLabel(value = "Actions that answer it", refersTo = Reference.ACTION)
	private Set<Long> actionIds = new HashSet<>();

	protected InspectionFinding() {
	}

	InspectionFinding(Inspection inspection, int number, String text) {
		this.inspection = inspection;
		this.number = number;
		reword(text);
	}

	public void reword(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A finding needs its text.");
		}
		if (text.strip().length() > 2000) {
			throw new IllegalArgumentException("A finding must be 2000 characters or fewer.");
		}
		this.text = text.strip();
	}

	/**
	 * Records that an improvement action answers this finding.
	 */
	public void linkAction(Long actionId) {
		this.actionIds.add(Objects.requireNonNull(actionId, "actionId"));
	}

	public void unlinkAction(Long actionId) {
		this.actionIds.remove(actionId);
	}

	/**
	 * Replaces the actions that answer this finding. The caller has checked they are
	 * actions of the inspected authority.
	 */
	public void answeredOnlyBy(Set<Long> actionIds) {
		Objects.requireNonNull(actionIds, "Give the actions that answer the finding, or none.");
		if (actionIds.stream().anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException("An action that answers the finding has no id.");
		}
		this.actionIds.retainAll(actionIds);
		this.actionIds.addAll(actionIds);
	}

	public Long getId() {
		return this.id;
	}

	public int getNumber() {
		return this.number;
	}

	public String getText() {
		return this.text;
	}

	public Long getVersion() {
		return this.version;
	}

	public Set<Long> getActionIds() {
		return Collections.unmodifiableSet(this.actionIds);
	}

}
