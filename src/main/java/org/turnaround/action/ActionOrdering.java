package org.turnaround.action;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an action up or down under its priority by swapping its number with the
 * neighbouring action's. Both actions carry a version, so a swap that races another
 * change to either of them fails as a whole.
 */
@Service
public class ActionOrdering {

	private final ActionRepository actions;

	ActionOrdering(ActionRepository actions) {
		this.actions = actions;
	}

	/**
	 * @param planId the plan the action must belong to
	 * @param direction -1 to move up, +1 to move down
	 * @throws IllegalArgumentException if the action is not one of the plan's
	 * @throws IllegalStateException if the action is already first or last
	 */
	@Transactional
	public void move(long planId, long actionId, int direction) {
		var action = this.actions.findById(actionId)
			.filter((found) -> found.getPlanId() == planId)
			.orElseThrow(() -> new IllegalArgumentException("That action is not part of this plan"));
		var siblings = this.actions.findByPriorityIdOrderByNumber(action.getPriorityId());
		int from = siblings.indexOf(action);
		int to = from + Integer.signum(direction);
		var reference = action.getNumber();
		if (to < 0) {
			throw new IllegalStateException("Action " + reference + " is already first under its priority");
		}
		if (to >= siblings.size()) {
			throw new IllegalStateException("Action " + reference + " is already last under its priority");
		}
		var other = siblings.get(to);
		int number = action.getNumber();
		// The unique (priority, number) constraint is deferred, so the swap is checked
		// only
		// at commit.
		action.renumber(other.getNumber());
		other.renumber(number);
		this.actions.flush();
	}

}
