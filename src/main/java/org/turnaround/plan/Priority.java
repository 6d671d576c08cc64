package org.turnaround.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import org.turnaround.audit.HistoryLabel;

/**
 * A numbered theme of a plan, such as "Workforce stability", with the person who leads
 * it.
 */
@Audited
@Entity
public class Priority {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private ImprovementPlan plan;

	private int number;

	@HistoryLabel("Title")
	private String title;

	@HistoryLabel("Description")
	private String description;

	@Column(name = "lead_name")
	@HistoryLabel("Lead")
	private String leadName;

	@Version
	private Long version;

	protected Priority() {
	}

	Priority(ImprovementPlan plan, int number, String title, String description, String leadName) {
		this.plan = plan;
		this.number = number;
		this.title = title;
		this.description = description;
		this.leadName = leadName;
	}

	public Long getId() {
		return this.id;
	}

	public ImprovementPlan getPlan() {
		return this.plan;
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

	public String getLeadName() {
		return this.leadName;
	}

}
