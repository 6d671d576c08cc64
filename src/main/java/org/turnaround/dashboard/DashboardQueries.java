package org.turnaround.dashboard;

import java.time.LocalDate;
import java.util.Optional;

import org.turnaround.dashboard.PlanHeader.Notice;
import org.turnaround.notice.NoticeKind;
import org.turnaround.notice.NoticeStatus;
import org.turnaround.plan.PlanStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan, its authority and its notice for the head of the dashboard, with the stamp of
 * its actions for the trend cache, in one statement.
 */
@Service
@Transactional(readOnly = true)
class DashboardQueries {

	private final JdbcClient jdbc;

	DashboardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PlanHeader> header(long planId) {
		return this.jdbc
			.sql("""
					select pl.id, pl.authority_id, au.name as authority_name, au.slug, pl.title, pl.status, pl.starts_on, pl.ends_on,
					       n.id as notice_id, n.title as notice_title, n.kind, n.issued_on, n.adviser_name, n.adviser_role,
					       n.status as notice_status, n.next_review_on, (%s) as actions_stamp
					from improvement_plan pl
					join authority au on au.id = pl.authority_id
					left join improvement_notice n on n.id = pl.notice_id
					where pl.id = :id
					"""
				.formatted(TrendCache.STAMP))
			.param("id", planId)
			.query((rs, n) -> {
				Notice notice = null;
				long noticeId = rs.getLong("notice_id");
				if (!rs.wasNull()) {
					notice = new Notice(noticeId, rs.getString("notice_title"),
							NoticeKind.valueOf(rs.getString("kind")), rs.getObject("issued_on", LocalDate.class),
							rs.getString("adviser_name"), rs.getString("adviser_role"),
							NoticeStatus.valueOf(rs.getString("notice_status")),
							rs.getObject("next_review_on", LocalDate.class));
				}
				return new PlanHeader(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("authority_name"),
						rs.getString("slug"), rs.getString("title"), PlanStatus.valueOf(rs.getString("status")),
						rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), notice,
						rs.getString("actions_stamp"));
			})
			.optional();
	}

}
