package org.turnaround.audit;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.springframework.util.Assert;

/**
 * Tells the audit trail who is making the current change. Envers creates its revision
 * listener itself, outside the Spring context, so the listener asks this holder rather
 * than having the security context injected; security wires its source in once with
 * {@link #use(Supplier)}. Anything else (demo load, jobs, tests) can name an actor for a
 * piece of work with {@link #runAs}.
 */
public final class AuditActors {

	private static volatile Supplier<Optional<AuditActor>> source = Optional::empty;

	private static final ThreadLocal<AuditActor> override = new ThreadLocal<>();

	private AuditActors() {
	}

	/**
	 * Sets where the signed-in actor comes from (Spring Security's context, once security
	 * is in place).
	 */
	public static void use(Supplier<Optional<AuditActor>> signedIn) {
		Assert.notNull(signedIn, "Give a source of the signed-in actor");
		source = signedIn;
	}

	/**
	 * The actor of the current change: one named by {@link #runAs}, else the signed-in
	 * one, else {@link AuditActor#SYSTEM}.
	 */
	public static AuditActor current() {
		var named = override.get();
		if (named != null) {
			return named;
		}
		return source.get().orElse(AuditActor.SYSTEM);
	}

	/** Does a piece of work on this thread as the given actor. */
	public static <T> T runAs(AuditActor actor, Callable<T> work) throws Exception {
		Assert.notNull(actor, "Say who the work is done as");
		var previous = override.get();
		override.set(actor);
		try {
			return work.call();
		}
		finally {
			if (previous != null) {
				override.set(previous);
			}
			else {
				override.remove();
			}
		}
	}

}
