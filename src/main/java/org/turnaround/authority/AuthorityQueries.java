package org.turnaround.authority;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authorities by name, for pages that choose one of the authorities a person may read and
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
	 * Which of the authorities a person may read a page shows: the one asked for, else
	 * their own, else the first by name. One statement, even for someone who reads none.
	 * @param readable the ids of the authorities the person may read
	 * @param own the person's own authority, if they belong to one
	 * @param requested the authority asked for, if any
	 * @return empty if the authority asked for is not one the person may read
	 */
	public Optional<AuthorityChoice> choose(Set<Long> readable, Long own, Long requested) {
		var named = this.jdbc.sql("select id, name from authority where id = any(:ids) order by name, id")
			.param("ids", readable.toArray(Long[]::new))
			.query((rs, n) -> new AuthorityName(rs.getLong("id"), rs.getString("name")))
			.list();
		Long wanted = (requested != null) ? requested : own;
		if (wanted == null) {
			return Optional.of(new AuthorityChoice(named.isEmpty() ? null : named.get(0), named));
		}
		return named.stream()
			.filter((authority) -> authority.id() == wanted)
			.findFirst()
			.map((chosen) -> new AuthorityChoice(chosen, named));
	}

	public record AuthorityName(long id, String name) {

	}

	/**
	 * The authority a page shows, and all those the person may read (an adviser may
	 * switch between them).
	 *
	 * @param chosen null for someone who reads no authority's records
	 */
	public record AuthorityChoice(AuthorityName chosen, List<AuthorityName> readable) {

		public boolean several() {
			return this.readable.size() > 1;
		}

	}

}
