package org.turnaround.plan;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.turnaround.action.ActionOrdering;
import org.turnaround.plan.PlanClosing.PlanChanged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and edits a plan's priorities and changes the order of priorities and of the
 * actions under them. Every move is checked against the plan's version, and bumps it, so
 * a move made from a page someone else has since changed is refused. The increment is
 * written at once (not at commit), so two moves racing each other cannot both pass the
 * check.
 */
@Service
class PriorityEditing {

	private final PlanRepository plans;

	private final ActionOrdering actionOrdering;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	PriorityEditing(PlanRepository plans, ActionOrdering actionOrdering, EntityManager entityManager, JdbcClient jdbc) {
		this.plans = plans;
		this.actionOrdering = actionOrdering;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** The plan a priority belongs to. */
	@Transactional(readOnly = true)
	Optional<Long> planOf(long priorityId) {
		return this.jdbc.sql("select plan_id from priority where id = :id")
			.param("id", priorityId)
			.query(Long.class)
			.optional();
	}

	@Transactional(readOnly = true)
	long planVersion(long planId) {
		return this.plans.findById(planId).orElseThrow().getVersion();
	}

	/** The edit form filled from the priority, built inside the transaction. */
	@Transactional(readOnly = true)
	PriorityForm form(long priorityId) {
		return PriorityForm.of(find(priorityId));
	}

	@Transactional
	int create(long planId, String title, String description, String leadName) {
		var plan = this.plans.findById(planId).orElseThrow();
		var priority = plan.addPriority(title.strip(), null, null);
		priority.edit(title, description, leadName);
		this.plans.flush();
		return priority.getNumber();
	}

	@Transactional
	void edit(long priorityId, long version, String title, String description, String leadName) {
		var priority = find(priorityId);
		if (priority.getVersion() != version) {
			throw new PriorityChanged();
		}
		priority.edit(title, description, leadName);
		this.plans.flush();
	}

	@Transactional
	void movePriority(long planId, long planVersion, long priorityId, int delta) {
		var plan = current(planId, planVersion);
		plan.movePriority(priorityId, delta);
		this.entityManager.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		this.plans.flush();
	}

	@Transactional
	void moveAction(long planId, long planVersion, long actionId, int delta) {
		var plan = current(planId, planVersion);
		plan.requireOpen();
		this.actionOrdering.move(planId, actionId, delta);
		this.entityManager.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		this.plans.flush();
	}

	private ImprovementPlan current(long planId, long version) {
		var plan = this.plans.findById(planId).orElseThrow();
		if (plan.getVersion() != version) {
			throw new PlanChanged();
		}
		return plan;
	}

	private Priority find(long priorityId) {
		return this.entityManager.find(Priority.class, priorityId);
	}

	/** Someone saved the priority after this person loaded it. */
	static class PriorityChanged extends RuntimeException {

		PriorityChanged() {
			super("The priority was changed by someone else");
		}

	}

}
