package org.turnaround.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.turnaround.account.CurrentUser;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves several open actions of a plan to one new owner at once, as when an officer
 * leaves. All of them move or none does: a chosen action that changed since the page was
 * shown, or an owner who may not take them, refuses the whole request.
 */
@Service
public class ActionReassignment {

	private final ActionRepository actions;

	private final JdbcClient jdbc;

	ActionReassignment(ActionRepository actions, JdbcClient jdbc) {
		this.actions = actions;
		this.jdbc = jdbc;
	}

	/**
	 * The plan's open actions with their current owner and version, in plan order, in one
	 * statement.
	 */
	@Transactional(readOnly = true)
	public List<ReassignableAction> openActions(long planId) {
		return this.jdbc.sql("""
				select a.id, p.number as priority_number, a.number, a.title, o.display_name as owner_name,
				       o.active as owner_active, a.version
				from action a
				join priority p on p.id = a.priority_id
				join account o on o.id = a.owner_id
				where a.plan_id = :planId and a.status not in ('COMPLETE', 'CANCELLED')
				order by p.number, a.number
				""")
			.param("planId", planId)
			.query((rs, n) -> new ReassignableAction(rs.getLong("id"),
					rs.getInt("priority_number") + "." + rs.getInt("number"), rs.getString("title"),
					rs.getString("owner_name"), rs.getBoolean("owner_active"), rs.getLong("version")))
			.list();
	}

	/** Who may own an authority's actions: its active officers and plan managers. */
	@Transactional(readOnly = true)
	public List<OwnerChoice> owners(long authorityId) {
		return this.jdbc.sql("""
				select id, display_name, job_title from account
				where authority_id = :authorityId and active and role in ('OFFICER', 'PLAN_MANAGER')
				order by display_name, id
				""")
			.param("authorityId", authorityId)
			.query((rs, n) -> new OwnerChoice(rs.getLong("id"), rs.getString("display_name"),
					rs.getString("job_title")))
			.list();
	}

	/**
	 * Moves the chosen actions to the new owner and returns the owner's name.
	 * @param expectedVersions each chosen action's id with the version the person saw
	 * @throws ReassignmentRefused when the owner or an action may not be chosen
	 * @throws StaleActionsException when a chosen action changed since it was shown
	 */
	@Transactional
	public String reassign(long planId, Map<Long, Long> expectedVersions, long newOwnerId, CurrentUser by) {
		long authorityId = this.jdbc.sql("select authority_id from improvement_plan where id = :id")
			.param("id", planId)
			.query(Long.class)
			.optional()
			.filter(by::canRead)
			.orElseThrow(() -> new RecordNotFoundException("Plan", planId));
		if (!by.managesPlansOf(authorityId)) {
			throw new AccessDeniedException("Only a plan manager of the plan's authority may reassign its actions");
		}
		if (expectedVersions.isEmpty()) {
			throw new ReassignmentRefused("actions", "Choose at least one action to reassign");
		}
		var owner = owners(authorityId).stream()
			.filter((choice) -> choice.id() == newOwnerId)
			.findFirst()
			.orElseThrow(() -> new ReassignmentRefused("owner", "Choose a new owner from the list"));
		var chosen = this.actions.findAllById(expectedVersions.keySet());
		if (chosen.size() != expectedVersions.size()
				|| chosen.stream().anyMatch((action) -> !action.getPlanId().equals(planId))) {
			throw new ReassignmentRefused("actions", "Choose actions from this plan's list");
		}
		var changed = new ArrayList<Long>();
		for (var action : chosen) {
			if (!action.getVersion().equals(expectedVersions.get(action.getId()))) {
				changed.add(action.getId());
			}
		}
		if (!changed.isEmpty()) {
			throw new StaleActionsException(changed);
		}
		for (var action : chosen) {
			try {
				action.reassignTo(newOwnerId);
			}
			catch (IllegalArgumentException | IllegalStateException refusal) {
				throw new ReassignmentRefused("actions", refusal.getMessage());
			}
		}
		try {
			this.actions.flush();
		}
		// Someone who passed the version check at the same moment has committed first,
		// or is changing the same actions in another order and PostgreSQL chose this
		// request to break the deadlock: either way the actions are changing under it.
		catch (OptimisticLockingFailureException | PessimisticLockingFailureException ex) {
			throw new StaleActionsException(List.copyOf(expectedVersions.keySet()));
		}
		return owner.name();
	}

	/** An open action as the reassignment form lists it. */
	public record ReassignableAction(long id, String reference, String title, String ownerName, boolean ownerActive,
			long version) {

		/** The checkbox value: the id and the version the person saw. */
		public String choice() {
			return this.id + ":" + this.version;
		}

	}

	public record OwnerChoice(long id, String name, String jobTitle) {

	}

	/** A refusal the form shows against one of its fields. */
	public static class ReassignmentRefused extends RuntimeException {

		private final String field;

		ReassignmentRefused(String field, String message) {
			super(message);
			this.field = field;
		}

		public String field() {
			return this.field;
		}

	}

	/** Chosen actions that someone changed since the page was shown. */
	public static class StaleActionsException extends RuntimeException {

		private final List<Long> actionIds;

		StaleActionsException(List<Long> actionIds) {
			super("Actions " + actionIds + " changed since they were shown");
			this.actionIds = List.copyOf(actionIds);
		}

		public List<Long> actionIds() {
			return this.actionIds;
		}

	}

}
