package org.turnaround.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads notices and their requirements for pages, one statement per list.
 */
@Service
@Transactional(readOnly = true)
public class NoticeQueries {

	private final JdbcClient jdbc;

	NoticeQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The notices of the given authorities; none when the set is empty. */
	public List<NoticeSummary> of(Set<Long> authorityIds) {
		if (authorityIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select n.id, au.name as authority_name, n.title, n.kind, n.status, n.issued_on, n.next_review_on,
				       (select count(*) from notice_requirement r where r.notice_id = n.id) as requirement_count
				from improvement_notice n
				join authority au on au.id = n.authority_id
				where n.authority_id in (:authorityIds)
				order by au.name, n.issued_on desc, n.id
				""")
			.param("authorityIds", authorityIds)
			.query((rs, row) -> new NoticeSummary(rs.getLong("id"), rs.getString("authority_name"),
					rs.getString("title"), NoticeKind.valueOf(rs.getString("kind")),
					NoticeStatus.valueOf(rs.getString("status")), rs.getObject("issued_on", LocalDate.class),
					rs.getObject("next_review_on", LocalDate.class), rs.getInt("requirement_count")))
			.list();
	}

	public Optional<NoticeDetail> detail(long noticeId) {
		return this.jdbc.sql("""
				select n.id, n.authority_id, au.name as authority_name, n.title, n.kind, n.trigger_kind,
				       n.trigger_detail, n.summary, n.issued_on, n.review_interval_months, n.next_review_on,
				       n.adviser_name, n.adviser_role, n.adviser_appointed_on, n.status, n.status_changed_on,
				       n.supersedes_id, s.title as supersedes_title,
				       later.id as superseded_by_id, later.title as superseded_by_title
				from improvement_notice n
				join authority au on au.id = n.authority_id
				left join improvement_notice s on s.id = n.supersedes_id
				left join lateral (select l.id, l.title from improvement_notice l where l.supersedes_id = n.id
				                   order by l.issued_on limit 1) later on true
				where n.id = :id
				""")
			.param("id", noticeId)
			.query((rs, row) -> new NoticeDetail(rs.getLong("id"), rs.getLong("authority_id"),
					rs.getString("authority_name"), rs.getString("title"), NoticeKind.valueOf(rs.getString("kind")),
					NoticeTrigger.valueOf(rs.getString("trigger_kind")), rs.getString("trigger_detail"),
					rs.getString("summary"), rs.getObject("issued_on", LocalDate.class),
					(Integer) rs.getObject("review_interval_months"), rs.getObject("next_review_on", LocalDate.class),
					rs.getString("adviser_name"), rs.getString("adviser_role"),
					rs.getObject("adviser_appointed_on", LocalDate.class), NoticeStatus.valueOf(rs.getString("status")),
					rs.getObject("status_changed_on", LocalDate.class), (Long) rs.getObject("supersedes_id"),
					rs.getString("supersedes_title"), (Long) rs.getObject("superseded_by_id"),
					rs.getString("superseded_by_title")))
			.optional();
	}

	/** The notice's requirements, each with how many actions answer it. */
	public List<RequirementRow> requirements(long noticeId) {
		return this.jdbc.sql("""
				select r.id, r.number, r.text,
				       (select count(*) from action_requirement ar join action a on a.id = ar.action_id
				        where ar.requirement_id = r.id and a.status <> 'CANCELLED') as action_count
				from notice_requirement r
				where r.notice_id = :id
				order by r.number
				""")
			.param("id", noticeId)
			.query((rs, row) -> new RequirementRow(rs.getLong("id"), rs.getInt("number"), rs.getString("text"),
					rs.getInt("action_count")))
			.list();
	}

	public record NoticeSummary(long id, String authorityName, String title, NoticeKind kind, NoticeStatus status,
			LocalDate issuedOn, LocalDate nextReviewOn, int requirementCount) {

	}

	public record NoticeDetail(long id, long authorityId, String authorityName, String title, NoticeKind kind,
			NoticeTrigger trigger, String triggerDetail, String summary, LocalDate issuedOn,
			Integer reviewIntervalMonths, LocalDate nextReviewOn, String adviserName, String adviserRole,
			LocalDate adviserAppointedOn, NoticeStatus status, LocalDate statusChangedOn, Long supersedesId,
			String supersedesTitle, Long supersededById, String supersededByTitle) {

	}

	public record RequirementRow(long id, int number, String text, int actionCount) {

	}

}
