package org.turnaround.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads inspections for pages and reports: each list in one statement (a left join of the
 * judgements or actions, folded in Java), whatever the number of inspections.
 */
@Service
@Transactional(readOnly = true)
public class InspectionQueries {

	private final JdbcClient jdbc;

	InspectionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An authority's inspections and visits, newest first. */
	public List<InspectionSummary> forAuthority(long authorityId) {
		return summaries("i.authority_id = :id", authorityId);
	}

	/**
	 * An authority's judgement history, for the inspections page and the cabinet report:
	 * the inspections that gave at least one judgement, oldest first. One statement.
	 */
	public List<JudgementHistoryColumn> history(long authorityId) {
		return JudgementHistoryColumn.of(forAuthority(authorityId));
	}

	/** One inspection with its authority and judgements. */
	public Optional<InspectionSummary> detail(long inspectionId) {
		return summaries("i.id = :id", inspectionId).stream().findFirst();
	}

	private List<InspectionSummary> summaries(String condition, long id) {
		Map<Long, InspectionSummary> inspections = new LinkedHashMap<>();
		this.jdbc.sql("""
				select i.id, i.authority_id, au.name as authority_name, i.kind, i.title, i.started_on, i.published_on,
				       i.framework, i.overall_judgement, i.summary, i.version,
				       (select count(*) from inspection_finding f where f.inspection_id = i.id) as finding_count,
				       j.area, j.judgement
				from inspection i
				join authority au on au.id = i.authority_id
				left join inspection_judgement j on j.inspection_id = i.id
				where %s
				order by i.started_on desc, i.id desc
				""".formatted(condition)).param("id", id).query((rs) -> {
			var inspection = inspections.get(rs.getLong("id"));
			if (inspection == null) {
				String overall = rs.getString("overall_judgement");
				inspection = new InspectionSummary(rs.getLong("id"), rs.getLong("authority_id"),
						rs.getString("authority_name"), InspectionKind.valueOf(rs.getString("kind")),
						rs.getString("title"), rs.getObject("started_on", LocalDate.class),
						rs.getObject("published_on", LocalDate.class), rs.getString("framework"),
						(overall != null) ? Judgement.valueOf(overall) : null, rs.getString("summary"),
						rs.getLong("version"), rs.getInt("finding_count"), new EnumMap<>(InspectionArea.class));
				inspections.put(inspection.id(), inspection);
			}
			String area = rs.getString("area");
			if (area != null) {
				inspection.judgements().put(InspectionArea.valueOf(area), Judgement.valueOf(rs.getString("judgement")));
			}
		});
		return List.copyOf(inspections.values());
	}

	/**
	 * An inspection's findings in number order, each with the ids of the actions that
	 * answer it.
	 */
	public List<FindingRow> findings(long inspectionId) {
		Map<Long, FindingRow> findings = new LinkedHashMap<>();
		this.jdbc.sql("""
				select f.id, f.number, f.text, f.version, fa.action_id
				from inspection_finding f
				left join finding_action fa on fa.finding_id = f.id
				where f.inspection_id = :id
				order by f.number, fa.action_id
				""").param("id", inspectionId).query((rs) -> {
			var finding = findings.get(rs.getLong("id"));
			if (finding == null) {
				finding = new FindingRow(rs.getLong("id"), rs.getInt("number"), rs.getString("text"),
						rs.getLong("version"), new ArrayList<>());
				findings.put(finding.id(), finding);
			}
			long actionId = rs.getLong("action_id");
			if (!rs.wasNull()) {
				finding.actionIds().add(actionId);
			}
		});
		return List.copyOf(findings.values());
	}

	/** A finding with the inspection and authority it belongs to. */
	Optional<FindingRef> finding(long findingId) {
		return this.jdbc.sql("""
				select f.id, f.number, f.version, i.id as inspection_id, i.title as inspection_title, i.authority_id
				from inspection_finding f join inspection i on i.id = f.inspection_id
				where f.id = :id
				""")
			.param("id", findingId)
			.query((rs, n) -> new FindingRef(rs.getLong("id"), rs.getInt("number"), rs.getLong("version"),
					rs.getLong("inspection_id"), rs.getString("inspection_title"), rs.getLong("authority_id")))
			.optional();
	}

	/**
	 * An inspection or visit as lists and its page show it.
	 *
	 * @param overall the overall effectiveness judgement, null if none
	 * @param judgements the areas judged, in report order
	 */
	public record InspectionSummary(long id, long authorityId, String authorityName, InspectionKind kind, String title,
			LocalDate startedOn, LocalDate publishedOn, String framework, Judgement overall, String summary,
			long version, int findingCount, Map<InspectionArea, Judgement> judgements) {

		public Judgement judgementFor(InspectionArea area) {
			return this.judgements.get(area);
		}

		public boolean judged() {
			return this.overall != null || !this.judgements.isEmpty();
		}

	}

	/** A finding and the ids of the actions that answer it. */
	public record FindingRow(long id, int number, String text, long version, List<Long> actionIds) {

	}

	record FindingRef(long id, int number, long version, long inspectionId, String inspectionTitle, long authorityId) {

	}

}
