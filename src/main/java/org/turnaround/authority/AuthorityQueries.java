package org.turnaround.authority;

import java.util.List;
import java.util.Set;

import org.turnaround.web.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authorities by name: for choosing which authority a page about one authority shows, and
 * for forms that name a partner authority.
 */
@Service
@Transactional(readOnly = true)
public class AuthorityQueries {

	private final JdbcClient jdbc;

	AuthorityQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every authority in Turnaround, by name. */
	public List<AuthorityName> all() {
		return this.jdbc.sql("select id, name from authority order by name, id")
			.query((rs, n) -> new AuthorityName(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/**
	 * Which authority a page about one authority shows: the one asked for, else the
	 * person's own, else the first by name of those they may read (an adviser's). One
	 * statement; none for someone who may read no authority (an admin).
	 * @param readable the authorities the person may read
	 * @param own the person's own authority, if they belong to one
	 * @param requested the authority asked for, if any; one the person may not read is
	 * "not found", as if it did not exist
	 */
	public AuthorityChoice choose(Set<Long> readable, Long own, Long requested) {
		if (requested != null && !readable.contains(requested)) {
			throw new RecordNotFoundException("Authority", requested);
		}
		if (readable.isEmpty()) {
			return new AuthorityChoice(null, List.of());
		}
		var options = this.jdbc.sql("select id, name from authority where id in (:ids) order by name, id")
			.param("ids", readable)
			.query((rs, n) -> new AuthorityName(rs.getLong("id"), rs.getString("name")))
			.list();
		Long wanted = (requested != null) ? requested : own;
		var chosen = options.stream().filter((option) -> wanted != null && option.id() == wanted).findFirst();
		if (requested != null && chosen.isEmpty()) {
			throw new RecordNotFoundException("Authority", requested);
		}
		return new AuthorityChoice(chosen.orElse(options.isEmpty() ? null : options.get(0)), options);
	}

	public record AuthorityName(long id, String name) {

	}

	/**
	 * @param chosen the authority shown; none for someone who may read no authority
	 * @param options every authority the person may read, by name
	 */
	public record AuthorityChoice(AuthorityName chosen, List<AuthorityName> options) {

		/** Whether there is more than one authority to choose from. */
		public boolean offersChoice() {
			return this.options.size() > 1;
		}

	}

}
