package org.treatygraph.system;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Null-aware reads of the maps that the features' Cypher projections return. */
public final class Values {

	private Values() {
	}

	public static String string(MapAccessor map, String key) {
		Value value = map.get(key);
		if (value.isNull()) {
			throw new IllegalStateException("Projection lacks required '" + key + "'");
		}
		return value.asString();
	}

	public static @Nullable String optionalString(MapAccessor map, String key) {
		Value value = map.get(key);
		return value.isNull() ? null : value.asString();
	}

	public static @Nullable Integer optionalInt(MapAccessor map, String key) {
		Value value = map.get(key);
		return value.isNull() ? null : value.asInt();
	}

	public static List<String> strings(MapAccessor map, String key) {
		Value value = map.get(key);
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

}
