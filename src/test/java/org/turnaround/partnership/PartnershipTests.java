package org.turnaround.partnership;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartnershipTests {

	private static final LocalDate START = LocalDate.of(2024, 5, 1);

	@Test
	void linksALocalAuthorityPartnerToItsAuthorityRecord() {
		var partnership = new Partnership(1L, "  Northgate City Council ", PartnerKind.LOCAL_AUTHORITY, 2L, START);
		assertThat(partnership.getPartnerName()).isEqualTo("Northgate City Council");
		assertThat(partnership.getPartnerAuthorityId()).isEqualTo(2L);
	}

	@Test
	void rejectsAnAuthorityAsItsOwnPartner() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Partnership(1L, "Ourselves", PartnerKind.LOCAL_AUTHORITY, 1L, START))
			.withMessage("An authority cannot be its own partner.");
	}

	@Test
	void rejectsAnAuthorityRecordForAPartnerThatIsNotALocalAuthority() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Partnership(1L, "Practice Partners Ltd", PartnerKind.AGENCY, 2L, START));
		assertThat(new Partnership(1L, "Practice Partners Ltd", PartnerKind.AGENCY, null, START).getPartnerKind())
			.isEqualTo(PartnerKind.AGENCY);
	}

	@Test
	void needsThePartnersName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Partnership(1L, " ", PartnerKind.OTHER, null, START));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Partnership(1L, "n".repeat(201), PartnerKind.OTHER, null, START));
	}

	@Test
	void endsOnItsStartDateOrLaterButNotBefore() {
		var partnership = new Partnership(1L, "Northgate City Council", PartnerKind.LOCAL_AUTHORITY, null, START);
		assertThatIllegalArgumentException().isThrownBy(() -> partnership.end(START.minusDays(1)));
		assertThat(partnership.getEndsOn()).isNull();
		partnership.end(START);
		assertThat(partnership.getEndsOn()).isEqualTo(START);
	}

	@Test
	void isActiveFromItsStartDateUntilItsEndDateInclusive() {
		var partnership = new Partnership(1L, "Northgate City Council", PartnerKind.LOCAL_AUTHORITY, null, START);
		assertThat(partnership.isActiveOn(START.minusDays(1))).isFalse();
		assertThat(partnership.isActiveOn(START)).isTrue();
		assertThat(partnership.isActiveOn(START.plusYears(5))).isTrue();
		partnership.end(LocalDate.of(2025, 4, 30));
		assertThat(partnership.isActiveOn(LocalDate.of(2025, 4, 30))).isTrue();
		assertThat(partnership.isActiveOn(LocalDate.of(2025, 5, 1))).isFalse();
	}

	@Test
	void keepsARoleOfAtMostAThousandCharacters() {
		var partnership = new Partnership(1L, "Northgate City Council", PartnerKind.LOCAL_AUTHORITY, null, START);
		partnership.describeRole(" Sector-led improvement partner ");
		assertThat(partnership.getRole()).isEqualTo("Sector-led improvement partner");
		assertThatIllegalArgumentException().isThrownBy(() -> partnership.describeRole("r".repeat(1001)));
		assertThat(PartnerKind.LOCAL_AUTHORITY.label()).isEqualTo("Local authority");
	}

	@Test
	void reclassifiesButNeverAsItsOwnPartner() {
		var partnership = new Partnership(1L, "Northgate", PartnerKind.OTHER, null, START);
		partnership.classify(PartnerKind.LOCAL_AUTHORITY, 2L);
		assertThat(partnership.getPartnerAuthorityId()).isEqualTo(2L);
		assertThatIllegalArgumentException().isThrownBy(() -> partnership.classify(PartnerKind.LOCAL_AUTHORITY, 1L))
			.withMessage("An authority cannot be its own partner.");
		assertThatIllegalArgumentException().isThrownBy(() -> partnership.classify(PartnerKind.AGENCY, 2L));
		assertThat(partnership.getPartnerKind()).isEqualTo(PartnerKind.LOCAL_AUTHORITY);
	}

	@Test
	void runsBetweenDatesThatMayBeOpenButNeverEndBeforeTheStart() {
		var partnership = new Partnership(1L, "Northgate", PartnerKind.OTHER, null, START);
		partnership.runs(START.plusDays(1), START.plusDays(1));
		assertThat(partnership.getEndsOn()).isEqualTo(START.plusDays(1));
		assertThatIllegalArgumentException().isThrownBy(() -> partnership.runs(START.plusDays(2), START.plusDays(1)));
		partnership.runs(START, null);
		assertThat(partnership.getEndsOn()).isNull();
		assertThat(partnership.getStartsOn()).isEqualTo(START);
	}

	@Test
	void supportsExactlyTheActionsGiven() {
		var partnership = new Partnership(1L, "Northgate", PartnerKind.OTHER, null, START);
		partnership.supportsOnly(java.util.Set.of(4L, 5L));
		partnership.supportsOnly(java.util.Set.of(5L, 6L));
		assertThat(partnership.getSupportedActionIds()).containsExactlyInAnyOrder(5L, 6L);
	}

}
