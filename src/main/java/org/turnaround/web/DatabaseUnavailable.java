package org.turnaround.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, unreachable, or no
 * connection free within the pool's timeout) from any other failure: the first is an
 * outage that ends by itself, shown as "service unavailable"; the second is a fault.
 */
@Component
public class DatabaseUnavailable {

	private final DataSource dataSource;

	DatabaseUnavailable(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Whether the database being unreachable explains this failure. Most such failures
	 * say so (Spring's translation, the driver's SQL state), but a server that goes away
	 * mid-request can surface as anything, such as "Unable to rollback" on a connection
	 * already closed: for any other data-access failure, the database is asked directly.
	 */
	public boolean explains(Throwable failure) {
		if (saysSo(failure)) {
			return true;
		}
		return isDataAccess(failure) && !reachable();
	}

	static boolean saysSo(Throwable failure) {
		// Class 08 is a connection exception; 57P01-03 the server shutting down or
		// starting.
		return causes(failure).anyMatch((cause) -> cause instanceof DataAccessResourceFailureException
				|| cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientConnectionException
				|| cause instanceof SQLNonTransientConnectionException
				|| (cause instanceof SQLException sql && sql.getSQLState() != null
						&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))));
	}

	private static boolean isDataAccess(Throwable failure) {
		return causes(failure)
			.anyMatch((cause) -> cause instanceof DataAccessException || cause instanceof TransactionException
					|| cause instanceof PersistenceException || cause instanceof SQLException);
	}

	/**
	 * The failure and its causes, outermost first (a few: a cycle cannot loop forever).
	 */
	private static Stream<Throwable> causes(Throwable failure) {
		return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).limit(20);
	}

	private boolean reachable() {
		try (var connection = this.dataSource.getConnection()) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
