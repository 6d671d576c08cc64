package org.turnaround.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MeasureRepositoryTests {

	private static final Instant NOW = Instant.parse("2025-03-15T10:00:00Z");

	@Autowired
	MeasureRepository measures;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@Transactional
	void savesAndReloadsAMeasureWithItsValuesInPeriodOrderAndItsActions() {
		long authorityId = insertAuthority("measure-test-council");
		long officerId = insertOfficer(authorityId, "measure-test-officer");
		long planId = insertPlan(authorityId);
		long priorityId = insertPriority(planId);
		long actionId = insertAction(planId, priorityId, officerId);

		var measure = new Measure(authorityId, "Audited cases rated adequate or better", MeasureUnit.PERCENT,
				Direction.HIGHER_IS_BETTER, Frequency.MONTHLY, new BigDecimal("80"));
		measure.describe("From the monthly practice audit.");
		measure.placeInPlan(planId, priorityId);
		measure.assignOwner(officerId);
		measure.showAsHeadline(true);
		measure.linkAction(actionId);
		measure.recordValue(LocalDate.of(2025, 2, 1), new BigDecimal("64.5"), officerId, "February audit", NOW);
		measure.recordValue(LocalDate.of(2025, 1, 1), new BigDecimal("61"), officerId, null, NOW);
		Long id = this.measures.saveAndFlush(measure).getId();
		this.entityManager.clear();

		var reloaded = this.measures.findWithValuesById(id).orElseThrow();
		assertThat(reloaded.getName()).isEqualTo("Audited cases rated adequate or better");
		assertThat(reloaded.getDescription()).isEqualTo("From the monthly practice audit.");
		assertThat(reloaded.getUnit()).isEqualTo(MeasureUnit.PERCENT);
		assertThat(reloaded.getDirection()).isEqualTo(Direction.HIGHER_IS_BETTER);
		assertThat(reloaded.getFrequency()).isEqualTo(Frequency.MONTHLY);
		assertThat(reloaded.getTarget()).isEqualTo(new BigDecimal("80.00"));
		assertThat(reloaded.getPlanId()).isEqualTo(planId);
		assertThat(reloaded.getPriorityId()).isEqualTo(priorityId);
		assertThat(reloaded.getOwnerId()).isEqualTo(officerId);
		assertThat(reloaded.isHeadline()).isTrue();
		assertThat(reloaded.getVersion()).isZero();
		assertThat(reloaded.getActionIds()).containsExactly(actionId);
		assertThat(reloaded.getValues()).extracting(MeasureValue::getPeriodOn)
			.containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1));
		var february = reloaded.getValues().get(1);
		assertThat(february.getValue()).isEqualTo(new BigDecimal("64.50"));
		assertThat(february.getNote()).isEqualTo("February audit");
		assertThat(february.getRecordedById()).isEqualTo(officerId);
		assertThat(february.getRecordedAt()).isEqualTo(NOW);
		assertThat(february.formatted()).isEqualTo("64.5%");
	}

	@Test
	@Transactional
	void deletesARemovedValueAndCountsEveryChangeOfValuesOrActionsInTheVersion() {
		long authorityId = insertAuthority("measure-test-council");
		long planId = insertPlan(authorityId);
		long actionId = insertAction(planId, insertPriority(planId),
				insertOfficer(authorityId, "measure-test-officer"));
		var measure = new Measure(authorityId, "Children in care per 10,000", MeasureUnit.RATE_PER_10000,
				Direction.LOWER_IS_BETTER, Frequency.QUARTERLY, null);
		measure.recordValue(LocalDate.of(2024, 10, 1), new BigDecimal("96.1"), null, null, NOW);
		Long id = this.measures.saveAndFlush(measure).getId();
		this.entityManager.clear();

		var reloaded = this.measures.findById(id).orElseThrow();
		reloaded.recordValue(LocalDate.of(2025, 1, 1), new BigDecimal("95.4"), null, null, NOW);
		this.entityManager.flush();
		assertThat(reloaded.getVersion()).isEqualTo(1L);
		reloaded.removeValue(LocalDate.of(2024, 10, 1));
		this.entityManager.flush();
		assertThat(reloaded.getVersion()).isEqualTo(2L);
		reloaded.linkAction(actionId);
		this.entityManager.flush();
		assertThat(reloaded.getVersion()).isEqualTo(3L);
		this.entityManager.clear();

		assertThat(
				this.jdbc.queryForList("select period_on from measure_value where measure_id = ?", LocalDate.class, id))
			.containsExactly(LocalDate.of(2025, 1, 1));
		assertThat(this.measures.findById(id).orElseThrow().getActionIds()).containsExactly(actionId);
	}

	@Test
	@Transactional
	void findsAnAuthoritysMeasuresInNameOrder() {
		long authorityId = insertAuthority("measure-test-council");
		long otherId = insertAuthority("measure-test-other-council");
		this.measures.save(new Measure(authorityId, "Social worker vacancy rate", MeasureUnit.PERCENT,
				Direction.LOWER_IS_BETTER, Frequency.MONTHLY, null));
		this.measures.save(new Measure(authorityId, "Average caseload", MeasureUnit.COUNT, Direction.LOWER_IS_BETTER,
				Frequency.MONTHLY, null));
		this.measures.save(new Measure(otherId, "Another council's measure", MeasureUnit.COUNT,
				Direction.LOWER_IS_BETTER, Frequency.MONTHLY, null));
		this.measures.flush();

		assertThat(this.measures.findByAuthorityIdOrderByName(authorityId)).extracting(Measure::getName)
			.containsExactly("Average caseload", "Social worker vacancy rate");
	}

	private long insertAuthority(String slug) {
		return this.jdbc.queryForObject("insert into authority(name, slug) values (?, ?) returning id", Long.class,
				"Test council " + slug, slug);
	}

	private long insertOfficer(long authorityId, String username) {
		return this.jdbc.queryForObject(
				"insert into account(username, display_name, role, authority_id) values (?, ?, 'OFFICER', ?) returning id",
				Long.class, username, "Test officer", authorityId);
	}

	private long insertPlan(long authorityId) {
		return this.jdbc.queryForObject("""
				insert into improvement_plan(authority_id, title, starts_on, ends_on)
				values (?, 'Test plan', date '2024-04-01', date '2026-03-31') returning id""", Long.class, authorityId);
	}

	private long insertPriority(long planId) {
		return this.jdbc.queryForObject(
				"insert into priority(plan_id, number, title) values (?, 1, 'Test priority') returning id", Long.class,
				planId);
	}

	private long insertAction(long planId, long priorityId, long ownerId) {
		return this.jdbc.queryForObject("""
				insert into action(plan_id, priority_id, number, title, owner_id, due_on, baseline_due_on)
				values (?, ?, 1, 'Test action', ?, date '2025-06-30', date '2025-06-30') returning id""", Long.class,
				planId, priorityId, ownerId);
	}

}
