package org.turnaround.workforce;

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
class WorkforceReturnRepositoryTests {

	@Autowired
	WorkforceReturnRepository workforceReturns;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@Transactional
	void savesAndReloadsAWorkforceReturnWithItsRates() {
		long authorityId = this.jdbc.queryForObject(
				"insert into authority(name, slug) values ('Workforce test council', 'workforce-test') returning id",
				Long.class);
		this.workforceReturns.save(new WorkforceReturn(authorityId, LocalDate.of(2024, 9, 30), new BigDecimal("140"),
				new BigDecimal("30"), new BigDecimal("60"), new BigDecimal("28"), null));
		this.workforceReturns.save(new WorkforceReturn(authorityId, LocalDate.of(2025, 3, 31), new BigDecimal("150"),
				new BigDecimal("20"), new BigDecimal("50"), new BigDecimal("24"), new BigDecimal("17.5")));
		this.workforceReturns.flush();
		this.entityManager.clear();

		assertThat(this.workforceReturns.findByAuthorityIdOrderByPeriodOn(authorityId))
			.extracting(WorkforceReturn::getPeriodOn)
			.containsExactly(LocalDate.of(2024, 9, 30), LocalDate.of(2025, 3, 31));
		var latest = this.workforceReturns.findFirstByAuthorityIdOrderByPeriodOnDesc(authorityId).orElseThrow();
		assertThat(latest.getSocialWorkersFte()).isEqualTo(new BigDecimal("150.0"));
		assertThat(latest.getAverageCaseload()).isEqualTo(new BigDecimal("17.5"));
		assertThat(latest.agencyRate()).contains(new BigDecimal("25.0"));
		assertThat(latest.vacancyRate()).contains(new BigDecimal("11.8"));
		assertThat(latest.turnoverRate()).contains(new BigDecimal("16.0"));
	}

}
