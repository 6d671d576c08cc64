package org.turnaround.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.turnaround.action.ActionStatus;
import org.turnaround.action.Rag;
import org.turnaround.action.RagAssessment;
import org.turnaround.dashboard.Dashboard.Then;
import org.turnaround.plan.RagCounts;

import static org.assertj.core.api.Assertions.assertThat;

class TrendCacheTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final RagCounts NONE = RagCounts.of(List.of());

	@Test
	void keepsOnlyDaysThatEndedBeforeYesterday() {
		var cache = new TrendCache();
		cache.remember(1, "a", Map.of(TODAY.minusDays(2), NONE, TODAY.minusDays(1), NONE, TODAY, NONE), TODAY);
		assertThat(cache.counts(1, "a")).containsOnlyKeys(TODAY.minusDays(2));
	}

	@Test
	void forgetsAPlansCountsOnceItsActionsChange() {
		var cache = new TrendCache();
		cache.remember(1, "a", Map.of(TODAY.minusMonths(1), NONE), TODAY);
		assertThat(cache.counts(1, "b")).isEmpty();
		cache.remember(1, "b", Map.of(TODAY.minusMonths(2), NONE), TODAY);
		assertThat(cache.counts(1, "b")).containsOnlyKeys(TODAY.minusMonths(2));
		assertThat(cache.counts(1, "a")).isEmpty();
	}

	@Test
	void addsToWhatItKnowsWhileThePlanIsUnchanged() {
		var cache = new TrendCache();
		cache.remember(1, "a", Map.of(TODAY.minusMonths(1), NONE), TODAY);
		cache.remember(1, "a", Map.of(TODAY.minusMonths(2), NONE), TODAY);
		assertThat(cache.counts(1, "a")).containsOnlyKeys(TODAY.minusMonths(1), TODAY.minusMonths(2));
		assertThat(cache.counts(2, "a")).isEmpty();
	}

	private static final List<Then> THEN = List
		.of(new Then(7, ActionStatus.IN_PROGRESS, new RagAssessment(Rag.GREEN, "On track.", false), false));

	@Test
	void keepsOneFinishedDaysActionsForTheStampTheyWereReadWith() {
		var cache = new TrendCache();
		var since = TODAY.minusMonths(1);
		cache.rememberThen(1, "a", since, THEN, TODAY);
		assertThat(cache.then(1, "a", since)).isEqualTo(THEN);
		assertThat(cache.then(1, "a", since.minusDays(1))).isNull();
		assertThat(cache.then(1, "b", since)).isNull();
		assertThat(cache.then(2, "a", since)).isNull();
	}

	@Test
	void keepsNoActionsOfADayThatIsNotOver() {
		var cache = new TrendCache();
		cache.rememberThen(1, "a", TODAY.minusDays(1), THEN, TODAY);
		assertThat(cache.then(1, "a", TODAY.minusDays(1))).isNull();
	}

	@Test
	void anotherDaysActionsTakeThePlaceOfTheFirstAndTheCountsStay() {
		var cache = new TrendCache();
		cache.remember(1, "a", Map.of(TODAY.minusMonths(2), NONE), TODAY);
		cache.rememberThen(1, "a", TODAY.minusMonths(1), THEN, TODAY);
		cache.rememberThen(1, "a", TODAY.minusDays(20), List.of(), TODAY);
		assertThat(cache.then(1, "a", TODAY.minusMonths(1))).isNull();
		assertThat(cache.then(1, "a", TODAY.minusDays(20))).isEmpty();
		assertThat(cache.counts(1, "a")).containsOnlyKeys(TODAY.minusMonths(2));
		cache.remember(1, "a", Map.of(TODAY.minusMonths(3), NONE), TODAY);
		assertThat(cache.then(1, "a", TODAY.minusDays(20))).isEmpty();
	}

	@Test
	void aNewStampForgetsTheActionsWithTheCounts() {
		var cache = new TrendCache();
		cache.rememberThen(1, "a", TODAY.minusMonths(1), THEN, TODAY);
		cache.remember(1, "b", Map.of(TODAY.minusMonths(2), NONE), TODAY);
		assertThat(cache.then(1, "a", TODAY.minusMonths(1))).isNull();
		assertThat(cache.then(1, "b", TODAY.minusMonths(1))).isNull();
	}

}
