package org.turnaround.standalone;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used in standalone mode.
 *
 * @param dataDirectory where the database files live; kept across restarts
 * @param port the port PostgreSQL listens on, or 0 for any free port
 * @param cleanOnStart wipe the data directory at start-up (used by tests)
 */
@ConfigurationProperties("turnaround.standalone")
record StandaloneProperties(@DefaultValue("./data/postgres") Path dataDirectory, @DefaultValue("0") int port,
		@DefaultValue("false") boolean cleanOnStart) {

}
