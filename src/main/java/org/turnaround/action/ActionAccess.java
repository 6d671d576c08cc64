package org.turnaround.action;

import org.turnaround.account.CurrentUser;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change an action, used by method security ({@code @actionAccess}). An action of
 * an authority the person cannot read is "not found" rather than forbidden, so that
 * typing ids into a URL reveals nothing; within their authority, officers change only the
 * actions they own and plan managers change any action; cabinet members and advisers
 * change nothing.
 */
@Component("actionAccess")
public class ActionAccess {

	private final JdbcClient jdbc;

	ActionAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public boolean mayUpdate(long actionId, CurrentUser user) {
		var action = this.jdbc.sql("""
				select a.owner_id, pl.authority_id
				from action a join improvement_plan pl on pl.id = a.plan_id
				where a.id = :id
				""")
			.param("id", actionId)
			.query((rs, n) -> new Ownership(rs.getLong("owner_id"), rs.getLong("authority_id")))
			.optional()
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Action", actionId));
		return user.managesPlansOf(action.authorityId()) || action.ownerId() == user.accountId();
	}

	private record Ownership(long ownerId, long authorityId) {

	}

}
