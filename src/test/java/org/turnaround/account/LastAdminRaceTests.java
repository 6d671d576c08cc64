package org.turnaround.account;

import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two admins deactivating each other at the same moment, each in their own committed
 * transaction on their own thread, as two requests would. Whatever it commits is removed
 * afterwards, and the demo admin it deactivates is made active again.
 */
@IntegrationTest
class LastAdminRaceTests {

	@Autowired
	AccountAdministration administration;

	@Autowired
	AccountRepository accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void restoreTheAdmins() {
		this.jdbc.update("delete from account where username in ('race.first', 'race.second')");
		this.jdbc.update("update account set active = true where username = 'admin'");
	}

	@Test
	void twoAdminsDeactivatingEachOtherAtOnceLeaveOneActive() throws Exception {
		// Exactly two active admins: each could deactivate the other, but not both.
		this.jdbc.update("update account set active = false where username = 'admin'");
		var first = this.transaction.execute((status) -> admin("race.first"));
		var second = this.transaction.execute((status) -> admin("race.second"));

		var firstHasDeactivated = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var firstResult = pool.submit(as(first, () -> {
				this.transaction.executeWithoutResult((status) -> {
					this.administration.deactivate(second.getId(), second.getVersion(), signedIn(first));
					firstHasDeactivated.countDown();
					// Holds its locks while the other admin tries.
					pause(500);
				});
				return "deactivated";
			}));
			var secondResult = pool.submit(as(second, () -> {
				firstHasDeactivated.await(10, TimeUnit.SECONDS);
				try {
					this.administration.deactivate(first.getId(), first.getVersion(), signedIn(second));
					return "deactivated";
				}
				catch (AccountChangeRefused refusal) {
					return refusal.getMessage();
				}
			}));
			assertThat(firstResult.get(20, TimeUnit.SECONDS)).isEqualTo("deactivated");
			assertThat(secondResult.get(20, TimeUnit.SECONDS)).startsWith("This is the last active admin account");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.accounts.findById(first.getId()).orElseThrow().isActive()).isTrue();
		assertThat(this.accounts.findById(second.getId()).orElseThrow().isActive()).isFalse();
	}

	private Account admin(String username) {
		var admin = new Account(username, "Race " + username, null, null, Role.ADMIN, null, Instant.now());
		return this.accounts.saveAndFlush(admin);
	}

	private static CurrentUser signedIn(Account account) {
		return new CurrentUser(account, false);
	}

	/** Runs as the given admin, on whichever thread it is given to. */
	private static <T> Callable<T> as(Account account, Callable<T> work) {
		return () -> {
			var user = signedIn(account);
			SecurityContextHolder.setContext(new SecurityContextImpl(
					UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
			try {
				return work.call();
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		};
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
