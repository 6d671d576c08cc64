package org.turnaround.action;

import java.time.Clock;

import org.turnaround.account.CurrentUser;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records progress on an action: the owner or a plan manager of the same authority adds
 * one update to its history, and the action takes the update's status and percentage.
 */
@Service
public class ActionProgress {

	private final ActionRepository actions;

	private final ActionUpdateRepository updates;

	private final RagPolicy policy;

	private final Clock clock;

	ActionProgress(ActionRepository actions, ActionUpdateRepository updates, RagPolicy policy, Clock clock) {
		this.actions = actions;
		this.updates = updates;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * Records one update, refusing it when the action changed since the person loaded it
	 * ({@code expectedVersion}) or when the action's own rules refuse it.
	 */
	@Transactional
	@PreAuthorize("@actionAccess.mayUpdate(#actionId, #by)")
	public ActionUpdate record(long actionId, long expectedVersion, ActionStatus status, int percentComplete,
			String commentary, CurrentUser by) {
		var action = this.actions.findById(actionId).orElseThrow(() -> new RecordNotFoundException("Action", actionId));
		if (action.getVersion() != expectedVersion) {
			throw new StaleVersionException("Action", actionId);
		}
		var update = action.recordUpdate(by.accountId(), status, percentComplete, commentary, this.clock.instant(),
				this.clock.getZone(), this.policy);
		return this.updates.save(update);
	}

}
