package org.turnaround.caseaudit;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CaseAuditRepositoryTests {

	@Autowired
	CaseAuditRepository caseAudits;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@Transactional
	void savesAndReloadsAnAuthoritysCaseAuditsOldestFirst() {
		long authorityId = this.jdbc.queryForObject(
				"insert into authority(name, slug) values ('Case audit test council', 'case-audit-test') returning id",
				Long.class);
		var later = new CaseAudit(authorityId, "Spring practice audit", LocalDate.of(2025, 4, 30), 1400, 70, 350, 560,
				420);
		later.summarise("Most cases now adequate or better.");
		this.caseAudits.save(later);
		this.caseAudits
			.save(new CaseAudit(authorityId, "Baseline audit", LocalDate.of(2024, 6, 28), 200, 0, 20, 60, 120));
		this.caseAudits.flush();
		this.entityManager.clear();

		var audits = this.caseAudits.findByAuthorityIdOrderByCompletedOnAscIdAsc(authorityId);
		assertThat(audits).extracting(CaseAudit::getTitle).containsExactly("Baseline audit", "Spring practice audit");
		var reloaded = audits.get(1);
		assertThat(reloaded.getAuthorityId()).isEqualTo(authorityId);
		assertThat(reloaded.getCompletedOn()).isEqualTo(LocalDate.of(2025, 4, 30));
		assertThat(reloaded.getCasesAudited()).isEqualTo(1400);
		assertThat(reloaded.getOutstanding()).isEqualTo(70);
		assertThat(reloaded.getGood()).isEqualTo(350);
		assertThat(reloaded.getRequiresImprovement()).isEqualTo(560);
		assertThat(reloaded.getInadequate()).isEqualTo(420);
		assertThat(reloaded.getSummary()).isEqualTo("Most cases now adequate or better.");
		assertThat(reloaded.getVersion()).isZero();
		assertThat(reloaded.percentAdequateOrBetter()).contains(new BigDecimal("70.0"));
		assertThat(audits.get(0).percentAdequateOrBetter()).contains(new BigDecimal("40.0"));
	}

}
