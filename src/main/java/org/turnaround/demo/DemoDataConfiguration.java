package org.turnaround.demo;

import java.time.Clock;

import org.turnaround.action.RagPolicy;
import org.turnaround.standalone.StandaloneMode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Demo data exists only in standalone mode, never against a configured database, and can
 * be switched off there too ({@code TURNAROUND_DEMO=false}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(StandaloneMode.class)
@ConditionalOnBooleanProperty(name = "turnaround.demo.enabled", matchIfMissing = true)
class DemoDataConfiguration {

	@Bean
	DemoDataLoader demoDataLoader(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager, Clock clock,
			RagPolicy ragPolicy, PasswordEncoder passwordEncoder) {
		return new DemoDataLoader(jdbcTemplate, transactionManager, clock, ragPolicy, passwordEncoder);
	}

}
