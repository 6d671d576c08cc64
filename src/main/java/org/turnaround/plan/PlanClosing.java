package org.turnaround.plan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a plan, refusing if someone changed it after the person loaded it.
 */
@Service
class PlanClosing {

	private final PlanRepository plans;

	PlanClosing(PlanRepository plans) {
		this.plans = plans;
	}

	@Transactional(readOnly = true)
	long versionOf(long planId) {
		return this.plans.findById(planId).orElseThrow().getVersion();
	}

	/**
	 * @throws IllegalStateException if the plan cannot be closed (a draft, or closed
	 * already); nothing is changed then
	 */
	@Transactional
	void close(long planId, long version) {
		var plan = this.plans.findById(planId).orElseThrow();
		if (plan.getVersion() != version) {
			throw new PlanChanged();
		}
		plan.close();
		this.plans.flush();
	}

	/** Someone saved the plan after this person loaded it. */
	static class PlanChanged extends RuntimeException {

		PlanChanged() {
			super("The plan was changed by someone else");
		}

	}

}
