package org.turnaround.action;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RagPolicyTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	private final RagPolicy policy = RagPolicy.DEFAULT;

	@Test
	void cancelledActionHasNoRagEvenWhenOverdue() {
		var assessment = this.policy.assess(action().status(ActionStatus.CANCELLED).dueOn(TODAY.minusDays(10)).build(),
				TODAY);

		assertThat(assessment.rag()).isNull();
		assertThat(assessment.hasRag()).isFalse();
		assertThat(assessment.label()).isEqualTo("No RAG");
		assertThat(assessment.reason()).isEqualTo("Cancelled actions have no RAG.");
		assertThat(assessment.overridden()).isFalse();
	}

	@Test
	void completeActionIsBlue() {
		var assessment = this.policy.assess(action().status(ActionStatus.COMPLETE).percent(100).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.BLUE);
		assertThat(assessment.reason()).isEqualTo("Complete.");
	}

	@Test
	void completeActionIsBlueEvenWhenPastItsDueDateAndNotUpdatedForMonths() {
		var assessment = this.policy.assess(action().status(ActionStatus.COMPLETE)
			.percent(100)
			.dueOn(TODAY.minusDays(60))
			.lastUpdateOn(TODAY.minusDays(90))
			.build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.BLUE);
	}

	@Test
	void actionDueTodayIsNotOverdue() {
		var assessment = this.policy.assess(action().percent(60).dueOn(TODAY).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.GREEN);
	}

	@Test
	void actionDueTodayWithLittleProgressIsAtRiskBecauseItIsDueWithinFourteenDays() {
		var assessment = this.policy.assess(action().percent(49).dueOn(TODAY).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.AMBER);
		assertThat(assessment.reason()).isEqualTo("Due today, 15 March 2026, and only 49% complete.");
	}

	@Test
	void actionDueYesterdayIsOverdue() {
		var assessment = this.policy.assess(action().percent(40).dueOn(TODAY.minusDays(1)).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.RED);
		assertThat(assessment.label()).isEqualTo("Off track");
		assertThat(assessment.reason()).isEqualTo("Overdue: due 14 March 2026, 1 day ago, and 40% complete.");
	}

	@Test
	void overdueSentenceGivesTheDueDateHowLongAgoAndProgress() {
		var assessment = this.policy.assess(action().percent(40).dueOn(LocalDate.of(2026, 3, 3)).build(), TODAY);

		assertThat(assessment.reason()).isEqualTo("Overdue: due 3 March 2026, 12 days ago, and 40% complete.");
	}

	@Test
	void actionDueInExactlyFourteenDaysWithLittleProgressIsAtRisk() {
		var assessment = this.policy.assess(action().percent(10).dueOn(TODAY.plusDays(14)).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.AMBER);
		assertThat(assessment.reason()).isEqualTo("Due in 14 days, on 29 March 2026, and only 10% complete.");
	}

	@Test
	void actionDueInFifteenDaysWithLittleProgressIsOnTrack() {
		var assessment = this.policy.assess(action().percent(10).dueOn(TODAY.plusDays(15)).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.GREEN);
	}

	@Test
	void actionDueSoonThatIsHalfDoneIsOnTrack() {
		var assessment = this.policy.assess(action().percent(50).dueOn(TODAY.plusDays(3)).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.GREEN);
	}

	@Test
	void actionUpdatedExactlyThirtyDaysAgoIsStillWithinTheUpdateInterval() {
		var assessment = this.policy.assess(action().lastUpdateOn(TODAY.minusDays(30)).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.GREEN);
	}

	@Test
	void actionLastUpdatedThirtyOneDaysAgoIsAtRisk() {
		var assessment = this.policy.assess(action().lastUpdateOn(TODAY.minusDays(31)).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.AMBER);
		assertThat(assessment.label()).isEqualTo("At risk");
		assertThat(assessment.reason()).isEqualTo("No update for 31 days; updates are expected every 30 days.");
	}

	@Test
	void neverUpdatedActionCountsFromTheDayItWasCreated() {
		var stale = this.policy.assess(action().createdOn(TODAY.minusDays(31)).lastUpdateOn(null).build(), TODAY);
		var fresh = this.policy.assess(action().createdOn(TODAY.minusDays(30)).lastUpdateOn(null).build(), TODAY);

		assertThat(stale.rag()).isEqualTo(Rag.AMBER);
		assertThat(stale.reason())
			.isEqualTo("No update in the 31 days since the action was created; updates are expected every 30 days.");
		assertThat(fresh.rag()).isEqualTo(Rag.GREEN);
	}

	@Test
	void recentUpdateCountsRatherThanTheDayTheActionWasCreated() {
		var assessment = this.policy
			.assess(action().createdOn(TODAY.minusDays(300)).lastUpdateOn(TODAY.minusDays(5)).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.GREEN);
	}

	@Test
	void updateIntervalCanBeSetPerPolicy() {
		var weekly = new RagPolicy(7);

		var assessment = weekly.assess(action().lastUpdateOn(TODAY.minusDays(8)).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.AMBER);
		assertThat(assessment.reason()).isEqualTo("No update for 8 days; updates are expected every 7 days.");
		assertThat(weekly.assess(action().lastUpdateOn(TODAY.minusDays(7)).build(), TODAY).rag()).isEqualTo(Rag.GREEN);
	}

	@Test
	void anOverrideWinsOverTheComputedRagAndSaysWhoAndWhy() {
		var assessment = this.policy.assess(action().dueOn(TODAY.minusDays(3)).build(), Rag.GREEN, "Sam Lee",
				"Agreed extension with the DfE adviser", TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.GREEN);
		assertThat(assessment.overridden()).isTrue();
		assertThat(assessment.reason()).isEqualTo("Overridden by Sam Lee: Agreed extension with the DfE adviser.");
	}

	@Test
	void withoutAnOverrideTheComputedRagStands() {
		var input = action().dueOn(TODAY.minusDays(3)).build();

		assertThat(this.policy.assess(input, null, null, null, TODAY)).isEqualTo(this.policy.assess(input, TODAY));
	}

	@Test
	void anOverrideLeavesACancelledActionWithoutARag() {
		var assessment = this.policy.assess(action().status(ActionStatus.CANCELLED).build(), Rag.RED, "Sam Lee",
				"Still matters", TODAY);

		assertThat(assessment.hasRag()).isFalse();
	}

	@Test
	void rejectsAnUpdateIntervalShorterThanADay() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RagPolicy(0));
	}

	@Test
	void blockedActionIsOffTrack() {
		var assessment = this.policy
			.assess(action().status(ActionStatus.BLOCKED).percent(40).dueOn(LocalDate.of(2026, 4, 20)).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.RED);
		assertThat(assessment.reason()).isEqualTo("Blocked: 40% complete and due 20 April 2026.");
	}

	@Test
	void progressExactlyTwentyPointsBehindTimeElapsedIsAtRisk() {
		var assessment = this.policy.assess(halfwayThrough().percent(30).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.AMBER);
		assertThat(assessment.reason()).isEqualTo("Behind: 30% complete with 50% of the time elapsed.");
	}

	@Test
	void progressNineteenPointsBehindTimeElapsedIsOnTrack() {
		var assessment = this.policy.assess(halfwayThrough().percent(31).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.GREEN);
		assertThat(assessment.reason()).isEqualTo("On track: 31% complete with 50% of the time elapsed.");
	}

	@Test
	void progressExactlyFortyPointsBehindTimeElapsedIsOffTrack() {
		var assessment = this.policy.assess(halfwayThrough().percent(10).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.RED);
		assertThat(assessment.reason()).isEqualTo("Far behind: 10% complete with 50% of the time elapsed.");
	}

	@Test
	void progressThirtyNinePointsBehindTimeElapsedIsOnlyAtRisk() {
		var assessment = this.policy.assess(halfwayThrough().percent(11).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.AMBER);
		assertThat(assessment.reason()).startsWith("Behind:");
	}

	@Test
	void onTrackSentenceGivesProgressAndTimeElapsed() {
		var assessment = this.policy
			.assess(action().percent(60).startsOn(TODAY.minusDays(45)).dueOn(TODAY.plusDays(55)).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.GREEN);
		assertThat(assessment.label()).isEqualTo("On track");
		assertThat(assessment.reason()).isEqualTo("On track: 60% complete with 45% of the time elapsed.");
	}

	@Test
	void withoutAStartDateProgressIsNotComparedWithTimeElapsed() {
		var assessment = this.policy.assess(action().percent(0).startsOn(null).dueOn(LocalDate.of(2026, 5, 1)).build(),
				TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.GREEN);
		assertThat(assessment.reason()).isEqualTo("On track: 0% complete and due 1 May 2026.");
	}

	@Test
	void actionThatHasNotReachedItsStartDateIsNotBehind() {
		var assessment = this.policy
			.assess(action().percent(0).startsOn(TODAY.plusDays(1)).dueOn(TODAY.plusDays(60)).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.GREEN);
		assertThat(assessment.reason()).doesNotContain("elapsed");
	}

	@Test
	void actionStartingTodayHasNoTimeElapsed() {
		var assessment = this.policy.assess(action().percent(0).startsOn(TODAY).dueOn(TODAY.plusDays(60)).build(),
				TODAY);

		assertThat(assessment.reason()).isEqualTo("On track: 0% complete with 0% of the time elapsed.");
	}

	@Test
	void overdueBeatsNoRecentUpdate() {
		var assessment = this.policy
			.assess(action().dueOn(TODAY.minusDays(2)).lastUpdateOn(TODAY.minusDays(90)).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.RED);
		assertThat(assessment.reason()).startsWith("Overdue:");
	}

	@Test
	void overdueBeatsBlocked() {
		var assessment = this.policy.assess(action().status(ActionStatus.BLOCKED).dueOn(TODAY.minusDays(2)).build(),
				TODAY);

		assertThat(assessment.reason()).startsWith("Overdue:");
	}

	@Test
	void blockedBeatsNoRecentUpdate() {
		var assessment = this.policy
			.assess(action().status(ActionStatus.BLOCKED).lastUpdateOn(TODAY.minusDays(90)).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.RED);
		assertThat(assessment.reason()).startsWith("Blocked:");
	}

	@Test
	void noRecentUpdateBeatsDueSoonWithLittleProgress() {
		var assessment = this.policy
			.assess(action().percent(10).dueOn(TODAY.plusDays(5)).lastUpdateOn(TODAY.minusDays(40)).build(), TODAY);

		assertThat(assessment.rag()).isEqualTo(Rag.AMBER);
		assertThat(assessment.reason()).startsWith("No update for 40 days");
	}

	@Test
	void everyComputedSentenceEndsWithAFullStopAndIsNotAnOverride() {
		var inputs = new RagInput[] { action().status(ActionStatus.CANCELLED).build(),
				action().status(ActionStatus.COMPLETE).percent(100).build(), action().dueOn(TODAY.minusDays(1)).build(),
				action().status(ActionStatus.BLOCKED).build(), halfwayThrough().percent(10).build(),
				action().lastUpdateOn(TODAY.minusDays(31)).build(),
				action().percent(0).dueOn(TODAY.plusDays(2)).build(), halfwayThrough().percent(30).build(),
				halfwayThrough().percent(60).build(), action().build() };

		for (RagInput input : inputs) {
			var assessment = this.policy.assess(input, TODAY);
			assertThat(assessment.reason()).as(input.toString()).endsWith(".");
			assertThat(assessment.overridden()).as(input.toString()).isFalse();
		}
	}

	@Test
	void overrideWinsAndSaysWhoAndWhyWithoutTheComputedSentence() {
		var computed = this.policy.assess(action().percent(40).dueOn(TODAY.minusDays(3)).build(), TODAY);

		var assessment = this.policy.overridden(Rag.AMBER, "Priya Shah",
				"The new due date is agreed with the DfE adviser and awaits the board", computed);

		assertThat(assessment.rag()).isEqualTo(Rag.AMBER);
		assertThat(assessment.overridden()).isTrue();
		assertThat(assessment.reason()).isEqualTo(
				"Overridden by Priya Shah: The new due date is agreed with the DfE adviser and awaits the board.");
		assertThat(assessment.reason()).doesNotContain(computed.reason()).doesNotContain("Overdue");
	}

	@Test
	void overrideKeepsAReasonThatAlreadyEndsASentence() {
		var computed = this.policy.assess(action().build(), TODAY);

		var assessment = this.policy.overridden(Rag.RED, " Sam Okafor ", "Funding has been withdrawn. ", computed);

		assertThat(assessment.reason()).isEqualTo("Overridden by Sam Okafor: Funding has been withdrawn.");
	}

	@Test
	void overrideNeedsAReasonAndAnAuthor() {
		var computed = this.policy.assess(action().build(), TODAY);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.policy.overridden(Rag.RED, "Sam Okafor", " ", computed))
			.withMessage("An override needs a reason.");
		assertThatIllegalArgumentException().isThrownBy(() -> this.policy.overridden(Rag.RED, null, "Why", computed))
			.withMessage("An override must say who made it.");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.policy.overridden(null, "Sam Okafor", "Why", computed));
	}

	@Test
	void overrideCannotMarkAnActionComplete() {
		var computed = this.policy.assess(action().build(), TODAY);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.policy.overridden(Rag.BLUE, "Sam Okafor", "Done really", computed));
	}

	@Test
	void overrideLeavesACancelledActionWithoutARag() {
		var computed = this.policy.assess(action().status(ActionStatus.CANCELLED).build(), TODAY);

		var assessment = this.policy.overridden(Rag.GREEN, "Sam Okafor", "Still wanted", computed);

		assertThat(assessment.hasRag()).isFalse();
		assertThat(assessment.overridden()).isFalse();
		assertThat(assessment.reason()).isEqualTo("Cancelled actions have no RAG.");
	}

	@Test
	void ragLabelsAndGovukTagClasses() {
		assertThat(Rag.RED.label()).isEqualTo("Off track");
		assertThat(Rag.AMBER.label()).isEqualTo("At risk");
		assertThat(Rag.GREEN.label()).isEqualTo("On track");
		assertThat(Rag.BLUE.label()).isEqualTo("Complete");
		assertThat(Rag.RED.tagClass()).isEqualTo("govuk-tag--red");
		assertThat(Rag.AMBER.tagClass()).isEqualTo("govuk-tag--orange");
		assertThat(Rag.GREEN.tagClass()).isEqualTo("govuk-tag--green");
		assertThat(Rag.BLUE.tagClass()).isEqualTo("govuk-tag--blue");
	}

	@Test
	void actionStatusLabels() {
		assertThat(ActionStatus.NOT_STARTED.label()).isEqualTo("Not started");
		assertThat(ActionStatus.IN_PROGRESS.label()).isEqualTo("In progress");
		assertThat(ActionStatus.BLOCKED.label()).isEqualTo("Blocked");
		assertThat(ActionStatus.COMPLETE.label()).isEqualTo("Complete");
		assertThat(ActionStatus.CANCELLED.label()).isEqualTo("Cancelled");
	}

	@Test
	void assessmentNeedsAnExplainingSentence() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RagAssessment(Rag.GREEN, " ", false));
		assertThatIllegalArgumentException().isThrownBy(() -> RagAssessment.none(null));
	}

	@Test
	void inputRejectsPercentOutsideNoughtToAHundred() {
		assertThatIllegalArgumentException().isThrownBy(() -> action().percent(101).build())
			.withMessage("Percent complete must be between 0 and 100, not 101.");
		assertThatIllegalArgumentException().isThrownBy(() -> action().percent(-1).build());
	}

	@Test
	void inputNeedsAStatusDueDateAndCreationDate() {
		assertThatIllegalArgumentException().isThrownBy(() -> action().status(null).build());
		assertThatIllegalArgumentException().isThrownBy(() -> action().dueOn(null).build());
		assertThatIllegalArgumentException().isThrownBy(() -> action().createdOn(null).build());
	}

	/**
	 * An in-progress action, recently updated, due well ahead, with no start date: green
	 * unless a test changes something.
	 */
	private static InputBuilder action() {
		return new InputBuilder();
	}

	/**
	 * Started 50 days ago and due in 50 days: exactly 50% of the time elapsed.
	 */
	private static InputBuilder halfwayThrough() {
		return action().startsOn(TODAY.minusDays(50)).dueOn(TODAY.plusDays(50));
	}

	private static final class InputBuilder {

		private ActionStatus status = ActionStatus.IN_PROGRESS;

		private int percent = 60;

		private LocalDate startsOn;

		private LocalDate dueOn = TODAY.plusDays(60);

		private LocalDate createdOn = TODAY.minusDays(200);

		private LocalDate lastUpdateOn = TODAY.minusDays(5);

		InputBuilder status(ActionStatus status) {
			this.status = status;
			return this;
		}

		InputBuilder percent(int percent) {
			this.percent = percent;
			return this;
		}

		InputBuilder startsOn(LocalDate startsOn) {
			this.startsOn = startsOn;
			return this;
		}

		InputBuilder dueOn(LocalDate dueOn) {
			this.dueOn = dueOn;
			return this;
		}

		InputBuilder createdOn(LocalDate createdOn) {
			this.createdOn = createdOn;
			return this;
		}

		InputBuilder lastUpdateOn(LocalDate lastUpdateOn) {
			this.lastUpdateOn = lastUpdateOn;
			return this;
		}

		RagInput build() {
			return new RagInput(this.status, this.percent, this.startsOn, this.dueOn, this.createdOn,
					this.lastUpdateOn);
		}

	}

}
