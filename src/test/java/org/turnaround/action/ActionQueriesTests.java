package org.turnaround.action;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Transactional
class ActionQueriesTests {

	@Autowired
	ActionQueries queries;

	@Autowired
	ActionRepository actions;

	@Autowired
	PlanFixture fixture;

	@Autowired
	Clock clock;

	@Test
	void listsAPlansActionsInPriorityThenActionOrderWithTheirOwnersName() {
		var built = this.fixture.plan("query-order", 3, 3, 1);
		var rows = this.queries.forPlan(built.plan().getId());
		assertThat(rows).extracting(ActionRow::reference)
			.containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3");
		assertThat(rows).allSatisfy((row) -> assertThat(row.ownerName()).isEqualTo("Fixture Owner query-order"));
	}

	@Test
	void anOverriddenRagWinsAndSaysWhoOverrodeItAndWhy() {
		var built = this.fixture.plan("query-override", 1, 2, 1);
		var action = built.actions().get(1);
		action.overrideRag(Rag.RED, "Partner agency has withdrawn its staff", built.owner().getId(),
				Instant.now(this.clock));
		this.actions.flush();

		var row = this.queries.forPlan(built.plan().getId()).get(1);
		assertThat(row.rag().rag()).isEqualTo(Rag.RED);
		assertThat(row.rag().overridden()).isTrue();
		assertThat(row.rag().reason()).contains("Fixture Owner query-override")
			.contains("Partner agency has withdrawn its staff");
		assertThat(this.queries.detail(action.getId()).orElseThrow().rag()).isEqualTo(row.rag());
	}

	@Test
	void aCancelledActionHasNoRagEvenWhenItWasOverridden() {
		var built = this.fixture.plan("query-cancelled", 1, 1, 1);
		var action = built.actions().get(0);
		action.cancel("Merged into another action");
		this.actions.flush();
		var detail = this.queries.detail(action.getId()).orElseThrow();
		assertThat(detail.rag().hasRag()).isFalse();
		assertThat(detail.rag().label()).isEqualTo("No RAG");
		assertThat(detail.cancellationReason()).isEqualTo("Merged into another action");
	}

	@Test
	void theHistoryKeepsEachUpdatesAuthorAndTheRagItHadThen() {
		var built = this.fixture.plan("query-history", 1, 1, 2);
		var history = this.queries.history(built.actions().get(0).getId());
		assertThat(history).extracting(UpdateRow::commentary).containsExactly("Progress note 2", "Progress note 1");
		assertThat(history).allSatisfy((update) -> {
			assertThat(update.authorName()).isEqualTo("Fixture Owner query-history");
			assertThat(update.rag()).isNotNull();
			assertThat(update.ragReason()).isNotBlank();
		});
	}

	@Test
	void anActionOfNoPlanIsNotFound() {
		assertThat(this.queries.detail(Long.MAX_VALUE)).isEmpty();
		assertThat(this.queries.forPlan(Long.MAX_VALUE)).isEmpty();
	}

}
