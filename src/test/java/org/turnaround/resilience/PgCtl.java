package org.turnaround.resilience;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops and starts the embedded PostgreSQL behind the app's back with its own pg_ctl, as
 * an outage and an operator's restart would. PostgreSQL refuses to run as root, so as
 * root (as in some containers) it runs in a user namespace, as the embedded server itself
 * does. The embedded server's shutdown stops whichever postmaster then runs.
 */
final class PgCtl {

	private final File bin;

	private final Path dataDirectory;

	private final int port;

	PgCtl(EmbeddedPostgres postgres, Path dataDirectory) {
		this(new File((File) ReflectionTestUtils.getField(postgres, "pgDir"), "bin"), dataDirectory,
				postgres.getPort());
	}

	private PgCtl(File bin, Path dataDirectory, int port) {
		this.bin = bin;
		this.dataDirectory = dataDirectory.toAbsolutePath();
		this.port = port;
	}

	/**
	 * Debian's packaged server of a major version ({@code postgresql-15}), if installed,
	 * for a data directory of its own.
	 */
	static Optional<PgCtl> debian(int major, Path dataDirectory, int port) {
		var bin = new File("/usr/lib/postgresql/" + major + "/bin");
		return Stream.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore")
			.allMatch((program) -> new File(bin, program).canExecute())
					? Optional.of(new PgCtl(bin, dataDirectory, port)) : Optional.empty();
	}

	/**
	 * A new, empty cluster in the data directory, its superuser postgres, trusted
	 * locally.
	 */
	void initdb() throws Exception {
		run(command("initdb", "-D", this.dataDirectory.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
				"--locale=C.UTF-8"));
	}

	/** The same server binaries for another data directory, on another port. */
	PgCtl forAnother(Path dataDirectory, int port) {
		return new PgCtl(this.bin, dataDirectory, port);
	}

	int port() {
		return this.port;
	}

	File bin() {
		return this.bin;
	}

	/** A fast shutdown: connected sessions are cut off, as when the server goes away. */
	void stop() throws Exception {
		run(pgCtl("-D", this.dataDirectory.toString(), "-m", "fast", "-w", "stop"));
	}

	void start() throws Exception {
		run(pgCtl("-D", this.dataDirectory.toString(), "-o",
				"-p " + this.port + " -c timezone=UTC -c synchronous_commit=off -c max_connections=100"
				// No Unix socket: a packaged server's default directory is not writable
				// here.
						+ " -c unix_socket_directories=''",
				"-l", this.dataDirectory.resolveSibling(this.dataDirectory.getFileName() + ".log").toString(), "-w",
				"start"));
	}

	/** A command of the server's own binaries, in a user namespace when run as root. */
	List<String> command(String program, String... arguments) {
		var command = new ArrayList<String>();
		if ("root".equals(System.getProperty("user.name"))) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.add(new File(this.bin, program).getPath());
		command.addAll(List.of(arguments));
		return command;
	}

	private List<String> pgCtl(String... arguments) {
		return command("pg_ctl", arguments);
	}

	static String run(List<String> command) throws Exception {
		var output = File.createTempFile("pg-command", ".out");
		try {
			var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
			var text = Files.readString(output.toPath());
			assertThat(process.exitValue()).as("%s: %s", command, text).isZero();
			return text;
		}
		finally {
			output.delete();
		}
	}

}
