package org.treatygraph.system.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned Cypher files under {@code cypher/migrations} once each, in order,
 * before the service takes requests. A migration's checksum is recorded; a file changed
 * after it was applied stops the start-up rather than leaving the database and the
 * repository silently out of step.
 * <p>
 * Neo4j-Migrations is the model; its current release is built against driver 5 and we run
 * driver 6, so this is the small subset we need.
 */
@Component
@ConditionalOnProperty(name = "treatygraph.migrations.enabled", matchIfMissing = true)
class CypherMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(CypherMigrations.class);

	private static final String APPLIED = """
			MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum
			""";

	private static final String RECORD = """
			MERGE (m:__Migration {version: $version})
			SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
			""";

	private final Driver driver;

	private final MigrationProperties properties;

	private final String database;

	CypherMigrations(Driver driver, MigrationProperties properties,
			org.springframework.core.env.Environment environment) {
		this.driver = driver;
		this.properties = properties;
		this.database = environment.getProperty("spring.data.neo4j.database", "neo4j");
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		List<Migration> migrations = load();
		try (Session session = this.driver.session(SessionConfig.forDatabase(this.database))) {
			session.run(
					"CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE")
				.consume();
			Map<Integer, String> applied = session.executeRead(
					tx -> tx.run(APPLIED).list(r -> Map.entry(r.get("version").asInt(), r.get("checksum").asString())))
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			for (Migration migration : migrations) {
				String checksum = applied.get(migration.version());
				if (checksum == null) {
					apply(session, migration);
				}
				else if (!checksum.equals(migration.checksum())) {
					throw new IllegalStateException(
							"Migration V%04d (%s) was changed after it was applied; add a new migration instead"
								.formatted(migration.version(), migration.description()));
				}
			}
		}
	}

	private void apply(Session session, Migration migration) {
		long started = System.nanoTime();
		Map<String, Object> record = Map.of("version", migration.version(), "description", migration.description(),
				"checksum", migration.checksum());
		if (!this.properties.seed() && migration.description().toLowerCase(Locale.ROOT).contains("seed")) {
			session.executeWriteWithoutResult(tx -> tx.run(RECORD, record).consume());
			log.info("Skipped migration V{} ({}): the seed data is not wanted", migration.version(),
					migration.description());
			return;
		}
		if (migration.changesSchema()) {
			migration.statements().forEach(statement -> session.run(statement).consume());
			session.executeWriteWithoutResult(tx -> tx.run(RECORD, record).consume());
		}
		else {
			// Data migrations are all or nothing: a failed seed leaves no half-written
			// graph behind.
			session.executeWriteWithoutResult(tx -> {
				migration.statements().forEach(statement -> tx.run(statement).consume());
				tx.run(RECORD, record).consume();
			});
		}
		log.info("Applied migration V{} ({}) in {} ms", migration.version(), migration.description(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private List<Migration> load() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources(this.properties.locations() + "V*__*.cypher");
		return Arrays.stream(resources).map(resource -> {
			try {
				return Migration.fromFile(Objects.requireNonNull(resource.getFilename()),
						resource.getContentAsString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read migration " + resource, ex);
			}
		}).sorted(Comparator.comparingInt(Migration::version)).toList();
	}

}
