package org.treatygraph.exchange;

import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Read sessions on the service's database for the exports, which stream rows from the
 * driver one at a time rather than collect them as the {@code Neo4jClient} does, each
 * statement with the exports' own timeout: the database's default (30 s) ended a large
 * export, or one read by a slow client, part way.
 */
@Component
class ReadSessions {

	private final Driver driver;

	private final SessionConfig config;

	private final TransactionConfig statements;

	ReadSessions(Driver driver, Environment environment, ExchangeProperties properties) {
		this.driver = driver;
		this.statements = TransactionConfig.builder().withTimeout(properties.exportTimeout()).build();
		this.config = SessionConfig.builder()
			.withDatabase(environment.getProperty("spring.data.neo4j.database", "neo4j"))
			.withDefaultAccessMode(AccessMode.READ)
			.build();
	}

	Session open() {
		return this.driver.session(this.config);
	}

	/** Runs one of an export's statements in the session, with the exports' timeout. */
	Result run(Session session, String statement, Map<String, Object> parameters) {
		return session.run(statement, parameters, this.statements);
	}

}
