package org.turnaround.resilience;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
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
 * freshly started app then serves: a cold copy of the standalone data directory, and
 * pg_dump/pg_restore (with a PostgreSQL 17 client where one is installed, otherwise on
 * Debian's PostgreSQL 15: the embedded server ships without a client, and an older
 * pg_dump refuses a newer server).
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

	/**
	 * pg_dump of the demo database, pg_restore into a fresh database, and the app serves
	 * it. With a PostgreSQL 17 client (as docker compose's postgres:17 image has) the
	 * dump is of the embedded server itself. Where only Debian's PostgreSQL 15 is
	 * installed ({@code .ci/run} installs it), whose pg_dump refuses a newer server, the
	 * demo data is first copied row for row into a PostgreSQL 15 server with the same
	 * schema, and the procedure runs there: the same commands, on an older server.
	 */
	@Test
	void aPgDumpOfTheDemoDatabaseRestoresWithPgRestoreIntoAFreshDatabaseTheAppServes() throws Exception {
		var before = counts(this.jdbc);
		var actions = myActions();
		var client = postgresClient();
		if (client.isPresent()) {
			dumpAndRestore(client.get(), this.postgres.getPort(), before, actions);
			return;
		}
		var data = Path.of(OwnServer.DATA_DIRECTORY + "-pg15").toAbsolutePath();
		FileSystemUtils.deleteRecursively(data);
		var older = PgCtl.debian(15, data, freePort());
		var missing = "Neither a PostgreSQL 17 client (TURNAROUND_PG_BIN) nor Debian's postgresql-15 is installed, "
				+ "so pg_dump/pg_restore is not tried: apt-get install postgresql-15. See docs/operations.md.";
		// .ci/run installs it and sets this, so that CI never skips the test.
		assertThat(older.isPresent() || !"true".equals(System.getenv("TURNAROUND_REQUIRE_PG_DUMP")))
			.as("TURNAROUND_REQUIRE_PG_DUMP is true: " + missing)
			.isTrue();
		assumeTrue(older.isPresent(), missing);
		var server = older.get();
		server.initdb();
		server.start();
		try {
			copyTheDemoDatabase("jdbc:postgresql://localhost:" + server.port() + "/postgres");
			dumpAndRestore(server.bin(), server.port(), before, actions);
		}
		finally {
			server.stop();
			FileSystemUtils.deleteRecursively(data);
		}
	}

	private void dumpAndRestore(File bin, int port, Map<String, Long> before, List<String> actions) throws Exception {
		var dump = Files.createTempFile("turnaround", ".dump");
		var url = "jdbc:postgresql://localhost:" + port + "/postgres";
		try (var admin = DriverManager.getConnection(url, "postgres", "")) {
			var server = "--host=localhost --port=" + port + " --username=postgres";
			PgCtl.run(command(bin, "pg_dump", server, "--format=custom", "--no-owner", "--file=" + dump,
					"--dbname=postgres"));
			admin.createStatement().execute("drop database if exists restored");
			admin.createStatement().execute("create database restored");
			PgCtl.run(command(bin, "pg_restore", server, "--no-owner", "--exit-on-error", "--dbname=restored",
					dump.toString()));
			assertTheAppServes("jdbc:postgresql://localhost:" + port + "/restored", before, actions);
			admin.createStatement().execute("drop database restored with (force)");
		}
		finally {
			Files.deleteIfExists(dump);
		}
	}

	/**
	 * Every row of the app's database into another server: the schema by the app's own
	 * migrations, then each table with COPY (foreign keys and triggers held off while
	 * loading, as pg_restore does), then the sequences where they were.
	 */
	private void copyTheDemoDatabase(String url) throws Exception {
		Flyway.configure().dataSource(url, "postgres", "").load().migrate();
		var tables = this.jdbc.queryForList("""
				select tablename from pg_tables
				where schemaname = 'public' and tablename <> 'flyway_schema_history' order by tablename""",
				String.class);
		var sequences = this.jdbc.queryForList("""
				select sequencename, last_value from pg_sequences
				where schemaname = 'public' and last_value is not null""");
		try (var pooled = this.jdbc.getDataSource().getConnection();
				var target = DriverManager.getConnection(url, "postgres", "");
				var setval = target.prepareStatement("select setval(?, ?)")) {
			var source = pooled.unwrap(PGConnection.class);
			target.setAutoCommit(false);
			target.createStatement().execute("set session_replication_role = replica");
			target.createStatement().execute("truncate " + String.join(", ", tables));
			for (var table : tables) {
				var rows = new ByteArrayOutputStream();
				source.getCopyAPI().copyOut("copy " + table + " to stdout", rows);
				target.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy " + table + " from stdin", new ByteArrayInputStream(rows.toByteArray()));
			}
			for (var sequence : sequences) {
				setval.setString(1, (String) sequence.get("sequencename"));
				setval.setLong(2, ((Number) sequence.get("last_value")).longValue());
				setval.execute();
			}
			target.commit();
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
