package org.turnaround.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
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

}
