package org.turnaround.milestone;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MilestoneTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	Milestone milestone = new Milestone(1L, "DfE six-month review", TODAY.plusDays(10));

	@Test
	void anAchievedMilestoneNeedsADateThatIsNotInTheFuture() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.milestone.achieve(TODAY.plusDays(1), TODAY));
		this.milestone.achieve(TODAY, TODAY);
		assertThat(this.milestone.getStatus()).isEqualTo(MilestoneStatus.ACHIEVED);
		assertThat(this.milestone.getAchievedOn()).isEqualTo(TODAY);
	}

	@Test
	void aMilestoneIsMissedOnlyOnceItsTargetHasPassed() {
		assertThatIllegalStateException().isThrownBy(() -> this.milestone.miss(TODAY));
		this.milestone.miss(TODAY.plusDays(11));
		assertThat(this.milestone.getStatus()).isEqualTo(MilestoneStatus.MISSED);
	}

	@Test
	void aMissedMilestoneCanStillBeAchievedLate() {
		this.milestone.miss(TODAY.plusDays(11));
		this.milestone.achieve(TODAY.plusDays(12), TODAY.plusDays(12));
		assertThat(this.milestone.getStatus()).isEqualTo(MilestoneStatus.ACHIEVED);
	}

	@Test
	void cancellingNeedsAReasonAndAnAchievedMilestoneCannotBeCancelled() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.milestone.cancel(""));
		this.milestone.achieve(TODAY, TODAY);
		assertThatIllegalStateException().isThrownBy(() -> this.milestone.cancel("Not needed"));
	}

	@Test
	void aCancelledMilestoneCannotBeAchieved() {
		this.milestone.cancel("Review moved into the Improvement Board cycle");
		assertThatIllegalStateException().isThrownBy(() -> this.milestone.achieve(TODAY, TODAY));
	}

	@Test
	void editingNeedsATitleAndATargetDateAndLeavesACancelledMilestoneAsItWas() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.milestone.edit(" ", null, TODAY));
		assertThatIllegalArgumentException().isThrownBy(() -> this.milestone.edit("Review", null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> this.milestone.edit("x".repeat(301), null, TODAY));
		this.milestone.edit(" Peer review ", " ", TODAY.plusDays(30));
		assertThat(this.milestone.getTitle()).isEqualTo("Peer review");
		assertThat(this.milestone.getDescription()).isNull();
		assertThat(this.milestone.getTargetOn()).isEqualTo(TODAY.plusDays(30));
		this.milestone.cancel("Merged into the annual review");
		assertThatIllegalStateException().isThrownBy(() -> this.milestone.edit("Again", null, TODAY));
		assertThat(this.milestone.getTitle()).isEqualTo("Peer review");
	}

	@Test
	void dependingOnOnlySomeActionsReplacesTheOnesBefore() {
		this.milestone.dependsOn(1L);
		this.milestone.dependsOn(2L);
		this.milestone.dependsOnOnly(Set.of(2L, 3L));
		assertThat(this.milestone.getActionIds()).containsExactlyInAnyOrder(2L, 3L);
		this.milestone.dependsOnOnly(Set.of());
		assertThat(this.milestone.getActionIds()).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> this.milestone.dependsOnOnly(null));
	}

}
