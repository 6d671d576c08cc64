package org.turnaround.resilience;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.turnaround.TurnaroundApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup procedures of docs/operations.md, each restored into a fresh database that a
 * freshly started app then serves: a cold copy of the standalone data directory (always
 * run), and pg_dump/pg_restore (run where a PostgreSQL 17 client is installed: the
 * embedded server ships without one, and an older pg_dump refuses a newer server).
 */
class BackupRestoreTests extends OwnServer {

	private static final List<String> TABLES = List.of("authority", "account", "improvement_notice",
			"notice_requirement", "improvement_plan", "priority", "action", "action_update", "evidence", "milestone",
			"measure", "measure_value", "case_audit", "workforce_return", "revision", "action_aud");

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void aColdCopyOfTheStandaloneDataDirectoryRestoresIntoAServerTheAppServes() throws Exception {
		var live = new PgCtl(this.postgres, Path.of(OwnServer.DATA_DIRECTORY));
		var backup = Path.of(OwnServer.DATA_DIRECTORY + "-backup").toAbsolutePath();
		FileSystemUtils.deleteRecursively(backup);
		var before = counts(this.jdbc);
		var actions = myActions();
		live.stop();
		try {
			PgCtl.run(List.of("cp", "-a", Path.of(OwnServer.DATA_DIRECTORY).toAbsolutePath().toString(),
					backup.toString()));
		}
		finally {
			live.start();
		}
		var restored = live.forAnother(backup, freePort());
		restored.start();
		try {
			assertTheAppServes("jdbc:postgresql://localhost:" + restored.port() + "/postgres", before, actions);
		}
		finally {
			restored.stop();
			FileSystemUtils.deleteRecursively(backup);
		}
	}

	@Test
	void aPgDumpOfTheDatabaseRestoresWithPgRestoreIntoAFreshDatabaseTheAppServes() throws Exception {
		var bin = postgresClient();
		assumeTrue(bin.isPresent(), "No PostgreSQL 17 client (pg_dump, pg_restore): set TURNAROUND_PG_BIN to its bin "
				+ "directory to run this test. See docs/operations.md.");
		var dump = Files.createTempFile("turnaround", ".dump");
		try {
			var before = counts(this.jdbc);
			var actions = myActions();
			var server = "--host=localhost --port=" + this.postgres.getPort() + " --username=postgres";
			PgCtl.run(command(bin.get(), "pg_dump", server, "--format=custom", "--no-owner", "--file=" + dump,
					"--dbname=postgres"));
			this.jdbc.execute("drop database if exists restored");
			this.jdbc.execute("create database restored");
			PgCtl.run(command(bin.get(), "pg_restore", server, "--no-owner", "--exit-on-error", "--dbname=restored",
					dump.toString()));
			assertTheAppServes("jdbc:postgresql://localhost:" + this.postgres.getPort() + "/restored", before, actions);
		}
		finally {
			Files.deleteIfExists(dump);
			this.jdbc.execute("drop database if exists restored with (force)");
		}
	}

	/**
	 * Starts the app on the restored database as a deployment would (an external
	 * database: no demo data is loaded, Flyway and Hibernate check the schema) and reads
	 * through it as an officer.
	 */
	private static void assertTheAppServes(String url, Map<String, Long> expected, List<String> expectedActions)
			throws Exception {
		try (var app = new SpringApplicationBuilder(TurnaroundApplication.class).profiles("test")
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=0")) {
			assertThat(counts(app.getBean(JdbcTemplate.class))).isEqualTo(expected);
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			var officer = HttpSession.signIn(port, "officer", "turnaround-demo");
			var page = officer.get("/my-actions");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(actionLinks(page.body())).isNotEmpty().isEqualTo(expectedActions);
		}
	}

	/** The officer's actions as the running app lists them, before any backup. */
	private List<String> myActions() throws Exception {
		return actionLinks(HttpSession.signIn(this.port, "officer", "turnaround-demo").get("/my-actions").body());
	}

	/** The actions a page lists, in its order. */
	private static List<String> actionLinks(String page) {
		return Pattern.compile("href=\"(/actions/\\d+)\"")
			.matcher(page)
			.results()
			.map((link) -> link.group(1))
			.toList();
	}

	private static Map<String, Long> counts(JdbcTemplate jdbc) {
		var counts = new LinkedHashMap<String, Long>();
		for (var table : TABLES) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	/** A bin directory with pg_dump and pg_restore that can dump PostgreSQL 17. */
	private static Optional<File> postgresClient() {
		return Stream
			.of(Optional.ofNullable(System.getenv("TURNAROUND_PG_BIN")), Optional.of("/usr/lib/postgresql/17/bin"),
					Optional.of("/usr/lib/postgresql/18/bin"))
			.flatMap(Optional::stream)
			.map(File::new)
			.filter((bin) -> new File(bin, "pg_dump").canExecute() && new File(bin, "pg_restore").canExecute())
			.filter(BackupRestoreTests::dumpsPostgres17)
			.findFirst();
	}

	private static boolean dumpsPostgres17(File bin) {
		try {
			var version = PgCtl.run(List.of(new File(bin, "pg_dump").getPath(), "--version"));
			var major = Pattern.compile("(\\d+)\\.").matcher(version);
			return major.find() && Integer.parseInt(major.group(1)) >= 17;
		}
		catch (Exception | AssertionError ex) {
			return false;
		}
	}

	private static List<String> command(File bin, String program, String server, String... arguments) {
		var command = new java.util.ArrayList<String>();
		command.add(new File(bin, program).getPath());
		command.addAll(List.of(server.split(" ")));
		command.addAll(List.of(arguments));
		return command;
	}

}
