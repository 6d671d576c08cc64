package org.turnaround.action;

import java.time.LocalDate;

import org.turnaround.account.CurrentUser;

/**
 * One action with where it sits in its plan, for the action page.
 */
public record ActionDetail(long id, long authorityId, String authorityName, long planId, String planTitle,
		long priorityId, int priorityNumber, String priorityTitle, int number, String title, String description,
		long ownerId, String ownerName, String ownerJobTitle, String leadPartnerName, LocalDate startsOn,
		LocalDate dueOn, LocalDate baselineDueOn, String dueRevisionReason, ActionStatus status, int percentComplete,
		LocalDate lastUpdateOn, LocalDate completedOn, String cancellationReason, RagAssessment rag, Rag ragOverride,
		String ragOverrideReason, long version) {

	public String reference() {
		return this.priorityNumber + "." + this.number;
	}

	/**
	 * Whether this person may record progress: its owner or a plan manager of its
	 * authority.
	 */
	public boolean mayBeUpdatedBy(CurrentUser user) {
		return user.canRead(this.authorityId)
				&& (user.managesPlansOf(this.authorityId) || this.ownerId == user.accountId());
	}

	public boolean dueDateRevised() {
		return !this.dueOn.equals(this.baselineDueOn);
	}

}
