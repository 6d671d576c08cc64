package org.turnaround.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ImprovementPlanTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	ImprovementPlan plan = new ImprovementPlan(1L, 2L, "Children's services improvement plan", LocalDate.of(2026, 1, 1),
			LocalDate.of(2027, 12, 31));

	@Test
	void aPlanCannotEndBeforeItStarts() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new ImprovementPlan(1L, 2L, "Plan", LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31)));
	}

	@Test
	void aPlanIsEndorsedByCabinetBeforeItBecomesActiveAndThenCloses() {
		assertThatIllegalStateException().isThrownBy(this.plan::activate);
		assertThatIllegalStateException().isThrownBy(this.plan::close);
		this.plan.endorse(LocalDate.of(2026, 1, 14), TODAY);
		this.plan.activate();
		assertThat(this.plan.getStatus()).isEqualTo(PlanStatus.ACTIVE);
		this.plan.close();
		assertThat(this.plan.getStatus()).isEqualTo(PlanStatus.CLOSED);
		assertThatIllegalStateException().isThrownBy(this.plan::close);
	}

	@Test
	void cabinetMayHaveEndorsedThePlanTodayOrBefore() {
		this.plan.endorse(TODAY, TODAY);
		assertThat(this.plan.getEndorsedOn()).isEqualTo(TODAY);
		assertThat(this.plan.getStatus()).isEqualTo(PlanStatus.ENDORSED);
	}

	@Test
	void refusesAnEndorsementDatedInTheFutureLeavingTheDraftAsItWas() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.plan.endorse(TODAY.plusDays(1), TODAY))
			.withMessage("The date cabinet endorsed the plan cannot be in the future");
		assertThat(this.plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
		assertThat(this.plan.getEndorsedOn()).isNull();
	}

	@Test
	void refusesAnEndorsementWithoutADate() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.plan.endorse(null, TODAY))
			.withMessage("Give the date cabinet endorsed the plan");
		assertThat(this.plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void onlyADraftIsEndorsedEvenWithAFutureDate() {
		this.plan.endorse(TODAY, TODAY);
		assertThatIllegalStateException().isThrownBy(() -> this.plan.endorse(TODAY.plusDays(1), TODAY))
			.withMessage("Only a draft plan can be endorsed");
		assertThat(this.plan.getEndorsedOn()).isEqualTo(TODAY);
	}

	@Test
	void prioritiesAreNumberedInOrder() {
		this.plan.addPriority("Workforce stability", null, "Head of workforce");
		this.plan.addPriority("Quality of practice", null, "Principal social worker");
		assertThat(this.plan.getPriorities()).extracting(Priority::getNumber).containsExactly(1, 2);
	}

	@Test
	void aBudgetCannotBeNegative() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.plan.budget(new BigDecimal("-1")));
		this.plan.budget(new BigDecimal("2500000"));
		assertThat(this.plan.getBudgetPounds()).isEqualByComparingTo("2500000");
	}

	@Test
	void aClosedPlanTakesNoNewPrioritiesNorChangesToThem() {
		var priority = this.plan.addPriority("Workforce stability", null, "Head of workforce");
		this.plan.endorse(LocalDate.of(2026, 1, 14), TODAY);
		this.plan.activate();
		this.plan.close();
		assertThatIllegalStateException().isThrownBy(() -> this.plan.addPriority("Late addition", null, null));
		assertThatIllegalStateException().isThrownBy(() -> priority.edit("Renamed", null, null));
		assertThatIllegalStateException().isThrownBy(() -> this.plan.movePriority(priority.getId(), 1));
		assertThatIllegalStateException().isThrownBy(this.plan::requireOpen);
	}

}
