package org.turnaround;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TurnaroundApplication {

	public static void main(String[] args) {
		SpringApplication.run(TurnaroundApplication.class, args);
	}

	/**
	 * Councils work in UK time: "due today" and "overdue" turn at midnight in London, not
	 * UTC.
	 */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/London"));
	}

}
