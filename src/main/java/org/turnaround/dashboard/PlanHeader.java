package org.turnaround.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.turnaround.notice.NoticeKind;
import org.turnaround.notice.NoticeStatus;
import org.turnaround.plan.PlanStatus;

/**
 * What the dashboard and the report say at the top: whose plan, which plan, and the
 * notice it answers (null when it answers none).
 *
 * @param actionsStamp what the plan's cached trend depends on, read with the header (see
 * {@link TrendCache})
 */
public record PlanHeader(long planId, long authorityId, String authorityName, String authoritySlug, String title,
		PlanStatus status, LocalDate startsOn, LocalDate endsOn, Notice notice, String actionsStamp) {

	public record Notice(long id, String title, NoticeKind kind, LocalDate issuedOn, String adviserName,
			String adviserRole, NoticeStatus status, LocalDate nextReviewOn) {

		/**
		 * Days from the given day to the next DfE review: negative once it has passed,
		 * null when no review is set.
		 */
		public Long daysToReview(LocalDate today) {
			return (this.nextReviewOn != null) ? ChronoUnit.DAYS.between(today, this.nextReviewOn) : null;
		}

	}

}
