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

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * A numbered theme of a plan, such as "Workforce stability", with the person who leads
 * it.
 */
@Audited
@Entity
public class Priority {

	public static final int MAX_TITLE_LENGTH = 300;

	public static final int MAX_LEAD_LENGTH = 200;

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

	/**
	 * Changes what the priority says; its number changes only by moving it within the
	 * plan.
	 */
	public void edit(String title, String description, String leadName) {
		this.plan.requireOpen();
		Assert.hasText(title, "Enter a title for the priority");
		Assert.isTrue(title.strip().length() <= MAX_TITLE_LENGTH,
				"The title must be " + MAX_TITLE_LENGTH + " characters or fewer");
		Assert.isTrue(leadName == null || leadName.strip().length() <= MAX_LEAD_LENGTH,
				"The lead's name must be " + MAX_LEAD_LENGTH + " characters or fewer");
		this.title = title.strip();
		this.description = StringUtils.hasText(description) ? description.strip() : null;
		this.leadName = StringUtils.hasText(leadName) ? leadName.strip() : null;
	}

	void renumber(int number) {
		Assert.isTrue(number > 0, "A priority's number is positive");
		this.number = number;
	}

	public Long getVersion() {
		return this.version;
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
