package org.turnaround.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import org.turnaround.audit.HistoryLabel;

/**
 * The judgement an inspection gave one area. Changed only through
 * {@link Inspection#judge}.
 */
@Audited
@Entity
@Table(name = "inspection_judgement")
public class InspectionJudgement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "inspection_id", nullable = false, updatable = false)
	private Inspection inspection;

	@Enumerated(EnumType.STRING)
	@Column(name = "area", nullable = false, length = 40, updatable = false)
	private InspectionArea area;

	@Enumerated(EnumType.STRING)
	@Column(name = "judgement", nullable = false, length = 30)
	@HistoryLabel("Judgement")
	private Judgement judgement;

	protected InspectionJudgement() {
	}

	InspectionJudgement(Inspection inspection, InspectionArea area, Judgement judgement) {
		this.inspection = inspection;
		this.area = area;
		this.judgement = judgement;
	}

	void changeTo(Judgement judgement) {
		this.judgement = judgement;
	}

	public Long getId() {
		return this.id;
	}

	public InspectionArea getArea() {
		return this.area;
	}

	public Judgement getJudgement() {
		return this.judgement;
	}

}
