package org.turnaround.inspection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JudgementTests {

	@Test
	void givesEachJudgementATextLabelAndAGovukTagColour() {
		assertThat(Judgement.OUTSTANDING.label()).isEqualTo("Outstanding");
		assertThat(Judgement.GOOD.label()).isEqualTo("Good");
		assertThat(Judgement.REQUIRES_IMPROVEMENT.label()).isEqualTo("Requires improvement to be good");
		assertThat(Judgement.INADEQUATE.label()).isEqualTo("Inadequate");
		assertThat(Judgement.values()).extracting(Judgement::tagClass)
			.containsExactly("govuk-tag--green", "govuk-tag--turquoise", "govuk-tag--yellow", "govuk-tag--red");
	}

	@Test
	void ordersJudgementsFromBestToWorst() {
		assertThat(Judgement.OUTSTANDING.isBetterThan(Judgement.GOOD)).isTrue();
		assertThat(Judgement.GOOD.isBetterThan(Judgement.INADEQUATE)).isTrue();
		assertThat(Judgement.INADEQUATE.isBetterThan(Judgement.REQUIRES_IMPROVEMENT)).isFalse();
		assertThat(Judgement.GOOD.isBetterThan(Judgement.GOOD)).isFalse();
	}

	@Test
	void namesEachAreaInFullAndInShort() {
		assertThat(InspectionArea.HELP_AND_PROTECTION.label())
			.isEqualTo("The experiences and progress of children who need help and protection");
		assertThat(InspectionArea.HELP_AND_PROTECTION.shortLabel()).isEqualTo("Help and protection");
		assertThat(InspectionArea.values()).allSatisfy((area) -> {
			assertThat(area.label()).isNotBlank();
			assertThat(area.shortLabel()).isNotBlank().hasSizeLessThan(area.label().length());
		});
	}

	@Test
	void gradesOnlyAFullInspection() {
		assertThat(InspectionKind.values()).filteredOn(InspectionKind::isGraded)
			.containsExactly(InspectionKind.INSPECTION);
		assertThat(InspectionKind.MONITORING_VISIT.label()).isEqualTo("Monitoring visit");
	}

}
