package org.turnaround.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What a plan accepts when it is edited and when its priorities are reordered, and what
 * it refuses, leaving itself as it was.
 */
class PlanEditingRulesTests {

	private static final LocalDate START = LocalDate.of(2026, 4, 1);

	private static final LocalDate END = LocalDate.of(2028, 3, 31);

	private final AtomicLong ids = new AtomicLong(100);

	ImprovementPlan plan = new ImprovementPlan(1L, 2L, "Improvement plan", START, END);

	@Test
	void anEditChangesTitleSummaryNoticeAndPeriodStrippingTheTitle() {
		this.plan.edit("  Recovery plan  ", "How we recover", 3L, START.plusMonths(1), END.plusMonths(1));
		assertThat(this.plan.getTitle()).isEqualTo("Recovery plan");
		assertThat(this.plan.getSummary()).isEqualTo("How we recover");
		assertThat(this.plan.getNoticeId()).isEqualTo(3L);
		assertThat(this.plan.getStartsOn()).isEqualTo(START.plusMonths(1));
		assertThat(this.plan.getEndsOn()).isEqualTo(END.plusMonths(1));
	}

	@Test
	void anEditMayDetachThePlanFromItsNoticeAndClearItsSummary() {
		this.plan.describe("Old summary");
		this.plan.edit("Improvement plan", null, null, START, END);
		assertThat(this.plan.getNoticeId()).isNull();
		assertThat(this.plan.getSummary()).isNull();
	}

	@Test
	void aPlanMayStartAndEndOnTheSameDay() {
		this.plan.edit("One-day plan", null, 2L, START, START);
		assertThat(this.plan.getEndsOn()).isEqualTo(START);
	}

	@Test
	void refusesAnEditWithoutATitleChangingNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.plan.edit(null, "Changed", 3L, START, END))
			.withMessage("A plan needs a title");
		assertThatIllegalArgumentException().isThrownBy(() -> this.plan.edit("   ", "Changed", 3L, START, END))
			.withMessage("A plan needs a title");
		assertUnchanged();
	}

	@Test
	void acceptsATitleOfThreeHundredCharactersAndRefusesOneMore() {
		this.plan.edit("t".repeat(ImprovementPlan.MAX_TITLE_LENGTH), null, 2L, START, END);
		assertThat(this.plan.getTitle()).hasSize(300);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.plan.edit("t".repeat(ImprovementPlan.MAX_TITLE_LENGTH + 1), null, 2L, START, END))
			.withMessage("The title must be 300 characters or fewer");
		assertThat(this.plan.getTitle()).hasSize(300);
	}

	@Test
	void theTitleLimitCountsTheTitleWithoutSurroundingSpaces() {
		this.plan.edit("  " + "t".repeat(ImprovementPlan.MAX_TITLE_LENGTH) + "  ", null, 2L, START, END);
		assertThat(this.plan.getTitle()).hasSize(300);
	}

	@Test
	void refusesAnEditWithoutAStartOrAnEndDateChangingNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.plan.edit("Changed", null, 3L, null, END))
			.withMessage("A plan needs a start and an end date");
		assertThatIllegalArgumentException().isThrownBy(() -> this.plan.edit("Changed", null, 3L, START, null))
			.withMessage("A plan needs a start and an end date");
		assertUnchanged();
	}

	@Test
	void refusesAnEditThatEndsThePlanBeforeItStartsChangingNothing() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.plan.edit("Changed", null, 3L, START, START.minusDays(1)))
			.withMessage("A plan cannot end before it starts");
		assertUnchanged();
	}

	@Test
	void anEndorsedOrActivePlanCanStillBeEdited() {
		this.plan.endorse(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 15));
		this.plan.edit("Endorsed plan", null, 2L, START, END);
		this.plan.activate();
		this.plan.edit("Active plan", null, 2L, START, END);
		assertThat(this.plan.getTitle()).isEqualTo("Active plan");
	}

	@Test
	void refusesEveryEditOfAClosedPlanChangingNothing() {
		close();
		assertThatIllegalStateException().isThrownBy(() -> this.plan.edit("Changed", "Changed", 3L, START, END))
			.withMessage("This plan is closed and can no longer be changed");
		assertThatIllegalStateException().isThrownBy(() -> this.plan.budget(null))
			.withMessage("This plan is closed and can no longer be changed");
		assertUnchanged();
	}

	@Test
	void aClosedPlanRefusesAnInvalidEditAsClosedFirst() {
		close();
		assertThatIllegalStateException().isThrownBy(() -> this.plan.edit(null, null, null, null, null))
			.withMessage("This plan is closed and can no longer be changed");
	}

	@Test
	void movingAPriorityUpSwapsItWithTheOneAboveAndRenumbersBoth() {
		var first = priority("Workforce");
		var second = priority("Practice");
		var third = priority("Leadership");
		this.plan.movePriority(third.getId(), -1);
		assertThat(numbers()).containsExactly("1 Workforce", "2 Leadership", "3 Practice");
		assertThat(first.getNumber()).isEqualTo(1);
		assertThat(second.getNumber()).isEqualTo(3);
		assertThat(third.getNumber()).isEqualTo(2);
	}

	@Test
	void movingAPriorityDownSwapsItWithTheOneBelow() {
		priority("Workforce");
		priority("Practice");
		var top = this.plan.getPriorities().get(0);
		this.plan.movePriority(top.getId(), 1);
		assertThat(numbers()).containsExactly("1 Practice", "2 Workforce");
	}

	@Test
	void movingAPriorityByMoreThanOnePlaceRenumbersEveryPriorityItPasses() {
		priority("Workforce");
		priority("Practice");
		priority("Leadership");
		var last = priority("Partnerships");
		this.plan.movePriority(last.getId(), -3);
		assertThat(numbers()).containsExactly("1 Partnerships", "2 Workforce", "3 Practice", "4 Leadership");
	}

	@Test
	void movesKeepTheNumbersOneTwoThreeWhenThePlanHadGaps() {
		var first = priority("Workforce");
		var second = priority("Practice");
		var third = priority("Leadership");
		// as left by priorities numbered by hand, or a removed priority
		first.renumber(2);
		second.renumber(5);
		third.renumber(9);
		this.plan.movePriority(third.getId(), -1);
		assertThat(numbers()).containsExactly("1 Workforce", "2 Leadership", "3 Practice");
	}

	@Test
	void refusesToMoveTheFirstPriorityUpChangingNothing() {
		var first = priority("Workforce");
		priority("Practice");
		assertThatIllegalStateException().isThrownBy(() -> this.plan.movePriority(first.getId(), -1))
			.withMessage("Priority 1 is already first");
		assertThat(numbers()).containsExactly("1 Workforce", "2 Practice");
	}

	@Test
	void refusesToMoveTheLastPriorityDownChangingNothing() {
		priority("Workforce");
		var last = priority("Practice");
		assertThatIllegalStateException().isThrownBy(() -> this.plan.movePriority(last.getId(), 1))
			.withMessage("Priority 2 is already last");
		assertThat(numbers()).containsExactly("1 Workforce", "2 Practice");
	}

	@Test
	void refusesAMovePastEitherEndChangingNothing() {
		priority("Workforce");
		var middle = priority("Practice");
		priority("Leadership");
		assertThatIllegalStateException().isThrownBy(() -> this.plan.movePriority(middle.getId(), -2))
			.withMessage("Priority 2 is already first");
		assertThatIllegalStateException().isThrownBy(() -> this.plan.movePriority(middle.getId(), 2))
			.withMessage("Priority 2 is already last");
		assertThat(numbers()).containsExactly("1 Workforce", "2 Practice", "3 Leadership");
	}

	@Test
	void theOnlyPriorityCanMoveNeitherUpNorDown() {
		var only = priority("Workforce");
		assertThatIllegalStateException().isThrownBy(() -> this.plan.movePriority(only.getId(), -1));
		assertThatIllegalStateException().isThrownBy(() -> this.plan.movePriority(only.getId(), 1));
		assertThat(only.getNumber()).isEqualTo(1);
	}

	@Test
	void aMoveOfNoPlacesChangesNothing() {
		priority("Workforce");
		var second = priority("Practice");
		this.plan.movePriority(second.getId(), 0);
		assertThat(numbers()).containsExactly("1 Workforce", "2 Practice");
	}

	@Test
	void refusesToMoveAPriorityOfAnotherPlanChangingNothing() {
		priority("Workforce");
		priority("Practice");
		assertThatIllegalArgumentException().isThrownBy(() -> this.plan.movePriority(999L, -1))
			.withMessage("That priority is not part of this plan");
		assertThat(numbers()).containsExactly("1 Workforce", "2 Practice");
	}

	@Test
	void refusesToMoveAnyPriorityOfAClosedPlanEvenOneThatCouldMove() {
		priority("Workforce");
		var second = priority("Practice");
		close();
		assertThatIllegalStateException().isThrownBy(() -> this.plan.movePriority(second.getId(), -1))
			.withMessage("This plan is closed and can no longer be changed");
		assertThat(numbers()).containsExactly("1 Workforce", "2 Practice");
	}

	@Test
	void aPriorityAddedAfterAMoveTakesTheNextNumber() {
		priority("Workforce");
		var second = priority("Practice");
		this.plan.movePriority(second.getId(), -1);
		priority("Leadership");
		assertThat(numbers()).containsExactly("1 Practice", "2 Workforce", "3 Leadership");
	}

	/** A priority with the id the database would give it. */
	private Priority priority(String title) {
		var priority = this.plan.addPriority(title, null, null);
		ReflectionTestUtils.setField(priority, "id", this.ids.incrementAndGet());
		return priority;
	}

	private List<String> numbers() {
		return this.plan.getPriorities()
			.stream()
			.sorted(Comparator.comparingInt(Priority::getNumber))
			.map((priority) -> priority.getNumber() + " " + priority.getTitle())
			.toList();
	}

	private void close() {
		this.plan.endorse(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 15));
		this.plan.activate();
		this.plan.close();
	}

	private void assertUnchanged() {
		assertThat(this.plan.getTitle()).isEqualTo("Improvement plan");
		assertThat(this.plan.getSummary()).isNull();
		assertThat(this.plan.getNoticeId()).isEqualTo(2L);
		assertThat(this.plan.getStartsOn()).isEqualTo(START);
		assertThat(this.plan.getEndsOn()).isEqualTo(END);
	}

}
