package org.turnaround.standalone;

import java.io.IOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside the app when no {@code spring.datasource.url} is set,
 * so a fresh clone runs with nothing installed. Its data directory survives restarts;
 * Spring stops the server when the context closes.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(StandaloneMode.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(StandaloneProperties properties) throws IOException {
		var directory = properties.dataDirectory().toAbsolutePath().normalize();
		Files.createDirectories(directory);
		log.info("Standalone mode: starting embedded PostgreSQL with data in {}", directory);
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(properties.cleanOnStart())
			.setServerConfig("max_connections", "100");
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		return builder.start();
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("turnaround-standalone");
		return dataSource;
	}

}
