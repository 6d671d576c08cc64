package org.turnaround.partnership;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads partnerships and the actions partners lead or support, one statement per list.
 */
@Service
@Transactional(readOnly = true)
public class PartnershipQueries {

	private static final String COLUMNS = """
			select ps.id, ps.authority_id, au.name as authority_name, ps.partner_name, ps.partner_kind,
			       ps.partner_authority_id, pa.name as partner_authority_name, ps.role, ps.starts_on, ps.ends_on,
			       ps.version,
			       (select count(*) from action a where a.lead_partnership_id = ps.id) as lead_count,
			       (select count(*) from partnership_supported_action s where s.partnership_id = ps.id) as support_count
			from partnership ps
			join authority au on au.id = ps.authority_id
			left join authority pa on pa.id = ps.partner_authority_id
			""";

	private final JdbcClient jdbc;

	PartnershipQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An authority's partnerships, the earliest first. */
	public List<PartnershipRow> forAuthority(long authorityId) {
		return this.jdbc.sql(COLUMNS + "where ps.authority_id = :id order by ps.starts_on, ps.id")
			.param("id", authorityId)
			.query((rs, n) -> row(rs))
			.list();
	}

	public Optional<PartnershipRow> detail(long partnershipId) {
		return this.jdbc.sql(COLUMNS + "where ps.id = :id")
			.param("id", partnershipId)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/**
	 * The actions a partner leads or supports, for filtering a plan's actions by partner.
	 * One statement.
	 */
	public Set<Long> actionIdsOf(long partnershipId) {
		var roles = actionsOf(partnershipId);
		var ids = new HashSet<>(roles.leads());
		ids.addAll(roles.supports());
		return ids;
	}

	/** The actions a partner leads and those it supports, in one statement. */
	public PartnerActions actionsOf(long partnershipId) {
		var leads = new HashSet<Long>();
		var supports = new HashSet<Long>();
		this.jdbc.sql("""
				select id as action_id, true as leads from action where lead_partnership_id = :id
				union all
				select action_id, false from partnership_supported_action where partnership_id = :id
				""").param("id", partnershipId).query((rs) -> {
			(rs.getBoolean("leads") ? leads : supports).add(rs.getLong("action_id"));
		});
		return new PartnerActions(Set.copyOf(leads), Set.copyOf(supports));
	}

	private static PartnershipRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		long partnerAuthorityId = rs.getLong("partner_authority_id");
		return new PartnershipRow(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("authority_name"),
				rs.getString("partner_name"), PartnerKind.valueOf(rs.getString("partner_kind")),
				rs.wasNull() ? null : partnerAuthorityId, rs.getString("partner_authority_name"), rs.getString("role"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getLong("version"), rs.getInt("lead_count"), rs.getInt("support_count"));
	}

	/**
	 * A partnership as lists and its page show it.
	 *
	 * @param partnerAuthorityId the partner's own authority in Turnaround, if it is one
	 */
	public record PartnershipRow(long id, long authorityId, String authorityName, String partnerName,
			PartnerKind partnerKind, Long partnerAuthorityId, String partnerAuthorityName, String role,
			LocalDate startsOn, LocalDate endsOn, long version, int leadCount, int supportCount) {

		public boolean activeOn(LocalDate date) {
			return !date.isBefore(this.startsOn) && (this.endsOn == null || !date.isAfter(this.endsOn));
		}

	}

	/** The ids of the actions a partner leads and of those it supports. */
	public record PartnerActions(Set<Long> leads, Set<Long> supports) {

	}

}
