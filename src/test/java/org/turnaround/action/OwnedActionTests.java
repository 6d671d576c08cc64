package org.turnaround.action;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnedActionTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final RagAssessment RAG = new RagAssessment(Rag.RED, "Overdue.", false);

	@Test
	void countsTheDaysAnOpenActionIsOverdueAndSaysSoInWords() {
		var action = owned(ActionStatus.IN_PROGRESS, TODAY.minusDays(12), TODAY.minusDays(2));
		assertThat(action.overdue()).isTrue();
		assertThat(action.daysOverdue()).isEqualTo(12);
		assertThat(action.overdueText()).isEqualTo("Overdue by 12 days");
	}

	@Test
	void saysOneDayNotOneDays() {
		var action = owned(ActionStatus.IN_PROGRESS, TODAY.minusDays(1), TODAY.minusDays(2));
		assertThat(action.overdueText()).isEqualTo("Overdue by 1 day");
	}

	@Test
	void anActionDueTodayIsNotYetOverdue() {
		assertThat(owned(ActionStatus.IN_PROGRESS, TODAY, TODAY.minusDays(2)).overdue()).isFalse();
	}

	@Test
	void isStaleOnlyAfterMoreDaysWithoutAnUpdateThanThePolicyAllows() {
		assertThat(owned(ActionStatus.IN_PROGRESS, TODAY.plusDays(9), TODAY.minusDays(30)).stale()).isFalse();
		var stale = owned(ActionStatus.IN_PROGRESS, TODAY.plusDays(9), TODAY.minusDays(41));
		assertThat(stale.stale()).isTrue();
		assertThat(stale.staleText()).isEqualTo("No update for 41 days");
	}

	@Test
	void anActionNeverUpdatedCountsFromWhenItWasCreated() {
		var action = OwnedAction.of(1, 2, "Plan", 3, 1, "Priority", 1, "Action", TODAY.plusDays(9),
				ActionStatus.NOT_STARTED, 0, null, TODAY.minusDays(45), RAG, 30, TODAY);
		assertThat(action.stale()).isTrue();
		assertThat(action.staleText()).isEqualTo("No update since it was created 45 days ago");
	}

	@Test
	void completeAndCancelledActionsAreNeitherOverdueNorStale() {
		for (var status : new ActionStatus[] { ActionStatus.COMPLETE, ActionStatus.CANCELLED }) {
			var action = owned(status, TODAY.minusDays(60), TODAY.minusDays(90));
			assertThat(action.open()).isFalse();
			assertThat(action.overdue()).isFalse();
			assertThat(action.stale()).isFalse();
		}
	}

	private static OwnedAction owned(ActionStatus status, LocalDate dueOn, LocalDate lastUpdateOn) {
		return OwnedAction.of(1, 2, "Plan", 3, 1, "Priority", 1, "Action", dueOn, status, 50, lastUpdateOn,
				TODAY.minusDays(200), RAG, 30, TODAY);
	}

}
