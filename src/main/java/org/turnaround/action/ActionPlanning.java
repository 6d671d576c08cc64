package org.turnaround.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.turnaround.account.CurrentUser;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan manager writes the plan's actions: creates them, edits them and cancels them.
 * Every choice the form offers (priority, owner, requirements) is checked again here
 * against the plan, so an id typed into the request from another plan or authority is a
 * refusal on its field, and nothing is saved.
 */
@Service
class ActionPlanning {

	private final ActionRepository actions;

	private final ActionReassignment reassignment;

	private final JdbcClient jdbc;

	private final Clock clock;

	ActionPlanning(ActionRepository actions, ActionReassignment reassignment, JdbcClient jdbc, Clock clock) {
		this.actions = actions;
		this.reassignment = reassignment;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A plan as the action forms need it. */
	record PlanRef(long id, String title, long authorityId, Long noticeId) {

	}

	/** A requirement of the plan's notice that an action may answer. */
	record RequirementChoice(long id, int number, String text) {

		public String label() {
			return this.number + ". " + this.text;
		}

	}

	@Transactional(readOnly = true)
	Optional<PlanRef> plan(long planId) {
		return this.jdbc.sql("select id, title, authority_id, notice_id from improvement_plan where id = :id")
			.param("id", planId)
			.query((rs, n) -> new PlanRef(rs.getLong("id"), rs.getString("title"), rs.getLong("authority_id"),
					(Long) rs.getObject("notice_id", Long.class)))
			.optional();
	}

	@Transactional(readOnly = true)
	List<PriorityChoice> priorities(PlanRef plan) {
		return this.jdbc.sql("select id, number, title from priority where plan_id = :planId order by number")
			.param("planId", plan.id())
			.query((rs, n) -> new PriorityChoice(rs.getLong("id"), plan.id(), plan.title(), rs.getInt("number"),
					rs.getString("title")))
			.list();
	}

	@Transactional(readOnly = true)
	List<RequirementChoice> requirements(PlanRef plan) {
		if (plan.noticeId() == null) {
			return List.of();
		}
		return this.jdbc
			.sql("select id, number, text from notice_requirement where notice_id = :noticeId order by number")
			.param("noticeId", plan.noticeId())
			.query((rs, n) -> new RequirementChoice(rs.getLong("id"), rs.getInt("number"), rs.getString("text")))
			.list();
	}

	@Transactional(readOnly = true)
	List<ActionReassignment.OwnerChoice> owners(PlanRef plan) {
		return this.reassignment.owners(plan.authorityId());
	}

	@Transactional(readOnly = true)
	Set<Long> requirementsOf(long actionId) {
		return Set.copyOf(this.jdbc.sql("select requirement_id from action_requirement where action_id = :id")
			.param("id", actionId)
			.query(Long.class)
			.list());
	}

	/**
	 * Adds an action under a priority of the plan, numbered after the priority's last
	 * action, and returns its id.
	 */
	@Transactional
	long create(long planId, ActionForm form, CurrentUser by) {
		var plan = managed(planId, by);
		long priorityId = form.priorityId().orElseThrow();
		if (priorities(plan).stream().noneMatch((priority) -> priority.id() == priorityId)) {
			throw new ActionRefused("priority", "Choose a priority of this plan");
		}
		long ownerId = checkedOwner(plan, form);
		var requirementIds = checkedRequirements(plan, form);
		// Two managers adding to one priority at once would both take the same next
		// number;
		// locking the priority row makes the second wait and number after the first.
		this.jdbc.sql("select id from priority where id = :priorityId for update")
			.param("priorityId", priorityId)
			.query(Long.class)
			.single();
		int number = this.jdbc.sql("select coalesce(max(number), 0) + 1 from action where priority_id = :priorityId")
			.param("priorityId", priorityId)
			.query(Integer.class)
			.single();
		var action = refusedAs("dueDay", () -> new Action(planId, priorityId, number, form.title().strip(), ownerId,
				form.startsOn().orElse(null), form.dueOn().orElseThrow(), this.clock.instant()));
		refusedAs("title", () -> action.edit(form.title(), form.description(), ownerId, form.startsOn().orElse(null)));
		action.answersOnly(requirementIds);
		return this.actions.saveAndFlush(action).getId();
	}

	/**
	 * Changes an action's title, description, owner, dates and requirements, refusing it
	 * when the action changed since the person loaded it.
	 */
	@Transactional
	void edit(long actionId, ActionForm form, CurrentUser by) {
		var action = this.actions.findById(actionId).orElseThrow(() -> new RecordNotFoundException("Action", actionId));
		var plan = managed(action.getPlanId(), by);
		if (!action.getVersion().equals(form.version())) {
			throw new StaleVersionException("Action", actionId);
		}
		long ownerId = checkedOwner(plan, form);
		var requirementIds = checkedRequirements(plan, form);
		LocalDate startsOn = form.startsOn().orElse(null);
		LocalDate dueOn = form.dueOn().orElseThrow();
		Runnable edit = () -> refusedAs("title",
				() -> action.edit(form.title(), form.description(), ownerId, startsOn));
		// Always through the revision, so a changed reason for an already revised date
		// is kept too.
		Runnable revise = () -> refusedAs("dueDay", () -> action.reviseDueDate(dueOn, form.dueRevisionReason()));
		// The entity checks the start against the due date it has, so when the start
		// moves past the old due date the due date moves first.
		if (startsOn != null && startsOn.isAfter(action.getDueOn())) {
			revise.run();
			edit.run();
		}
		else {
			edit.run();
			revise.run();
		}
		refusedAs("requirements", () -> action.answersOnly(requirementIds));
		try {
			this.actions.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleVersionException("Action", actionId);
		}
	}

	/** Cancels the action for good, with the reason given. */
	@Transactional
	void cancel(long actionId, String reason, CurrentUser by) {
		var action = this.actions.findById(actionId).orElseThrow(() -> new RecordNotFoundException("Action", actionId));
		managed(action.getPlanId(), by);
		refusedAs("reason", () -> action.cancel(reason));
		this.actions.flush();
	}

	private PlanRef managed(long planId, CurrentUser by) {
		var plan = plan(planId).filter((found) -> by.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Plan", planId));
		if (!by.managesPlansOf(plan.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the plan's authority may change its actions");
		}
		return plan;
	}

	private long checkedOwner(PlanRef plan, ActionForm form) {
		long ownerId = form.ownerId().orElseThrow();
		if (owners(plan).stream().noneMatch((owner) -> owner.id() == ownerId)) {
			throw new ActionRefused("owner", "Choose an owner from the list");
		}
		return ownerId;
	}

	private Set<Long> checkedRequirements(PlanRef plan, ActionForm form) {
		var chosen = form.requirementIds().orElseThrow();
		var offered = requirements(plan).stream().map(RequirementChoice::id).toList();
		if (!offered.containsAll(chosen)) {
			throw new ActionRefused("requirements", "Choose requirements of this plan's notice");
		}
		return chosen;
	}

	private static void refusedAs(String field, Runnable step) {
		try {
			step.run();
		}
		catch (IllegalArgumentException | IllegalStateException refusal) {
			throw new ActionRefused(field, refusal.getMessage());
		}
	}

	private static <T> T refusedAs(String field, Supplier<T> step) {
		try {
			return step.get();
		}
		catch (IllegalArgumentException | IllegalStateException refusal) {
			throw new ActionRefused(field, refusal.getMessage());
		}
	}

}
