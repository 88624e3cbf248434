package org.treatygraph.history;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.system.Values;

/**
 * One recorded change: who, when (ISO 8601), which mutation, and the node's properties
 * before and after as JSON ({@code before} is null for a creation).
 */
record Change(String key, String at, String by, String operation, @Nullable String before, String after,
		@Nullable String clientMutationId) {

	static final String PROJECTION = "c {.id, at: toString(c.at), .by, .operation, .before, .after, .clientMutationId}";

	/**
	 * Orders changes by time, then by id: the time as fixed-width digits, since Neo4j
	 * writes {@code .5Z} for {@code .500Z} and such a text sorts after {@code .512Z}.
	 */
	static final String SORT_KEY = "right('000000000000' + toString(c.at.epochSeconds), 12) + '.'"
			+ " + right('000000000' + toString(c.at.nanosecond), 9) + ' ' + c.id";

	static Change from(MapAccessor map) {
		return new Change(Values.string(map, "id"), Values.string(map, "at"), Values.string(map, "by"),
				Values.string(map, "operation"), Values.optionalString(map, "before"), Values.string(map, "after"),
				Values.optionalString(map, "clientMutationId"));
	}

	/** This change's place in a node's history, as {@link #SORT_KEY} gives it. */
	String sortKey() {
		Instant instant = ZonedDateTime.parse(this.at).toInstant();
		return "%012d.%09d %s".formatted(instant.getEpochSecond(), instant.getNano(), this.key);
	}

}
