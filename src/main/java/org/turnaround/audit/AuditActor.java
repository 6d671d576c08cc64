package org.turnaround.audit;

import org.springframework.util.Assert;

/**
 * Whoever makes a change: the signed-in person (whose principal implements this) or the
 * system itself when nobody is signed in, such as when demo data is loaded.
 */
public interface AuditActor {

	/** Nobody signed in: changes made by the application itself. */
	AuditActor SYSTEM = of(null, "system");

	/** The account of the person, or {@code null} when there is none. */
	Long accountId();

	String username();

	static AuditActor of(Long accountId, String username) {
		Assert.hasText(username, "An actor needs a username");
		return new Actor(accountId, username);
	}

	/** Someone known only by the name they signed in with. */
	static AuditActor named(String username) {
		return of(null, username);
	}

	record Actor(Long accountId, String username) implements AuditActor {

	}

}
