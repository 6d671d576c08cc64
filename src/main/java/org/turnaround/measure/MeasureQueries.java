package org.turnaround.measure;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads measures for pages, dashboards and reports in one SQL statement per list,
 * whatever the number of measures or values: each measure's last values come from a
 * lateral join, and RAG and "value due" are worked out from the rows.
 */
@Service
@Transactional(readOnly = true)
public class MeasureQueries {

	/** How many of the latest values a summary carries: a year of monthly values. */
	public static final int RECENT_VALUES = 12;

	private final JdbcClient jdbc;

	private final Clock clock;

	MeasureQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The headline measures of a plan (those marked to show on its dashboard), in
	 * priority order then by name, each with its last 12 values. One statement.
	 */
	public List<MeasureSummary> headline(long planId) {
		return summaries("m.plan_id = :id and m.headline", planId, LocalDate.now(this.clock));
	}

	/**
	 * A plan's headline measures with only the values recorded by the end of a day, their
	 * RAG and "value due" as they stood that day: for the cabinet report as at that day.
	 * One statement.
	 */
	public List<MeasureSummary> headlineAsAt(long planId, LocalDate day) {
		return summaries("m.plan_id = :id and m.headline", planId, day);
	}

	/**
	 * Every measure of an authority, in priority order (measures under no priority last)
	 * then by name, each with its last 12 values. One statement.
	 */
	public List<MeasureSummary> forAuthority(long authorityId) {
		return summaries("m.authority_id = :id", authorityId, LocalDate.now(this.clock));
	}

	private List<MeasureSummary> summaries(String condition, long id, LocalDate today) {
		Map<Long, SummaryRow> rows = new LinkedHashMap<>();
		this.jdbc.sql("""
				select m.id, m.name, m.unit, m.direction, m.target, m.frequency, m.headline, m.plan_id,
				       m.priority_id, pr.number as priority_number, pr.title as priority_title, v.period_on, v.value
				from measure m
				left join improvement_plan pl on pl.id = m.plan_id
				left join priority pr on pr.id = m.priority_id
				left join lateral (
				    select period_on, value from measure_value
				    where measure_id = m.id and recorded_at < ((cast(:day as date) + 1)::timestamp at time zone :zone)
				    order by period_on desc limit %d
				) v on true
				where %s
				order by pl.starts_on desc nulls last, pl.id, pr.number nulls last, m.name, m.id, v.period_on
				""".formatted(RECENT_VALUES, condition))
			.param("id", id)
			.param("day", today)
			.param("zone", this.clock.getZone().getId())
			.query((ResultSet rs) -> {
				var row = rows.get(rs.getLong("id"));
				if (row == null) {
					row = new SummaryRow(rs);
					rows.put(row.id, row);
				}
				var period = rs.getObject("period_on", LocalDate.class);
				if (period != null) {
					row.recent.add(new PeriodValue(period, rs.getBigDecimal("value")));
				}
			});
		return rows.values().stream().map((row) -> row.summary(today)).toList();
	}

	/**
	 * One measure with everything its page shows: its plan, priority, owner, all its
	 * values with who recorded them, and the ids of the actions that aim to move it. One
	 * statement.
	 */
	public Optional<MeasureDetail> detail(long measureId) {
		List<MeasureDetail> found = new ArrayList<>();
		List<RecordedValue> values = new ArrayList<>();
		this.jdbc.sql("""
				select m.id, m.authority_id, au.name as authority_name, m.plan_id, pl.title as plan_title,
				       m.priority_id, pr.number as priority_number, pr.title as priority_title,
				       m.owner_id, o.display_name as owner_name, m.name, m.description, m.unit, m.direction,
				       m.target, m.frequency, m.headline, m.version,
				       array(select ma.action_id from measure_action ma where ma.measure_id = m.id
				             order by ma.action_id) as action_ids,
				       v.id as value_id, v.period_on, v.value, v.note, v.recorded_at, rb.display_name as recorded_by
				from measure m
				join authority au on au.id = m.authority_id
				left join improvement_plan pl on pl.id = m.plan_id
				left join priority pr on pr.id = m.priority_id
				left join account o on o.id = m.owner_id
				left join measure_value v on v.measure_id = m.id
				left join account rb on rb.id = v.recorded_by_id
				where m.id = :id
				order by v.period_on
				""").param("id", measureId).query((ResultSet rs) -> {
			if (found.isEmpty()) {
				Long[] actionIds = (Long[]) rs.getArray("action_ids").getArray();
				found.add(new MeasureDetail(rs.getLong("id"), rs.getLong("authority_id"),
						rs.getString("authority_name"), (Long) rs.getObject("plan_id"), rs.getString("plan_title"),
						(Long) rs.getObject("priority_id"), (Integer) rs.getObject("priority_number"),
						rs.getString("priority_title"), (Long) rs.getObject("owner_id"), rs.getString("owner_name"),
						rs.getString("name"), rs.getString("description"), MeasureUnit.valueOf(rs.getString("unit")),
						Direction.valueOf(rs.getString("direction")), rs.getBigDecimal("target"),
						Frequency.valueOf(rs.getString("frequency")), rs.getBoolean("headline"), rs.getLong("version"),
						List.of(), Set.copyOf(Arrays.asList(actionIds))));
			}
			long valueId = rs.getLong("value_id");
			if (!rs.wasNull()) {
				var recordedAt = rs.getObject("recorded_at", OffsetDateTime.class);
				values.add(new RecordedValue(valueId, rs.getObject("period_on", LocalDate.class),
						rs.getBigDecimal("value"), rs.getString("note"), rs.getString("recorded_by"),
						recordedAt.atZoneSameInstant(this.clock.getZone()).toLocalDateTime()));
			}
		});
		return found.stream().findFirst().map((detail) -> detail.withValues(values));
	}

	/** The columns of one measure as the summary query reads them, gathering values. */
	private static final class SummaryRow {

		private final long id;

		private final String name;

		private final MeasureUnit unit;

		private final Direction direction;

		private final BigDecimal target;

		private final Frequency frequency;

		private final boolean headline;

		private final Long planId;

		private final Long priorityId;

		private final Integer priorityNumber;

		private final String priorityTitle;

		private final List<PeriodValue> recent = new ArrayList<>();

		SummaryRow(ResultSet rs) throws SQLException {
			this.id = rs.getLong("id");
			this.name = rs.getString("name");
			this.unit = MeasureUnit.valueOf(rs.getString("unit"));
			this.direction = Direction.valueOf(rs.getString("direction"));
			this.target = rs.getBigDecimal("target");
			this.frequency = Frequency.valueOf(rs.getString("frequency"));
			this.headline = rs.getBoolean("headline");
			this.planId = (Long) rs.getObject("plan_id");
			this.priorityId = (Long) rs.getObject("priority_id");
			this.priorityNumber = (Integer) rs.getObject("priority_number");
			this.priorityTitle = rs.getString("priority_title");
		}

		MeasureSummary summary(LocalDate today) {
			var latest = this.recent.isEmpty() ? null : this.recent.get(this.recent.size() - 1);
			return new MeasureSummary(this.id, this.name, this.unit, this.direction, this.target, this.frequency,
					this.headline, this.planId, this.priorityId, this.priorityNumber, this.priorityTitle, this.recent,
					MeasureRag.assess(this.direction, this.unit, this.target, (latest != null) ? latest.value() : null),
					this.frequency.due((latest != null) ? latest.period() : null, today));
		}

	}

}
