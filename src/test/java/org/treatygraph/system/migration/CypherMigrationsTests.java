package org.treatygraph.system.migration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.treatygraph.GraphQlIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@DisplayName("Migrations")
class CypherMigrationsTests extends GraphQlIntegrationTest {

	@Autowired
	private CypherMigrations migrations;

	@Autowired
	private Driver driver;

	@Autowired
	private Environment environment;

	@Autowired
	private Neo4jClient neo4j;

	@Test
	@DisplayName("each migration is recorded with its checksum")
	void shouldRecordEachMigration() {
		var versions = this.neo4j.query("MATCH (m:__Migration) RETURN m.version ORDER BY m.version")
			.fetchAs(Long.class)
			.all();
		assertThat(versions).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
	}

	@Test
	@DisplayName("the seed loads once: starting again writes nothing")
	void shouldNotLoadTheSeedTwice() throws Exception {
		long before = nodeCount();
		this.migrations.afterPropertiesSet();
		assertThat(nodeCount()).isEqualTo(before);
	}

	@Test
	@DisplayName("a migration edited after it was applied stops the start-up")
	void shouldRefuseAMigrationChangedAfterItWasApplied() {
		var edited = new CypherMigrations(this.driver,
				new MigrationProperties(true, "classpath:cypher-test/edited-migrations/"), this.environment);
		assertThatIllegalStateException().isThrownBy(edited::afterPropertiesSet)
			.withMessageContaining("V0003")
			.withMessageContaining("changed after it was applied");
	}

	private long nodeCount() {
		return this.neo4j.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
	}

}
