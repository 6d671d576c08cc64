package org.turnaround.action;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RagConfiguration {

	@Bean
	RagPolicy ragPolicy(@Value("${turnaround.rag.update-interval-days:30}") int updateIntervalDays) {
		return new RagPolicy(updateIntervalDays);
	}

}
