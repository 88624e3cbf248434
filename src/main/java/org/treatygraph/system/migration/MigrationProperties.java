package org.treatygraph.system.migration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the graph's schema and seed data are brought up to date at start-up.
 *
 * @param enabled apply pending migrations when the service starts
 * @param locations where the versioned {@code V*__*.cypher} files are found
 */
@ConfigurationProperties("treatygraph.migrations")
public record MigrationProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("classpath:cypher/migrations/") String locations) {
}
