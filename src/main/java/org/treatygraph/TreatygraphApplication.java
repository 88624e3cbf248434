package org.treatygraph;

import org.treatygraph.exchange.ExchangeCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Treatygraph: diplomatic agreements as a cited graph in Neo4j, served through GraphQL.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TreatygraphApplication {

	public static void main(String[] args) {
		if (ExchangeCommand.handles(args)) {
			System.exit(ExchangeCommand.run(TreatygraphApplication.class, args));
		}
		SpringApplication.run(TreatygraphApplication.class, args);
	}

}
