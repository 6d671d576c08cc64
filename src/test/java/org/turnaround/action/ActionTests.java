package org.turnaround.action;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ActionTests {

	static final ZoneId UTC = ZoneOffset.UTC;

	static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

	static final LocalDate TODAY = LocalDate.ofInstant(NOW, UTC);

	Action action = new Action(1L, 2L, 3, "Launch a national recruitment campaign", 7L, TODAY.minusMonths(2),
			TODAY.plusMonths(2), NOW.minusSeconds(86_400 * 60));

	ActionUpdate update(ActionStatus status, int percent) {
		return this.action.recordUpdate(7L, status, percent, "Adverts placed in two national journals", NOW, UTC,
				RagPolicy.DEFAULT);
	}

	@Test
	void recordsAnUpdateAndTakesItsStatusPercentAndTime() {
		var update = update(ActionStatus.IN_PROGRESS, 40);
		assertThat(this.action.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
		assertThat(this.action.getPercentComplete()).isEqualTo(40);
		assertThat(this.action.getLastUpdateAt()).isEqualTo(NOW);
		assertThat(update.getCommentary()).isEqualTo("Adverts placed in two national journals");
		assertThat(update.getRag()).isEqualTo(Rag.GREEN);
		assertThat(update.getRagReason()).startsWith("On track");
	}

	@Test
	void completingNeedsOneHundredPercentAndRecordsTheDate() {
		assertThatIllegalArgumentException().isThrownBy(() -> update(ActionStatus.COMPLETE, 90))
			.withMessageContaining("100%");
		var update = update(ActionStatus.COMPLETE, 100);
		assertThat(this.action.getCompletedOn()).isEqualTo(TODAY);
		assertThat(update.getRag()).isEqualTo(Rag.BLUE);
	}

	@Test
	void reopeningACompleteActionClearsItsCompletionDate() {
		update(ActionStatus.COMPLETE, 100);
		update(ActionStatus.IN_PROGRESS, 90);
		assertThat(this.action.getCompletedOn()).isNull();
	}

	@Test
	void cannotGoBackToNotStartedOnceWorkHasBegun() {
		update(ActionStatus.COMPLETE, 100);
		assertThatIllegalArgumentException().isThrownBy(() -> update(ActionStatus.NOT_STARTED, 0))
			.withMessageContaining("cannot go back");
	}

	@Test
	void aNotStartedActionCanReportThatItHasStillNotStarted() {
		update(ActionStatus.NOT_STARTED, 0);
		assertThat(this.action.getStatus()).isEqualTo(ActionStatus.NOT_STARTED);
	}

	@Test
	void refusesPercentagesOutsideNoughtToAHundred() {
		assertThatIllegalArgumentException().isThrownBy(() -> update(ActionStatus.IN_PROGRESS, 150));
		assertThatIllegalArgumentException().isThrownBy(() -> update(ActionStatus.IN_PROGRESS, -1));
		assertThat(this.action.getPercentComplete()).isZero();
	}

	@Test
	void refusesMissingOrOverlongCommentary() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.action.recordUpdate(7L, ActionStatus.IN_PROGRESS, 10, "   ", NOW, UTC, RagPolicy.DEFAULT));
		assertThatIllegalArgumentException().isThrownBy(() -> this.action.recordUpdate(7L, ActionStatus.IN_PROGRESS, 10,
				"x".repeat(Action.MAX_COMMENTARY_LENGTH + 1), NOW, UTC, RagPolicy.DEFAULT));
		this.action.recordUpdate(7L, ActionStatus.IN_PROGRESS, 10, "x".repeat(Action.MAX_COMMENTARY_LENGTH), NOW, UTC,
				RagPolicy.DEFAULT);
	}

	@Test
	void aCancelledActionTakesNoUpdatesAndHasNoRag() {
		this.action.cancel("Merged into action 2.4");
		assertThatIllegalStateException().isThrownBy(() -> update(ActionStatus.IN_PROGRESS, 10));
		assertThat(this.action.assessRag(RagPolicy.DEFAULT, TODAY, UTC).hasRag()).isFalse();
	}

	@Test
	void cancellingIsNotAProgressUpdate() {
		assertThatIllegalArgumentException().isThrownBy(() -> update(ActionStatus.CANCELLED, 10));
	}

	@Test
	void cancellingNeedsAReasonAndCannotUndoCompletion() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.action.cancel(" "));
		update(ActionStatus.COMPLETE, 100);
		assertThatIllegalStateException().isThrownBy(() -> this.action.cancel("No longer needed"));
	}

	@Test
	void revisingTheDueDateKeepsTheBaselineAndNeedsAReason() {
		var baseline = this.action.getDueOn();
		assertThatIllegalArgumentException().isThrownBy(() -> this.action.reviseDueDate(baseline.plusMonths(1), ""));
		this.action.reviseDueDate(baseline.plusMonths(1), "Recruitment agency contract delayed");
		assertThat(this.action.getBaselineDueOn()).isEqualTo(baseline);
		assertThat(this.action.getDueOn()).isEqualTo(baseline.plusMonths(1));
		assertThat(this.action.getDueRevisionReason()).isEqualTo("Recruitment agency contract delayed");
		this.action.reviseDueDate(baseline, null);
		assertThat(this.action.getDueRevisionReason()).isNull();
	}

	@Test
	void anActionCannotBeDueBeforeItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Action(1L, 2L, 1, "Title", 7L, TODAY, TODAY.minusDays(1), NOW));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.action.reviseDueDate(TODAY.minusMonths(3), "Earlier"));
	}

	@Test
	void anOverrideNeedsAReasonAndCannotClaimCompletion() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.action.overrideRag(Rag.RED, " ", 9L, NOW));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.action.overrideRag(Rag.BLUE, "Signed off early", 9L, NOW));
		this.action.overrideRag(Rag.RED, "Recruitment freeze announced", 9L, NOW);
		assertThat(this.action.getRagOverride()).isEqualTo(Rag.RED);
		assertThat(this.action.getRagOverrideReason()).isEqualTo("Recruitment freeze announced");
	}

	@Test
	void cancellingClearsAnOverrideAndACancelledActionCannotBeOverridden() {
		this.action.overrideRag(Rag.AMBER, "Dependent on partner capacity", 9L, NOW);
		this.action.cancel("Superseded by the new workforce strategy");
		assertThat(this.action.getRagOverride()).isNull();
		assertThatIllegalStateException().isThrownBy(() -> this.action.overrideRag(Rag.RED, "Still worried", 9L, NOW));
	}

	@Test
	void anOpenActionMovesToANewOwner() {
		this.action.reassignTo(11L);
		assertThat(this.action.getOwnerId()).isEqualTo(11L);
	}

	@Test
	void aCancelledOrCompleteActionStaysWithItsOwner() {
		update(ActionStatus.COMPLETE, 100);
		assertThatIllegalStateException().isThrownBy(() -> this.action.reassignTo(11L))
			.withMessage("A complete action cannot be reassigned");
		var cancelled = new Action(1L, 2L, 4, "Another", 7L, TODAY, TODAY.plusDays(5), NOW);
		cancelled.cancel("Merged into 1.3");
		assertThatIllegalStateException().isThrownBy(() -> cancelled.reassignTo(11L))
			.withMessage("A cancelled action cannot be reassigned");
		assertThat(cancelled.getOwnerId()).isEqualTo(7L);
	}

	@Test
	void aPartnerTakesTheLeadAndGivesItBackButNotOfACancelledAction() {
		this.action.ledBy(12L);
		assertThat(this.action.getLeadPartnershipId()).isEqualTo(12L);
		this.action.ledBy(null);
		assertThat(this.action.getLeadPartnershipId()).isNull();
		var cancelled = new Action(1L, 2L, 4, "Another", 7L, TODAY, TODAY.plusDays(5), NOW);
		cancelled.cancel("Merged into 1.3");
		assertThatIllegalStateException().isThrownBy(() -> cancelled.ledBy(12L))
			.withMessage("A cancelled action cannot be edited");
		assertThat(cancelled.getLeadPartnershipId()).isNull();
	}

	@Test
	void editingChangesTitleDescriptionStartAndOwner() {
		this.action.edit("  Run a regional campaign ", "In three counties", 8L, TODAY.minusMonths(1));
		assertThat(this.action.getTitle()).isEqualTo("Run a regional campaign");
		assertThat(this.action.getDescription()).isEqualTo("In three counties");
		assertThat(this.action.getOwnerId()).isEqualTo(8L);
		assertThat(this.action.getStartsOn()).isEqualTo(TODAY.minusMonths(1));
	}

	@Test
	void editingNeedsATitleAndCannotStartAfterTheDueOrBaselineDate() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.action.edit(" ", null, 7L, null))
			.withMessageContaining("title");
		assertThatIllegalArgumentException().isThrownBy(() -> this.action.edit("Title", null, 7L, TODAY.plusMonths(3)))
			.withMessageContaining("start after it is due");
		this.action.reviseDueDate(TODAY.plusMonths(6), "Funding late");
		assertThatIllegalArgumentException().isThrownBy(() -> this.action.edit("Title", null, 7L, TODAY.plusMonths(3)))
			.withMessageContaining("start after it is due");
	}

	@Test
	void aCancelledActionCannotBeEditedAndACompleteOneKeepsItsOwner() {
		update(ActionStatus.COMPLETE, 100);
		assertThatIllegalStateException().isThrownBy(() -> this.action.edit("Title", null, 8L, null));
		this.action.edit("Renamed once done", null, 7L, null);
		assertThat(this.action.getTitle()).isEqualTo("Renamed once done");
		var other = new Action(1L, 2L, 4, "Other", 7L, null, TODAY, NOW);
		other.cancel("Superseded");
		assertThatIllegalStateException().isThrownBy(() -> other.edit("Title", null, 7L, null));
		assertThatIllegalStateException().isThrownBy(() -> other.answersOnly(Set.of(1L)));
	}

	@Test
	void answersExactlyTheRequirementsChosen() {
		this.action.answers(1L);
		this.action.answers(2L);
		this.action.answersOnly(Set.of(2L, 3L));
		assertThat(this.action.getRequirementIds()).containsExactlyInAnyOrder(2L, 3L);
	}

}
