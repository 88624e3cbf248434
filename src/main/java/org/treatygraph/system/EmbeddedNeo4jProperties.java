package org.treatygraph.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the in-process Neo4j that runs when no {@code NEO4J_URI} is given.
 *
 * @param dataDirectory where the database files live; kept across restarts
 * @param ephemeral start on a fresh temporary directory that is deleted on shutdown
 * (tests)
 * @param boltPort localhost port of the Bolt connector; {@code 0} picks a free one
 * @param pageCache memory Neo4j keeps for caching store files
 * @param transactionTimeout longest any transaction may run before Neo4j ends it
 */
@ConfigurationProperties("treatygraph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data/neo4j") Path dataDirectory,
		@DefaultValue("false") boolean ephemeral, @DefaultValue("7687") int boltPort,
		@DefaultValue("256MB") DataSize pageCache, @DefaultValue("30s") Duration transactionTimeout) {
}
