package org.turnaround.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryWordingTests {

	private final HistoryWording wording = new HistoryWording(ZoneId.of("Europe/London"));

	enum Stage {

		NOT_STARTED("Not started"), IN_PROGRESS("In progress");

		private final String label;

		Stage(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	enum Plain {

		REQUIRES_IMPROVEMENT

	}

	@Test
	void writesDatesAsPagesDo() {
		assertThat(this.wording.word(LocalDate.of(2026, 3, 3))).isEqualTo("3 March 2026");
	}

	@Test
	void writesMomentsInUkTime() {
		assertThat(this.wording.word(Instant.parse("2026-06-01T13:05:00Z"))).isEqualTo("1 June 2026 at 14:05");
	}

	@Test
	void writesAStatusByItsLabelAndAnEnumWithoutOneInSentenceCase() {
		assertThat(this.wording.word(Stage.IN_PROGRESS)).isEqualTo("In progress");
		assertThat(this.wording.word(Plain.REQUIRES_IMPROVEMENT)).isEqualTo("Requires improvement");
	}

	@Test
	void writesYesOrNoPoundsWithSeparatorsAndPercentagesThroughTheFieldsFormat() {
		assertThat(this.wording.word(Boolean.TRUE)).isEqualTo("Yes");
		assertThat(this.wording.word(new BigDecimal("1250000.00"), "£%s")).isEqualTo("£1,250,000");
		assertThat(this.wording.word(new BigDecimal("1250.50"), "£%s")).isEqualTo("£1,250.50");
		assertThat(this.wording.word(40, "%s%%")).isEqualTo("40%");
	}

	@Test
	void treatsMissingAndBlankValuesAsNoValue() {
		assertThat(this.wording.word(null, "%s%%")).isNull();
		assertThat(this.wording.word("  ")).isNull();
	}

	@Test
	void saysAValueChangedFromWhatToWhat() {
		assertThat(FieldChange.value("Due date", "3 March 2026", "10 April 2026").wording())
			.isEqualTo("changed from 3 March 2026 to 10 April 2026");
	}

	@Test
	void saysAValueWasSetOrClearedWhenEitherSideIsEmpty() {
		assertThat(FieldChange.value("Reason for cancelling", null, "No longer needed").wording())
			.isEqualTo("set to No longer needed");
		assertThat(FieldChange.value("RAG override", "At risk", null).wording()).isEqualTo("cleared (was At risk)");
	}

	@Test
	void listsItemsAddedAndRemoved() {
		var change = FieldChange.items("Actions it depends on", List.of("1.2 Recruit", "2.1 Train"),
				List.of("3.1 Audit"));
		assertThat(change.itemsChanged()).isTrue();
		assertThat(change.wording()).isEqualTo("added 1.2 Recruit, 2.1 Train; removed 3.1 Audit");
		assertThat(FieldChange.items("Priorities", List.of(), List.of("Priority 3: Workforce")).wording())
			.isEqualTo("removed Priority 3: Workforce");
	}

	@Test
	void namesThePersonByTheirNameElseTheirUsernameElseTheSystem() {
		assertThat(History.who("Olivia Officer", "officer")).isEqualTo("Olivia Officer");
		assertThat(History.who(null, "former.officer")).isEqualTo("former.officer");
		assertThat(History.who(null, "system")).isEqualTo("System");
		assertThat(History.who(null, null)).isEqualTo("System");
	}

	@Test
	void doesWorkAsANamedActorAndFallsBackToTheSystemAfterwards() throws Exception {
		var officer = AuditActor.of(7L, "officer");
		assertThat(AuditActors.runAs(officer, AuditActors::current)).isEqualTo(officer);
		assertThat(AuditActors.current()).isEqualTo(AuditActor.SYSTEM);
	}

}
