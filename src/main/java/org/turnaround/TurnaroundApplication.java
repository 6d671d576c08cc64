package org.turnaround;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TurnaroundApplication {

	public static void main(String[] args) {
		SpringApplication.run(TurnaroundApplication.class, args);
	}

}
