package org.turnaround.notice;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

class ImprovementNoticeTests {

	ImprovementNotice earlier = new ImprovementNotice(1L, "Non-statutory notice", NoticeKind.NON_STATUTORY_NOTICE,
			NoticeTrigger.COURT_JUDGEMENT, LocalDate.of(2021, 5, 1));

	ImprovementNotice later = new ImprovementNotice(1L, "Improvement notice", NoticeKind.IMPROVEMENT_NOTICE,
			NoticeTrigger.OFSTED_INSPECTION, LocalDate.of(2022, 9, 1));

	@Test
	void requirementsAreNumberedInTheOrderTheyAreAdded() {
		this.later.addRequirement("Establish an Improvement Board");
		this.later.addRequirement("Stabilise the workforce");
		assertThat(this.later.getRequirements()).extracting(Requirement::getNumber).containsExactly(1, 2);
	}

	@Test
	void rewordingARequirementKeepsItsNumberAndNewOnesFollowTheLast() {
		this.later.addRequirement("Establish an Improvement Board");
		this.later.addRequirement("Stabilise the workforce");
		this.later.rewordRequirement(1, "  Establish an Improvement Board with an independent chair ");
		this.later.addRequirement("Report monthly");
		assertThat(this.later.getRequirements()).extracting(Requirement::getNumber, Requirement::getText)
			.containsExactly(tuple(1, "Establish an Improvement Board with an independent chair"),
					tuple(2, "Stabilise the workforce"), tuple(3, "Report monthly"));
	}

	@Test
	void aRequirementCannotBeRewordedToNothingNorCanAMissingOneBeReworded() {
		this.later.addRequirement("Establish an Improvement Board");
		assertThatIllegalArgumentException().isThrownBy(() -> this.later.rewordRequirement(1, " "));
		assertThatIllegalArgumentException().isThrownBy(() -> this.later.rewordRequirement(2, "Text"));
	}

	@Test
	void anEditCannotMoveTheIssueDateAfterTheNextReview() {
		this.later.reviewEvery(6, LocalDate.of(2023, 3, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> this.later.edit("Improvement notice",
				NoticeKind.IMPROVEMENT_NOTICE, NoticeTrigger.OFSTED_INSPECTION, LocalDate.of(2023, 4, 1)));
		this.later.edit("Corrected", NoticeKind.STATUTORY_DIRECTION, NoticeTrigger.OTHER, LocalDate.of(2022, 10, 1));
		assertThat(this.later.getTitle()).isEqualTo("Corrected");
		assertThat(this.later.getStatusChangedOn()).isEqualTo(LocalDate.of(2022, 10, 1));
	}

	@Test
	void aLaterNoticeSupersedesTheEarlierOneOnTheDayItIsIssued() {
		this.later.supersede(this.earlier);
		assertThat(this.earlier.getStatus()).isEqualTo(NoticeStatus.SUPERSEDED);
		assertThat(this.earlier.getStatusChangedOn()).isEqualTo(LocalDate.of(2022, 9, 1));
		assertThat(this.later.getStatus()).isEqualTo(NoticeStatus.ACTIVE);
	}

	@Test
	void aNoticeCannotSupersedeAnotherAuthoritysNoticeOrItself() {
		var elsewhere = new ImprovementNotice(2L, "Elsewhere", NoticeKind.IMPROVEMENT_NOTICE, NoticeTrigger.OTHER,
				LocalDate.of(2022, 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> this.later.supersede(elsewhere));
		assertThatIllegalArgumentException().isThrownBy(() -> this.later.supersede(this.later));
	}

	@Test
	void aLiftedNoticeCannotChangeAgainNorBeLiftedBeforeItWasIssued() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.later.lift(LocalDate.of(2022, 8, 1)));
		this.later.lift(LocalDate.of(2024, 3, 1));
		assertThat(this.later.getStatus()).isEqualTo(NoticeStatus.LIFTED);
		assertThatIllegalStateException().isThrownBy(() -> this.later.revise(LocalDate.of(2024, 4, 1)));
	}

	@Test
	void theReviewCycleIsBetweenOneAndThirtySixMonthsAndTheNextReviewNotBeforeIssue() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.later.reviewEvery(0, null));
		assertThatIllegalArgumentException().isThrownBy(() -> this.later.reviewEvery(6, LocalDate.of(2022, 1, 1)));
		this.later.reviewEvery(6, LocalDate.of(2023, 3, 1));
		assertThat(this.later.getNextReviewOn()).isEqualTo(LocalDate.of(2023, 3, 1));
	}

}
