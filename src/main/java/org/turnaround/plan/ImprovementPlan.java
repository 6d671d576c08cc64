package org.turnaround.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * An authority's plan answering a notice: its period, budget, cabinet endorsement and
 * numbered priorities. Actions and milestones refer to it by id.
 */
@Audited
@Entity
public class ImprovementPlan {

	public static final int MAX_TITLE_LENGTH = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "authority_id")
	private Long authorityId;

	@Column(name = "notice_id")
	@HistoryLabel(value = "Answers", refersTo = Reference.NOTICE)
	private Long noticeId;

	@HistoryLabel("Title")
	private String title;

	@HistoryLabel("Summary")
	private String summary;

	@Column(name = "starts_on")
	@HistoryLabel("Start date")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	@HistoryLabel("End date")
	private LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	@HistoryLabel("Status")
	private PlanStatus status = PlanStatus.DRAFT;

	@Column(name = "endorsed_on")
	@HistoryLabel("Endorsed by cabinet")
	private LocalDate endorsedOn;

	@Column(name = "budget_pounds")
	@HistoryLabel(value = "Budget", format = "£%s")
	private BigDecimal budgetPounds;

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	@HistoryLabel(value = "Priorities", item = "Priority {number}")
	private List<Priority> priorities = new ArrayList<>();

	@Version
	private Long version;

	protected ImprovementPlan() {
	}

	public ImprovementPlan(Long authorityId, Long noticeId, String title, LocalDate startsOn, LocalDate endsOn) {
		Assert.notNull(authorityId, "A plan belongs to an authority");
		Assert.hasText(title, "A plan needs a title");
		Assert.isTrue(startsOn != null && endsOn != null, "A plan needs a start and an end date");
		Assert.isTrue(!endsOn.isBefore(startsOn), "A plan cannot end before it starts");
		this.authorityId = authorityId;
		this.noticeId = noticeId;
		this.title = title;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	/**
	 * Changes what the plan says. A closed plan is a record of what was done and is not
	 * changed.
	 */
	public void edit(String title, String summary, Long noticeId, LocalDate startsOn, LocalDate endsOn) {
		requireOpen();
		Assert.hasText(title, "A plan needs a title");
		Assert.isTrue(title.strip().length() <= MAX_TITLE_LENGTH,
				"The title must be " + MAX_TITLE_LENGTH + " characters or fewer");
		Assert.isTrue(startsOn != null && endsOn != null, "A plan needs a start and an end date");
		Assert.isTrue(!endsOn.isBefore(startsOn), "A plan cannot end before it starts");
		this.title = title.strip();
		this.summary = summary;
		this.noticeId = noticeId;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	public Priority addPriority(String title, String description, String leadName) {
		requireOpen();
		Assert.hasText(title, "A priority needs a title");
		int next = this.priorities.stream().mapToInt(Priority::getNumber).max().orElse(0) + 1;
		var priority = new Priority(this, next, title, description, leadName);
		this.priorities.add(priority);
		return priority;
	}

	/**
	 * Moves a priority up (negative delta) or down the plan, renumbering the priorities
	 * it passes so the numbers stay 1, 2, 3...
	 * @throws IllegalStateException if the priority is already first or last
	 */
	public void movePriority(Long priorityId, int delta) {
		requireOpen();
		var ordered = new ArrayList<>(this.priorities);
		ordered.sort(Comparator.comparingInt(Priority::getNumber));
		int from = -1;
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).getId().equals(priorityId)) {
				from = i;
			}
		}
		Assert.isTrue(from >= 0, "That priority is not part of this plan");
		int to = from + delta;
		var moving = ordered.get(from);
		Assert.state(to >= 0, "Priority " + moving.getNumber() + " is already first");
		Assert.state(to < ordered.size(), "Priority " + moving.getNumber() + " is already last");
		ordered.remove(from);
		ordered.add(to, moving);
		// The unique (plan, number) constraint is deferred, so two priorities may share a
		// number until the transaction commits.
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).renumber(i + 1);
		}
	}

	public void budget(BigDecimal pounds) {
		requireOpen();
		Assert.isTrue(pounds == null || pounds.signum() >= 0, "A budget cannot be negative");
		this.budgetPounds = pounds;
	}

	public void describe(String summary) {
		this.summary = summary;
	}

	/**
	 * Cabinet endorses a draft plan. The date is recorded after the meeting, so it cannot
	 * be in the future.
	 * @param today the date in the authority's time zone
	 * @throws IllegalStateException if the plan is not a draft
	 * @throws IllegalArgumentException if the date is missing or in the future
	 */
	public void endorse(LocalDate on, LocalDate today) {
		Assert.state(this.status == PlanStatus.DRAFT, "Only a draft plan can be endorsed");
		Assert.notNull(on, "Give the date cabinet endorsed the plan");
		Assert.isTrue(!on.isAfter(today), "The date cabinet endorsed the plan cannot be in the future");
		this.status = PlanStatus.ENDORSED;
		this.endorsedOn = on;
	}

	public void activate() {
		Assert.state(this.status == PlanStatus.ENDORSED, "A plan must be endorsed by cabinet before it becomes active");
		this.status = PlanStatus.ACTIVE;
	}

	public void close() {
		Assert.state(this.status != PlanStatus.CLOSED, "This plan is already closed");
		Assert.state(this.status != PlanStatus.DRAFT, "A draft plan is discarded, not closed");
		this.status = PlanStatus.CLOSED;
	}

	/**
	 * A closed plan is a record of what was done: nothing in it changes any more, neither
	 * its own details nor the order of its priorities and actions.
	 * @throws IllegalStateException if the plan is closed
	 */
	public void requireOpen() {
		Assert.state(this.status != PlanStatus.CLOSED, "This plan is closed and can no longer be changed");
	}

	public Long getId() {
		return this.id;
	}

	public Long getAuthorityId() {
		return this.authorityId;
	}

	public Long getNoticeId() {
		return this.noticeId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public LocalDate getEndorsedOn() {
		return this.endorsedOn;
	}

	public BigDecimal getBudgetPounds() {
		return this.budgetPounds;
	}

	public Long getVersion() {
		return this.version;
	}

	public List<Priority> getPriorities() {
		return Collections.unmodifiableList(this.priorities);
	}

}
