package org.turnaround.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class ErrorPagesTests {

	/** Nothing listens on port 1: a database that cannot be reached. */
	static final DriverManagerDataSource NO_DATABASE = new DriverManagerDataSource(
			"jdbc:postgresql://localhost:1/turnaround?connectTimeout=1");

	MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
		.setControllerAdvice(new ErrorPages(new DatabaseUnavailable(NO_DATABASE)))
		.build();

	@Test
	void anUnexpectedFailureIsA500PageThatCarriesNoExceptionText() throws Exception {
		this.mvc.perform(get("/boom"))
			.andExpect(status().isInternalServerError())
			.andExpect(view().name("error/500"))
			.andExpect(model().attributeDoesNotExist("exception", "message", "trace"));
	}

	@Test
	void aMissingRecordIsA404Page() throws Exception {
		this.mvc.perform(get("/missing")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
	}

	@Test
	void aRefusedChangeIsA403Page() throws Exception {
		this.mvc.perform(get("/forbidden")).andExpect(status().isForbidden()).andExpect(view().name("error/403"));
	}

	@Test
	void aRequestNoPageCouldProduceIsA400Page() throws Exception {
		this.mvc.perform(get("/number/abc")).andExpect(status().isBadRequest()).andExpect(view().name("error/400"));
	}

	@Test
	void springsOwnRefusalsKeepTheirStatus() throws Exception {
		this.mvc.perform(post("/missing")).andExpect(status().isMethodNotAllowed()).andExpect(view().name("error/400"));
	}

	@Test
	void aDatabaseThatCannotBeReachedIsA503PageNotAFault() throws Exception {
		for (var path : new String[] { "/no-connection", "/no-transaction", "/closed-mid-request" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isServiceUnavailable())
				.andExpect(view().name("error/503"))
				.andExpect(model().attributeDoesNotExist("exception", "message", "trace"));
		}
	}

	@RestController
	static class FailingController {

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException("secret internal detail: connection string and SQL");
		}

		@GetMapping("/missing")
		String missing() {
			throw new RecordNotFoundException("Plan", 42);
		}

		@GetMapping("/forbidden")
		String forbidden() {
			throw new org.springframework.security.access.AccessDeniedException("Not the owner");
		}

		@GetMapping("/no-connection")
		String noConnection() {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms"));
		}

		@GetMapping("/no-transaction")
		String noTransaction() {
			throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
		}

		/** What a server stopping mid-request looked like: no SQL state to go by. */
		@GetMapping("/closed-mid-request")
		String closedMidRequest() {
			throw new JpaSystemException(new PersistenceException("Unable to rollback against JDBC Connection",
					new SQLException("Connection is closed")));
		}

		@GetMapping("/number/{id}")
		String number(@org.springframework.web.bind.annotation.PathVariable long id) {
			return "ok";
		}

	}

}
