package org.turnaround.account;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.turnaround.TurnaroundApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starts the whole application against an empty database of its own, as a new
 * installation does, with the first admin given the way an operator gives it. The
 * settings are command-line arguments named like the environment variables, which the
 * application's properties refer to.
 */
class FirstAdminStartupTests {

	@Test
	void aNewInstallationRefusesToStartWithAWeakPasswordAndCreatesTheAdminOnceWithAGoodOne() throws Exception {
		try (var postgres = EmbeddedPostgres.start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");

			assertThatException().isThrownBy(() -> start(url, "first.admin", "password1234").close())
				.extracting(NestedExceptionUtils::getMostSpecificCause)
				.extracting(Throwable::getMessage)
				.isEqualTo("Cannot create the first admin account: TURNAROUND_FIRST_ADMIN_PASSWORD is refused: "
						+ "Choose a password that is harder to guess: this one is on a list of common passwords");

			try (var app = start(url, "first.admin", "a long and memorable phrase")) {
				assertThat(admins(app)).isEqualTo("first.admin");
			}
			try (var app = start(url, "another.admin", "another long and memorable phrase")) {
				assertThat(admins(app)).isEqualTo("first.admin");
			}
		}
	}

	private static ConfigurableApplicationContext start(String url, String username, String password) {
		return new SpringApplicationBuilder(TurnaroundApplication.class).profiles("test")
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=0",
					"--TURNAROUND_FIRST_ADMIN_USERNAME=" + username, "--TURNAROUND_FIRST_ADMIN_PASSWORD=" + password,
					"--TURNAROUND_FIRST_ADMIN_NAME=First Admin");
	}

	private static String admins(ConfigurableApplicationContext app) {
		return app.getBean(JdbcTemplate.class)
			.queryForObject("select string_agg(username, ',') from account where role = 'ADMIN' and display_name = "
					+ "'First Admin' and active", String.class);
	}

}
