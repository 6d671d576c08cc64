package org.turnaround.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and edits plans. A change the plan refuses is reported on the field it came from,
 * and the plan is left as it was.
 */
@Service
class PlanEditing {

	private final PlanRepository plans;

	private final EntityManager entityManager;

	private final Clock clock;

	PlanEditing(PlanRepository plans, EntityManager entityManager, Clock clock) {
		this.plans = plans;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** The edit form filled from the plan, built inside the transaction. */
	@Transactional(readOnly = true)
	PlanForm form(long id) {
		return PlanForm.of(this.plans.findById(id).orElseThrow());
	}

	/**
	 * @param form a form with no problems of its own, its notice one of the authority's
	 */
	@Transactional
	long create(long authorityId, PlanForm form) {
		var plan = refused("title", () -> new ImprovementPlan(authorityId, form.noticeIdValue().orElse(null),
				form.title().strip(), form.startsOn().orElseThrow(), form.endsOn().orElseThrow()));
		plan.describe(PlanForm.blankToNull(form.summary()));
		refuseOn("budget", () -> plan.budget(form.budgetValue().orElse(null)));
		return this.plans.saveAndFlush(plan).getId();
	}

	/**
	 * @param form a form with no problems of its own, its notice one of the plan's
	 * authority's
	 */
	@Transactional
	void edit(long id, long version, PlanForm form) {
		var plan = this.plans.findById(id).orElseThrow();
		if (plan.getVersion() != version) {
			throw new PlanChanged(id);
		}
		try {
			refuseOn("title", () -> plan.edit(form.title(), PlanForm.blankToNull(form.summary()),
					form.noticeIdValue().orElse(null), form.startsOn().orElseThrow(), form.endsOn().orElseThrow()));
			refuseOn("budget", () -> plan.budget(form.budgetValue().orElse(null)));
			if (PlanForm.ENDORSE.equals(form.statusAction())) {
				endorse(plan, form.endorsedOn().orElseThrow());
			}
			else if (PlanForm.ACTIVATE.equals(form.statusAction())) {
				refuseOn("statusAction", plan::activate);
			}
		}
		catch (PlanRefused refusal) {
			// Nothing of a refused edit is saved, not even the fields that were fine.
			this.entityManager.detach(plan);
			throw refusal;
		}
		this.plans.flush();
	}

	/**
	 * A refused date belongs on the date field; a plan that may not be endorsed at all,
	 * on the status.
	 */
	private void endorse(ImprovementPlan plan, LocalDate on) {
		try {
			plan.endorse(on, LocalDate.now(this.clock));
		}
		catch (IllegalArgumentException ex) {
			throw new PlanRefused("endorsedDay", ex.getMessage());
		}
		catch (IllegalStateException ex) {
			throw new PlanRefused("statusAction", ex.getMessage());
		}
	}

	private static <T> T refused(String field, Supplier<T> change) {
		try {
			return change.get();
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new PlanRefused(field, ex.getMessage());
		}
	}

	private static void refuseOn(String field, Runnable change) {
		refused(field, () -> {
			change.run();
			return null;
		});
	}

	/** The plan refused a change; the message is for the person on the field named. */
	static class PlanRefused extends RuntimeException {

		private final String field;

		PlanRefused(String field, String message) {
			super(message);
			this.field = field;
		}

		String field() {
			return this.field;
		}

	}

	/** Someone saved the plan after this person loaded it. */
	static class PlanChanged extends RuntimeException {

		PlanChanged(long id) {
			super("Plan " + id + " was changed by someone else");
		}

	}

}
