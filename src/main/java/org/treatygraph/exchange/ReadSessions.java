package org.treatygraph.exchange;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Read sessions on the service's database for the exports, which stream rows from the
 * driver one at a time rather than collect them as the {@code Neo4jClient} does.
 */
@Component
class ReadSessions {

	private final Driver driver;

	private final SessionConfig config;

	ReadSessions(Driver driver, Environment environment) {
		this.driver = driver;
		this.config = SessionConfig.builder()
			.withDatabase(environment.getProperty("spring.data.neo4j.database", "neo4j"))
			.withDefaultAccessMode(AccessMode.READ)
			.build();
	}

	Session open() {
		return this.driver.session(this.config);
	}

}
