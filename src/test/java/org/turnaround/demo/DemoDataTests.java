package org.turnaround.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDataTests {

	/**
	 * The demo authorities' updates only: other tests share this database and may commit
	 * records of their own.
	 */
	static final String DEMO_UPDATES = "(select u.* from action_update u join action a on a.id = u.action_id join improvement_plan p on p.id = a.plan_id join authority au on au.id = p.authority_id where au.slug in ('marchshire', 'northgate')) du";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoDataLoader loader;

	@Test
	void loadsMarchshireAndItsPartnerNorthgate() {
		assertThat(this.jdbc.queryForList("select slug from authority order by slug", String.class))
			.contains("marchshire", "northgate");
		assertThat(count("""
				select count(*) from partnership p
				join authority a on a.id = p.authority_id and a.slug = 'marchshire'
				join authority partner on partner.id = p.partner_authority_id and partner.slug = 'northgate'
				where p.partner_kind = 'LOCAL_AUTHORITY'""")).isOne();
	}

	@Test
	void givesMarchshireAnActiveNoticeThatSupersedesTheOneIssuedAfterTheCourtJudgement() {
		var notices = this.jdbc.queryForList("""
				select n.kind, n.trigger_kind, n.status, n.supersedes_id, n.id, n.next_review_on, n.adviser_name,
				       (select count(*) from notice_requirement r where r.notice_id = n.id) as requirements
				from improvement_notice n join authority a on a.id = n.authority_id
				where a.slug = 'marchshire' order by n.issued_on""");
		assertThat(notices).hasSize(2);
		var earlier = notices.get(0);
		var active = notices.get(1);
		assertThat(earlier).containsEntry("kind", "NON_STATUTORY_NOTICE")
			.containsEntry("trigger_kind", "COURT_JUDGEMENT")
			.containsEntry("status", "SUPERSEDED");
		assertThat(active).containsEntry("kind", "IMPROVEMENT_NOTICE")
			.containsEntry("trigger_kind", "OFSTED_INSPECTION")
			.containsEntry("status", "ACTIVE")
			.containsEntry("supersedes_id", earlier.get("id"));
		assertThat(((Date) active.get("next_review_on")).toLocalDate()).isAfter(LocalDate.now());
		assertThat(active.get("adviser_name")).isNotNull();
		assertThat(notices).allSatisfy((notice) -> assertThat((Long) notice.get("requirements")).isBetween(6L, 8L));
	}

	@Test
	void givesMarchshireOneActivePlanEndorsedByCabinetWithPrioritiesAndActions() {
		var plan = this.jdbc.queryForMap("""
				select p.id, p.endorsed_on, p.budget_pounds, n.status as notice_status,
				       (select count(*) from priority pr where pr.plan_id = p.id) as priorities,
				       (select count(*) from action ac where ac.plan_id = p.id) as actions
				from improvement_plan p join authority a on a.id = p.authority_id
				join improvement_notice n on n.id = p.notice_id
				where a.slug = 'marchshire' and p.status = 'ACTIVE'""");
		assertThat(plan.get("endorsed_on")).isNotNull();
		assertThat((BigDecimal) plan.get("budget_pounds")).isPositive();
		assertThat(plan.get("notice_status")).isEqualTo("ACTIVE");
		assertThat((Long) plan.get("priorities")).isGreaterThanOrEqualTo(6);
		assertThat((Long) plan.get("actions")).isGreaterThanOrEqualTo(40);
		assertThat(count("""
				select count(distinct ac.owner_id) from action ac join improvement_plan p on p.id = ac.plan_id
				join authority a on a.id = p.authority_id where a.slug = 'marchshire'""")).isGreaterThanOrEqualTo(5);
	}

	@Test
	void givesEveryActionThatIsNotCancelledAtLeastThreeUpdatesWithinThePastYear() {
		assertThat(count("""
				select count(*) from action ac
				join improvement_plan p on p.id = ac.plan_id
				join authority au on au.id = p.authority_id and au.slug in ('marchshire', 'northgate')
				where ac.status <> 'CANCELLED'
				  and (select count(*) from action_update u where u.action_id = ac.id) < 3""")).isZero();
		assertThat(count("select count(*) from " + DEMO_UPDATES + " where recorded_at > now()")).isZero();
		assertThat(count("select count(*) from " + DEMO_UPDATES + " where recorded_at < now() - interval '367 days'"))
			.isZero();
	}

	@Test
	void recordsWithEachUpdateTheRagItHadWhenItWasReported() {
		assertThat(count("select count(*) from " + DEMO_UPDATES + " where rag_reason is null")).isZero();
		assertThat(count("select count(*) from " + DEMO_UPDATES + " where rag is null and status <> 'CANCELLED'"))
			.isZero();
		assertThat(count("select count(distinct rag) from " + DEMO_UPDATES)).isEqualTo(4);
	}

	@Test
	void keepsEachActionsStatusAndProgressEqualToItsLatestUpdate() {
		assertThat(count("""
				select count(*) from action ac
				join lateral (select * from action_update u where u.action_id = ac.id
				              order by u.recorded_at desc, u.id desc limit 1) latest on true
				where latest.status <> ac.status or latest.percent_complete <> ac.percent_complete
				   or latest.recorded_at <> ac.last_update_at""")).isZero();
		assertThat(count("""
				select count(*) from action_update u join action_update earlier
				  on earlier.action_id = u.action_id and earlier.recorded_at < u.recorded_at
				where earlier.percent_complete > u.percent_complete""")).isZero();
	}

	@Test
	void mixesActionsThatAreCompleteBlockedOverdueDueSoonOutOfDateRevisedAndCancelled() {
		var today = LocalDate.now();
		var marchshire = """
				select count(*) from action ac join improvement_plan p on p.id = ac.plan_id
				join authority a on a.id = p.authority_id where a.slug = 'marchshire' and\s""";
		assertThat(count(
				marchshire + "ac.status = 'COMPLETE' and ac.percent_complete = 100 and ac.completed_on is not null"))
			.isGreaterThanOrEqualTo(5);
		assertThat(count(marchshire + "ac.status = 'BLOCKED'")).isGreaterThanOrEqualTo(2);
		assertThat(count(marchshire + "ac.status not in ('COMPLETE', 'CANCELLED') and ac.due_on < ?", today))
			.isGreaterThanOrEqualTo(3);
		assertThat(count(marchshire
				+ "ac.status not in ('COMPLETE', 'CANCELLED') and ac.due_on between ? and ? and ac.percent_complete < 50",
				today, today.plusDays(14)))
			.isGreaterThanOrEqualTo(2);
		assertThat(count(marchshire
				+ "ac.status not in ('COMPLETE', 'CANCELLED') and ac.last_update_at < now() - interval '30 days'"))
			.isGreaterThanOrEqualTo(2);
		assertThat(count(marchshire + "ac.status = 'CANCELLED' and ac.cancellation_reason is not null"))
			.isGreaterThanOrEqualTo(2);
		assertThat(count(marchshire + "ac.due_on <> ac.baseline_due_on and ac.due_revision_reason is not null"))
			.isGreaterThanOrEqualTo(2);
		assertThat(count(marchshire + "ac.lead_partnership_id is not null")).isGreaterThanOrEqualTo(2);
		assertThat(count(marchshire + "exists (select 1 from action_requirement r where r.action_id = ac.id)"))
			.isGreaterThanOrEqualTo(10);
	}

	@Test
	void givesThePlanMilestonesAchievedMissedAndPlannedThatDependOnActions() {
		var statuses = this.jdbc.queryForList("""
				select m.status from milestone m join improvement_plan p on p.id = m.plan_id
				join authority a on a.id = p.authority_id where a.slug = 'marchshire'""", String.class);
		assertThat(statuses).hasSizeGreaterThanOrEqualTo(8).contains("ACHIEVED", "MISSED", "PLANNED");
		assertThat(count("select count(*) from milestone_action")).isGreaterThanOrEqualTo(8);
	}

	@Test
	void givesEveryMeasureTwelveMonthlyValuesEndingLastMonth() {
		var lastMonth = LocalDate.now().withDayOfMonth(1).minusMonths(1);
		var measures = this.jdbc.queryForList("""
				select m.name, m.headline, count(v.id) as values, max(v.period_on) as latest
				from measure m join authority a on a.id = m.authority_id
				left join measure_value v on v.measure_id = m.id
				where a.slug = 'marchshire' group by m.id""");
		assertThat(measures).hasSizeBetween(5, 6);
		assertThat(measures).filteredOn((measure) -> (Boolean) measure.get("headline")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(measures).allSatisfy((measure) -> {
			assertThat(measure.get("values")).isEqualTo(12L);
			assertThat(((Date) measure.get("latest")).toLocalDate()).isEqualTo(lastMonth);
		});
		assertThat(count("select count(distinct measure_id) from measure_action")).isGreaterThanOrEqualTo(3);
	}

	@Test
	void recordsTheAuditOf1400CasesWith70PercentAdequateOrBetterAndALaterImprovement() {
		var audits = this.jdbc.queryForList("""
				select c.cases_audited, round(100.0 * (c.outstanding + c.good + c.requires_improvement)
				       / c.cases_audited, 1) as adequate_or_better
				from case_audit c join authority a on a.id = c.authority_id
				where a.slug = 'marchshire' order by c.completed_on""");
		assertThat(audits.get(0)).containsEntry("cases_audited", 1400)
			.containsEntry("adequate_or_better", new BigDecimal("70.0"));
		var latest = audits.get(audits.size() - 1);
		assertThat((Integer) latest.get("cases_audited")).isLessThan(1400);
		assertThat((BigDecimal) latest.get("adequate_or_better")).isGreaterThan(new BigDecimal("70.0"));
		assertThat(count("""
				select count(*) from workforce_return w join authority a on a.id = w.authority_id
				where a.slug = 'marchshire'""")).isEqualTo(4);
	}

	@Test
	void recordsAnInadequateInspectionAMonitoringVisitAndAGoodReinspectionWithOutstandingLeadership() {
		var inspections = this.jdbc.queryForList("""
				select i.kind, i.overall_judgement, i.started_on,
				       (select j.judgement from inspection_judgement j
				        where j.inspection_id = i.id and j.area = 'IMPACT_OF_LEADERS') as leaders
				from inspection i join authority a on a.id = i.authority_id
				where a.slug = 'marchshire' order by i.started_on""");
		assertThat(inspections).hasSizeGreaterThanOrEqualTo(3);
		assertThat(inspections.get(0)).containsEntry("overall_judgement", "INADEQUATE");
		assertThat(inspections).extracting((inspection) -> inspection.get("kind")).contains("MONITORING_VISIT");
		var reinspection = inspections.get(inspections.size() - 1);
		assertThat(reinspection).containsEntry("overall_judgement", "GOOD").containsEntry("leaders", "OUTSTANDING");
		assertThat(((Date) reinspection.get("started_on")).toLocalDate()).isBefore(LocalDate.now());
		assertThat(count("select count(*) from finding_action")).isGreaterThanOrEqualTo(5);
	}

	@Test
	void createsTheDemoAccountsOnePerRole() {
		var accounts = this.jdbc.queryForList("""
				select a.username, a.role, au.slug from account a left join authority au on au.id = a.authority_id
				where a.username in ('officer', 'manager', 'cabinet', 'adviser', 'admin') order by a.username""");
		assertThat(accounts).containsExactly(row("admin", "ADMIN", null), row("adviser", "ADVISER", null),
				row("cabinet", "CABINET_MEMBER", "marchshire"), row("manager", "PLAN_MANAGER", "marchshire"),
				row("officer", "OFFICER", "marchshire"));
		assertThat(this.jdbc.queryForList("""
				select au.slug from adviser_assignment aa join account a on a.id = aa.account_id
				join authority au on au.id = aa.authority_id where a.username = 'adviser'""", String.class))
			.containsExactly("marchshire");
		assertThat(this.jdbc.queryForList("""
				select a.username from account a join authority au on au.id = a.authority_id
				where au.slug = 'northgate'""", String.class)).contains("northgate.officer", "northgate.manager",
				"northgate.cabinet");
	}

	@Test
	void givesNorthgateItsOwnSmallPlan() {
		var plan = this.jdbc.queryForMap("""
				select (select count(*) from priority pr where pr.plan_id = p.id) as priorities,
				       (select count(*) from action ac where ac.plan_id = p.id) as actions,
				       (select count(*) from action ac join account o on o.id = ac.owner_id
				        where ac.plan_id = p.id and o.authority_id <> p.authority_id) as foreign_owners
				from improvement_plan p join authority a on a.id = p.authority_id where a.slug = 'northgate'""");
		assertThat(plan).containsEntry("priorities", 2L).containsEntry("foreign_owners", 0L);
		assertThat((Long) plan.get("actions")).isBetween(5L, 8L);
		assertThat(count("""
				select count(*) from improvement_notice n join authority a on a.id = n.authority_id
				where a.slug = 'northgate'""")).isOne();
	}

	@Test
	void doesNotLoadTheDemoDataTwice() {
		var actions = count("select count(*) from action");
		assertThat(this.loader.load()).isFalse();
		assertThat(count("select count(*) from action")).isEqualTo(actions);
	}

	private long count(String sql, Object... args) {
		Long count = this.jdbc.queryForObject(sql, Long.class, args);
		return (count != null) ? count : 0;
	}

	private static Map<String, Object> row(String username, String role, String slug) {
		var row = new LinkedHashMap<String, Object>();
		row.put("username", username);
		row.put("role", role);
		row.put("slug", slug);
		return row;
	}

}
