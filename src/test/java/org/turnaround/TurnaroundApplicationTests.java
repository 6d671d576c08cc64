package org.turnaround;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TurnaroundApplicationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void migratesAnEmptyPostgresDatabaseAndHibernateValidatesTheEntitiesAgainstIt() {
		var jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isPositive();
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'action'",
				Integer.class))
			.isEqualTo(1);
	}

}
