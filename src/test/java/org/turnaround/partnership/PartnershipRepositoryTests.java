package org.turnaround.partnership;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PartnershipRepositoryTests {

	@Autowired
	PartnershipRepository partnerships;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@Transactional
	void savesAndReloadsAnAuthoritysPartnerships() {
		long authorityId = insertAuthority("partnership-test");
		long partnerId = insertAuthority("partnership-test-partner");
		var council = new Partnership(authorityId, "Partner City Council", PartnerKind.LOCAL_AUTHORITY, partnerId,
				LocalDate.of(2024, 5, 1));
		council.describeRole("Sector-led improvement partner");
		council.end(LocalDate.of(2026, 3, 31));
		this.partnerships.save(council);
		this.partnerships.save(new Partnership(authorityId, "Practice Partners Ltd", PartnerKind.AGENCY, null,
				LocalDate.of(2024, 9, 1)));
		this.partnerships.flush();
		this.entityManager.clear();

		var found = this.partnerships.findByAuthorityIdOrderByStartsOnAscIdAsc(authorityId);
		assertThat(found).extracting(Partnership::getPartnerName)
			.containsExactly("Partner City Council", "Practice Partners Ltd");
		var reloaded = found.get(0);
		assertThat(reloaded.getAuthorityId()).isEqualTo(authorityId);
		assertThat(reloaded.getPartnerKind()).isEqualTo(PartnerKind.LOCAL_AUTHORITY);
		assertThat(reloaded.getPartnerAuthorityId()).isEqualTo(partnerId);
		assertThat(reloaded.getRole()).isEqualTo("Sector-led improvement partner");
		assertThat(reloaded.getStartsOn()).isEqualTo(LocalDate.of(2024, 5, 1));
		assertThat(reloaded.getEndsOn()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(reloaded.getVersion()).isZero();
	}

	private long insertAuthority(String slug) {
		return this.jdbc.queryForObject("insert into authority(name, slug) values (?, ?) returning id", Long.class,
				"Test council " + slug, slug);
	}

}
