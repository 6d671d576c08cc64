package org.turnaround.inspection;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class InspectionTests {

	private static final LocalDate STARTED = LocalDate.of(2024, 2, 5);

	private static Inspection inspection() {
		return new Inspection(1L, InspectionKind.INSPECTION, "Inspection of children's social care services", STARTED);
	}

	@Test
	void judgesEachAreaOnce() {
		var inspection = inspection();
		inspection.judge(InspectionArea.HELP_AND_PROTECTION, Judgement.INADEQUATE);
		inspection.judge(InspectionArea.IMPACT_OF_LEADERS, Judgement.REQUIRES_IMPROVEMENT);
		assertThat(inspection.judgementFor(InspectionArea.HELP_AND_PROTECTION)).contains(Judgement.INADEQUATE);
		assertThat(inspection.judgementFor(InspectionArea.IMPACT_OF_LEADERS)).contains(Judgement.REQUIRES_IMPROVEMENT);
		assertThat(inspection.judgementFor(InspectionArea.CARE_LEAVERS)).isEmpty();
	}

	@Test
	void replacesAnAreasJudgementRatherThanAddingASecond() {
		var inspection = inspection();
		inspection.judge(InspectionArea.CHILDREN_IN_CARE, Judgement.INADEQUATE);
		var first = inspection.getJudgements().get(0);
		inspection.judge(InspectionArea.CHILDREN_IN_CARE, Judgement.GOOD);
		assertThat(inspection.getJudgements()).singleElement().isSameAs(first);
		assertThat(inspection.judgementFor(InspectionArea.CHILDREN_IN_CARE)).contains(Judgement.GOOD);
	}

	@Test
	void listsJudgementsInTheOrderOfTheReport() {
		var inspection = inspection();
		inspection.judge(InspectionArea.IMPACT_OF_LEADERS, Judgement.OUTSTANDING);
		inspection.judge(InspectionArea.CARE_LEAVERS, Judgement.GOOD);
		inspection.judge(InspectionArea.HELP_AND_PROTECTION, Judgement.GOOD);
		inspection.judge(InspectionArea.CHILDREN_IN_CARE, Judgement.GOOD);
		assertThat(inspection.getJudgements()).extracting(InspectionJudgement::getArea)
			.containsExactly(InspectionArea.HELP_AND_PROTECTION, InspectionArea.CHILDREN_IN_CARE,
					InspectionArea.CARE_LEAVERS, InspectionArea.IMPACT_OF_LEADERS);
	}

	@Test
	void rejectsAJudgementFromAVisit() {
		for (var kind : new InspectionKind[] { InspectionKind.MONITORING_VISIT, InspectionKind.FOCUSED_VISIT,
				InspectionKind.JOINT_TARGETED_AREA_INSPECTION }) {
			var visit = new Inspection(1L, kind, "A visit", STARTED);
			assertThatIllegalStateException().as(kind.name())
				.isThrownBy(() -> visit.judge(InspectionArea.HELP_AND_PROTECTION, Judgement.GOOD))
				.withMessageContaining("does not give graded judgements");
			assertThatIllegalStateException().as(kind.name()).isThrownBy(() -> visit.judgeOverall(Judgement.GOOD));
			visit.judgeOverall(null);
			assertThat(visit.getJudgements()).isEmpty();
			assertThat(visit.getOverallJudgement()).isNull();
		}
		assertThatIllegalStateException()
			.isThrownBy(() -> new Inspection(1L, InspectionKind.MONITORING_VISIT, "Monitoring visit", STARTED)
				.judge(InspectionArea.CARE_LEAVERS, Judgement.GOOD))
			.withMessage("A monitoring visit does not give graded judgements; only an inspection does.");
	}

	@Test
	void setsAndClearsTheOverallJudgement() {
		var inspection = inspection();
		inspection.judgeOverall(Judgement.INADEQUATE);
		assertThat(inspection.getOverallJudgement()).isEqualTo(Judgement.INADEQUATE);
		inspection.judgeOverall(null);
		assertThat(inspection.getOverallJudgement()).isNull();
	}

	@Test
	void numbersFindingsInTheOrderTheyAreAdded() {
		var inspection = inspection();
		var first = inspection.addFinding("The quality of assessments is too variable.");
		var second = inspection.addFinding("  Managers do not oversee casework closely enough.  ");
		assertThat(first.getNumber()).isEqualTo(1);
		assertThat(second.getNumber()).isEqualTo(2);
		assertThat(second.getText()).isEqualTo("Managers do not oversee casework closely enough.");
		assertThat(inspection.getFindings()).containsExactly(first, second);
		assertThat(inspection.findingNumbered(2)).containsSame(second);
		assertThat(inspection.findingNumbered(3)).isEmpty();
	}

	@Test
	void rejectsAFindingWithoutText() {
		var inspection = inspection();
		assertThatIllegalArgumentException().isThrownBy(() -> inspection.addFinding("  "));
		assertThatIllegalArgumentException().isThrownBy(() -> inspection.addFinding("f".repeat(2001)));
		assertThat(inspection.getFindings()).isEmpty();
		assertThat(inspection.addFinding("f".repeat(2000)).getNumber()).isEqualTo(1);
	}

	@Test
	void linksAFindingToEachActionOnce() {
		var finding = inspection().addFinding("Too many changes of social worker.");
		finding.linkAction(5L);
		finding.linkAction(5L);
		finding.linkAction(6L);
		finding.unlinkAction(6L);
		assertThat(finding.getActionIds()).containsExactly(5L);
	}

	@Test
	void publishesOnOrAfterTheDayItStartedButNotBefore() {
		var inspection = inspection();
		assertThatIllegalArgumentException().isThrownBy(() -> inspection.publish(STARTED.minusDays(1)));
		assertThat(inspection.getPublishedOn()).isNull();
		inspection.publish(STARTED);
		assertThat(inspection.getPublishedOn()).isEqualTo(STARTED);
	}

	@Test
	void needsATitle() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Inspection(1L, InspectionKind.INSPECTION, " ", STARTED));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Inspection(1L, InspectionKind.INSPECTION, "t".repeat(301), STARTED));
	}

	@Test
	void redatesButNeverPublishesBeforeTheStart() {
		var inspection = inspection();
		inspection.redate(STARTED.plusDays(2), STARTED.plusDays(30));
		assertThat(inspection.getStartedOn()).isEqualTo(STARTED.plusDays(2));
		assertThat(inspection.getPublishedOn()).isEqualTo(STARTED.plusDays(30));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> inspection.redate(STARTED.plusDays(31), STARTED.plusDays(30)))
			.withMessageContaining("before the inspection started");
		assertThat(inspection.getStartedOn()).isEqualTo(STARTED.plusDays(2));
		inspection.redate(STARTED, null);
		assertThat(inspection.getPublishedOn()).isNull();
	}

	@Test
	void takesAnAreasJudgementAwayWhenItIsNotJudged() {
		var inspection = inspection();
		inspection.judgeOrClear(InspectionArea.CARE_LEAVERS, Judgement.GOOD);
		inspection.judgeOrClear(InspectionArea.HELP_AND_PROTECTION, Judgement.INADEQUATE);
		inspection.judgeOrClear(InspectionArea.CARE_LEAVERS, null);
		assertThat(inspection.judgementFor(InspectionArea.CARE_LEAVERS)).isEmpty();
		assertThat(inspection.judgementFor(InspectionArea.HELP_AND_PROTECTION)).contains(Judgement.INADEQUATE);
	}

	@Test
	void aVisitCanBeLeftUnjudgedButNotJudged() {
		var visit = new Inspection(1L, InspectionKind.MONITORING_VISIT, "Monitoring visit", STARTED);
		visit.judgeOrClear(InspectionArea.CHILDREN_IN_CARE, null);
		assertThatIllegalStateException()
			.isThrownBy(() -> visit.judgeOrClear(InspectionArea.CHILDREN_IN_CARE, Judgement.GOOD));
		assertThat(visit.getJudgements()).isEmpty();
	}

	@Test
	void aFindingIsAnsweredByExactlyTheActionsGiven() {
		var finding = inspection().addFinding("Plans drift.");
		finding.answeredOnlyBy(java.util.Set.of(1L, 2L));
		finding.answeredOnlyBy(java.util.Set.of(2L, 3L));
		assertThat(finding.getActionIds()).containsExactlyInAnyOrder(2L, 3L);
		finding.answeredOnlyBy(java.util.Set.of());
		assertThat(finding.getActionIds()).isEmpty();
	}

}
