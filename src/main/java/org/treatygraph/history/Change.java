package org.treatygraph.history;

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

	static Change from(MapAccessor map) {
		return new Change(Values.string(map, "id"), Values.string(map, "at"), Values.string(map, "by"),
				Values.string(map, "operation"), Values.optionalString(map, "before"), Values.string(map, "after"),
				Values.optionalString(map, "clientMutationId"));
	}

}
