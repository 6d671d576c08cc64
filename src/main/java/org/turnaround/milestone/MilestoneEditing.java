package org.turnaround.milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, edits and cancels milestones. A change the milestone refuses is reported on the
 * field it came from, and the milestone is left as it was.
 */
@Service
class MilestoneEditing {

	private final MilestoneRepository milestones;

	private final EntityManager entityManager;

	private final Clock clock;

	MilestoneEditing(MilestoneRepository milestones, EntityManager entityManager, Clock clock) {
		this.milestones = milestones;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The edit form filled from the milestone, built inside the transaction because the
	 * actions it depends on are loaded lazily.
	 */
	@Transactional(readOnly = true)
	MilestoneForm form(long id) {
		return MilestoneForm.of(this.milestones.findById(id).orElseThrow());
	}

	@Transactional
	long create(long planId, String title, String description, LocalDate targetOn, Set<Long> actionIds) {
		var milestone = new Milestone(planId, title.strip(), targetOn);
		milestone.edit(title, description, targetOn);
		milestone.dependsOnOnly(actionIds);
		return this.milestones.saveAndFlush(milestone).getId();
	}

	/**
	 * @param status the status chosen; the same as now changes nothing but an achieved
	 * milestone's date
	 */
	@Transactional
	void edit(long id, long version, String title, String description, LocalDate targetOn, Set<Long> actionIds,
			MilestoneStatus status, LocalDate achievedOn) {
		var milestone = current(id, version);
		try {
			refuseOn("title", () -> milestone.edit(title, description, targetOn));
			refuseOn("actions", () -> milestone.dependsOnOnly(actionIds));
			var today = LocalDate.now(this.clock);
			if (status == MilestoneStatus.ACHIEVED) {
				refuseOn("achievedDay", () -> milestone.achieve(achievedOn, today));
			}
			else if (status == MilestoneStatus.MISSED && milestone.getStatus() != MilestoneStatus.MISSED) {
				refuseOn("status", () -> milestone.miss(today));
			}
			else if (status == MilestoneStatus.PLANNED && milestone.getStatus() != MilestoneStatus.PLANNED) {
				throw new MilestoneRefused("status", "A milestone that is "
						+ milestone.getStatus().label().toLowerCase() + " cannot go back to planned");
			}
		}
		catch (MilestoneRefused refusal) {
			// Nothing of a refused edit is saved, not even the fields that were fine.
			this.entityManager.detach(milestone);
			throw refusal;
		}
		this.milestones.flush();
	}

	@Transactional
	void cancel(long id, long version, String reason) {
		var milestone = current(id, version);
		try {
			refuseOn("reason", () -> milestone.cancel(reason));
		}
		catch (MilestoneRefused refusal) {
			this.entityManager.detach(milestone);
			throw refusal;
		}
		this.milestones.flush();
	}

	private Milestone current(long id, long version) {
		var milestone = this.milestones.findById(id).orElseThrow();
		if (milestone.getVersion() != version) {
			throw new MilestoneChanged(id);
		}
		return milestone;
	}

	private static void refuseOn(String field, Runnable change) {
		try {
			change.run();
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new MilestoneRefused(field, ex.getMessage());
		}
	}

	/**
	 * The milestone refused a change; the message is for the person on the field named.
	 */
	static class MilestoneRefused extends RuntimeException {

		private final String field;

		MilestoneRefused(String field, String message) {
			super(message);
			this.field = field;
		}

		String field() {
			return this.field;
		}

	}

	/** Someone saved the milestone after this person loaded it. */
	static class MilestoneChanged extends RuntimeException {

		MilestoneChanged(long id) {
			super("Milestone " + id + " was changed by someone else");
		}

	}

}
