package org.turnaround.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ImprovementPlanTests {

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
		this.plan.endorse(LocalDate.of(2026, 1, 14));
		this.plan.activate();
		assertThat(this.plan.getStatus()).isEqualTo(PlanStatus.ACTIVE);
		this.plan.close();
		assertThat(this.plan.getStatus()).isEqualTo(PlanStatus.CLOSED);
		assertThatIllegalStateException().isThrownBy(this.plan::close);
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
		this.plan.endorse(LocalDate.of(2026, 1, 14));
		this.plan.activate();
		this.plan.close();
		assertThatIllegalStateException().isThrownBy(() -> this.plan.addPriority("Late addition", null, null));
		assertThatIllegalStateException().isThrownBy(() -> priority.edit("Renamed", null, null));
		assertThatIllegalStateException().isThrownBy(() -> this.plan.movePriority(priority.getId(), 1));
		assertThatIllegalStateException().isThrownBy(this.plan::requireOpen);
	}

}
