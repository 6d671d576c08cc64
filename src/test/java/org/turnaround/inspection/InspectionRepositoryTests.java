package org.turnaround.inspection;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class InspectionRepositoryTests {

	@Autowired
	InspectionRepository inspections;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@Transactional
	void savesAndReloadsAnInspectionWithItsJudgementsFindingsAndTheirActions() {
		long authorityId = insertAuthority();
		long actionId = insertAction(authorityId);
		var inspection = new Inspection(authorityId, InspectionKind.INSPECTION,
				"Inspection of children's social care services", LocalDate.of(2024, 2, 5));
		inspection.describe("ILACS 2023", "Services for children are inadequate.");
		inspection.publish(LocalDate.of(2024, 3, 22));
		inspection.judgeOverall(Judgement.INADEQUATE);
		inspection.judge(InspectionArea.IMPACT_OF_LEADERS, Judgement.INADEQUATE);
		inspection.judge(InspectionArea.HELP_AND_PROTECTION, Judgement.INADEQUATE);
		inspection.addFinding("The quality of assessments is too variable.").linkAction(actionId);
		inspection.addFinding("Managers do not oversee casework closely enough.");
		Long id = this.inspections.saveAndFlush(inspection).getId();
		this.entityManager.clear();

		var reloaded = this.inspections.findById(id).orElseThrow();
		assertThat(reloaded.getAuthorityId()).isEqualTo(authorityId);
		assertThat(reloaded.getKind()).isEqualTo(InspectionKind.INSPECTION);
		assertThat(reloaded.getFramework()).isEqualTo("ILACS 2023");
		assertThat(reloaded.getSummary()).isEqualTo("Services for children are inadequate.");
		assertThat(reloaded.getStartedOn()).isEqualTo(LocalDate.of(2024, 2, 5));
		assertThat(reloaded.getPublishedOn()).isEqualTo(LocalDate.of(2024, 3, 22));
		assertThat(reloaded.getOverallJudgement()).isEqualTo(Judgement.INADEQUATE);
		assertThat(reloaded.getJudgements()).extracting(InspectionJudgement::getArea)
			.containsExactly(InspectionArea.HELP_AND_PROTECTION, InspectionArea.IMPACT_OF_LEADERS);
		assertThat(reloaded.getFindings()).extracting(InspectionFinding::getNumber).containsExactly(1, 2);
		assertThat(reloaded.findingNumbered(1).orElseThrow().getActionIds()).containsExactly(actionId);
		assertThat(reloaded.findingNumbered(2).orElseThrow().getActionIds()).isEmpty();
	}

	@Test
	@Transactional
	void replacesAJudgementInPlaceAndCountsEachChangeInTheInspectionsVersion() {
		long authorityId = insertAuthority();
		var inspection = new Inspection(authorityId, InspectionKind.INSPECTION, "Re-inspection",
				LocalDate.of(2025, 6, 2));
		inspection.judge(InspectionArea.IMPACT_OF_LEADERS, Judgement.GOOD);
		inspection.addFinding("Leaders know their services well.");
		Long id = this.inspections.saveAndFlush(inspection).getId();
		this.entityManager.clear();

		var reloaded = this.inspections.findById(id).orElseThrow();
		reloaded.judge(InspectionArea.IMPACT_OF_LEADERS, Judgement.OUTSTANDING);
		this.entityManager.flush();
		assertThat(reloaded.getVersion()).isEqualTo(1L);
		reloaded.addFinding("Care leavers are not all in touch with a personal adviser.");
		this.entityManager.flush();
		assertThat(reloaded.getVersion()).isEqualTo(2L);
		this.entityManager.clear();

		var again = this.inspections.findById(id).orElseThrow();
		assertThat(again.judgementFor(InspectionArea.IMPACT_OF_LEADERS)).contains(Judgement.OUTSTANDING);
		assertThat(again.getJudgements()).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from inspection_judgement where inspection_id = ?",
				Integer.class, id))
			.isEqualTo(1);
		assertThat(again.getFindings()).extracting(InspectionFinding::getNumber).containsExactly(1, 2);
		assertThat(again.getVersion()).isEqualTo(2L);
	}

	@Test
	@Transactional
	void findsAnAuthoritysInspectionsMostRecentFirstWithTheirJudgements() {
		long authorityId = insertAuthority();
		var first = new Inspection(authorityId, InspectionKind.INSPECTION, "Inspection", LocalDate.of(2024, 2, 5));
		first.judge(InspectionArea.HELP_AND_PROTECTION, Judgement.INADEQUATE);
		this.inspections.save(first);
		this.inspections.save(new Inspection(authorityId, InspectionKind.MONITORING_VISIT, "First monitoring visit",
				LocalDate.of(2024, 9, 10)));
		this.inspections.flush();
		this.entityManager.clear();

		var found = this.inspections.findByAuthorityIdOrderByStartedOnDescIdDesc(authorityId);
		assertThat(found).extracting(Inspection::getTitle).containsExactly("First monitoring visit", "Inspection");
		assertThat(found.get(1).judgementFor(InspectionArea.HELP_AND_PROTECTION)).contains(Judgement.INADEQUATE);
	}

	private long insertAuthority() {
		return this.jdbc.queryForObject(
				"insert into authority(name, slug) values ('Inspection test council', 'inspection-test') returning id",
				Long.class);
	}

	private long insertAction(long authorityId) {
		long ownerId = this.jdbc.queryForObject("""
				insert into account(username, display_name, role, authority_id)
				values ('inspection-test-officer', 'Test officer', 'OFFICER', ?) returning id""", Long.class,
				authorityId);
		long planId = this.jdbc.queryForObject("""
				insert into improvement_plan(authority_id, title, starts_on, ends_on)
				values (?, 'Test plan', date '2024-04-01', date '2026-03-31') returning id""", Long.class, authorityId);
		long priorityId = this.jdbc.queryForObject(
				"insert into priority(plan_id, number, title) values (?, 1, 'Test priority') returning id", Long.class,
				planId);
		return this.jdbc.queryForObject("""
				insert into action(plan_id, priority_id, number, title, owner_id, due_on, baseline_due_on)
				values (?, ?, 1, 'Test action', ?, date '2025-06-30', date '2025-06-30') returning id""", Long.class,
				planId, priorityId, ownerId);
	}

}
