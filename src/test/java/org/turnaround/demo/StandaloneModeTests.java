package org.turnaround.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnaround.TurnaroundApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the whole application the way a user does, without a configured database.
 * Settings are passed as command-line arguments because those outrank the test profile's
 * own properties (which wipe the data directory at start).
 */
class StandaloneModeTests {

	private static final List<String> TABLES = List.of("authority", "account", "improvement_notice", "improvement_plan",
			"action", "action_update", "milestone", "measure_value", "case_audit", "inspection");

	@TempDir
	Path dataDirectory;

	@Test
	void startsAnEmbeddedDatabaseLoadsTheDemoDataOnceAndKeepsDataAcrossRestarts() {
		Map<String, Long> firstCounts;
		try (var app = startStandalone()) {
			var jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
			firstCounts = counts(jdbc);
			assertThat(firstCounts.get("authority")).isEqualTo(2);
			assertThat(firstCounts.get("action")).isGreaterThanOrEqualTo(40);
			jdbc.update("""
					insert into account (username, display_name, role, authority_id)
					select 'written.between.runs', 'Written Between Runs', 'OFFICER', id
					from authority where slug = 'marchshire'""");
		}
		try (var app = startStandalone()) {
			var jdbc = app.getBean(JdbcTemplate.class);
			var secondCounts = counts(jdbc);
			firstCounts.merge("account", 1L, Long::sum);
			assertThat(secondCounts).isEqualTo(firstCounts);
			assertThat(jdbc.queryForObject("select count(*) from account where username = 'written.between.runs'",
					Long.class))
				.isOne();
		}
	}

	@Test
	void loadsNoDemoDataWhenADatabaseIsConfigured() throws IOException {
		try (var postgres = EmbeddedPostgres.start();
				var app = new SpringApplicationBuilder(TurnaroundApplication.class).profiles("test")
					.run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
							"--spring.datasource.username=postgres", "--server.port=0")) {
			assertThat(app.getBeanNamesForType(DemoDataLoader.class)).isEmpty();
			var jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from authority", Long.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from account", Long.class)).isZero();
		}
	}

	private ConfigurableApplicationContext startStandalone() {
		return new SpringApplicationBuilder(TurnaroundApplication.class).profiles("test")
			.run("--turnaround.standalone.data-directory=" + this.dataDirectory,
					"--turnaround.standalone.clean-on-start=false", "--server.port=0");
	}

	private static Map<String, Long> counts(JdbcTemplate jdbc) {
		var counts = new LinkedHashMap<String, Long>();
		for (var table : TABLES) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

}
