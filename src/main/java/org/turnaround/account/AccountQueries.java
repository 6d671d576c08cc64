package org.turnaround.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads accounts for the admin pages, one statement per page part, with times in the
 * council's time zone.
 */
@Service
@Transactional(readOnly = true)
class AccountQueries {

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<AccountRow> all() {
		return this.jdbc.sql("""
				select a.id, a.username, a.display_name, a.role, a.active, a.locked_until, au.name as authority_name,
				       (select string_agg(x.name, ', ' order by x.name)
				        from adviser_assignment aa join authority x on x.id = aa.authority_id
				        where aa.account_id = a.id) as assigned_authorities
				from account a
				left join authority au on au.id = a.authority_id
				order by lower(a.display_name), a.id
				""")
			.query((rs, row) -> new AccountRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getString("authority_name"),
					rs.getString("assigned_authorities"), rs.getBoolean("active"), lockedUntil(rs)))
			.list();
	}

	Optional<AccountDetail> detail(long id) {
		return this.jdbc
			.sql("""
					select a.id, a.username, a.display_name, a.job_title, a.email, a.role, a.active, a.locked_until,
					       a.created_at, a.password_changed_at, a.version, au.name as authority_name,
					       array(select aa.authority_id from adviser_assignment aa join authority x on x.id = aa.authority_id
					             where aa.account_id = a.id order by x.name) as assigned_ids,
					       array(select x.name from adviser_assignment aa join authority x on x.id = aa.authority_id
					             where aa.account_id = a.id order by x.name) as assigned_names
					from account a
					left join authority au on au.id = a.authority_id
					where a.id = :id
					""")
			.param("id", id)
			.query((rs, row) -> {
				var assignedIds = Arrays.stream((Long[]) rs.getArray("assigned_ids").getArray()).toList();
				var assignedNames = Arrays.stream((String[]) rs.getArray("assigned_names").getArray()).toList();
				return new AccountDetail(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
						rs.getString("job_title"), rs.getString("email"), Role.valueOf(rs.getString("role")),
						rs.getString("authority_name"), assignedIds, assignedNames, rs.getBoolean("active"),
						lockedUntil(rs), zoned(rs, "created_at"), zoned(rs, "password_changed_at"),
						rs.getLong("version"));
			})
			.optional();
	}

	List<AuthorityOption> authorities() {
		return this.jdbc.sql("select id, name from authority order by name, id")
			.query((rs, row) -> new AuthorityOption(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/** Whether every id is an authority's. */
	boolean authoritiesExist(Collection<Long> ids) {
		var distinct = Set.copyOf(ids);
		if (distinct.isEmpty()) {
			return true;
		}
		Integer found = this.jdbc.sql("select count(*) from authority where id in (:ids)")
			.param("ids", distinct)
			.query(Integer.class)
			.single();
		return found == distinct.size();
	}

	private ZonedDateTime lockedUntil(ResultSet rs) throws SQLException {
		var until = zoned(rs, "locked_until");
		return (until != null && until.toInstant().isAfter(this.clock.instant())) ? until : null;
	}

	private ZonedDateTime zoned(ResultSet rs, String column) throws SQLException {
		var at = rs.getObject(column, OffsetDateTime.class);
		return (at != null) ? at.atZoneSameInstant(this.clock.getZone()) : null;
	}

	/**
	 * @param authorityName the authority the person belongs to, if their role has one
	 * @param assignedAuthorities the authorities an adviser is assigned to, comma
	 * separated
	 * @param lockedUntil when the lockout ends, if the account is locked now
	 */
	record AccountRow(long id, String username, String displayName, Role role, String authorityName,
			String assignedAuthorities, boolean active, ZonedDateTime lockedUntil) {

	}

	record AccountDetail(long id, String username, String displayName, String jobTitle, String email, Role role,
			String authorityName, List<Long> assignedAuthorityIds, List<String> assignedAuthorityNames, boolean active,
			ZonedDateTime lockedUntil, ZonedDateTime createdAt, ZonedDateTime passwordChangedAt, long version) {

		public boolean isAdviser() {
			return this.role == Role.ADVISER;
		}

	}

	record AuthorityOption(long id, String name) {

	}

}
