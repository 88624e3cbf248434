package org.treatygraph.system.migration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the graph's schema and seed data are brought up to date at start-up.
 *
 * @param enabled apply pending migrations when the service starts
 * @param locations where the versioned {@code V*__*.cypher} files are found
 * @param seed load the sample article's facts (the migrations whose name says
 * {@code seed}); a database started without them, say for an import, keeps them recorded
 * as applied and never gets them
 */
@ConfigurationProperties("treatygraph.migrations")
public record MigrationProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("classpath:cypher/migrations/") String locations, @DefaultValue("true") boolean seed) {
}
