package org.turnaround.action;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts partners in the lead of actions, through each action's own rule, for the
 * partnership forms.
 */
@Service
public class ActionLeadership {

	private final ActionRepository actions;

	ActionLeadership(ActionRepository actions) {
		this.actions = actions;
	}

	/**
	 * Makes a partnership lead exactly the chosen actions among the candidates: the
	 * chosen ones move to it (from any other partner), and candidates it led but are not
	 * chosen any more are led by nobody. Actions that are not candidates are left alone.
	 * @param partnershipId the partnership
	 * @param chosen the actions it is to lead; all of them candidates
	 * @param candidates the actions the person could choose from
	 */
	@Transactional
	public void leadOnly(long partnershipId, Set<Long> chosen, Set<Long> candidates) {
		if (!candidates.containsAll(chosen)) {
			throw new IllegalArgumentException("Choose actions from the list");
		}
		var touched = new HashSet<>(candidates);
		for (var action : this.actions.findAllById(touched)) {
			boolean leads = Long.valueOf(partnershipId).equals(action.getLeadPartnershipId());
			if (chosen.contains(action.getId()) && !leads) {
				action.ledBy(partnershipId);
			}
			else if (!chosen.contains(action.getId()) && leads) {
				action.ledBy(null);
			}
		}
		this.actions.flush();
	}

}
