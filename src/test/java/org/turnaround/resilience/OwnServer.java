package org.turnaround.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.turnaround.support.PlanFixture;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app on a real port with an embedded PostgreSQL of its own, which tests may stop,
 * start, dump and copy without disturbing the shared {@code IntegrationTest} database.
 * Subclasses must share one context (the same configuration: add nothing that changes it,
 * such as annotations), as a second context would wipe the same data directory. A restart
 * brings PostgreSQL back on the port it had (see {@link PgCtl}), where the pool expects
 * it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "turnaround.standalone.data-directory=" + OwnServer.DATA_DIRECTORY)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(PlanFixture.class)
abstract class OwnServer {

	static final String DATA_DIRECTORY = "target/test-postgres-resilience";

	static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
