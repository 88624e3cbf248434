package org.treatygraph.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The shape every batched nested field shares: one query for all parents of a response
 * level, returning rows of {@code key} (the parent's id) and {@code items} (projections
 * of its children).
 */
public final class Batches {

	private Batches() {
	}

	/** Runs the query with {@code $keys} and groups its rows by parent key. */
	public static <V> Map<String, List<V>> grouped(Neo4jClient neo4j, String cypher, Collection<String> keys,
			Function<Value, V> mapper) {
		Map<String, List<V>> grouped = new HashMap<>();
		neo4j.query(cypher)
			.bind(keys)
			.to("keys")
			.fetchAs(Group.class)
			.mappedBy(
					(types, row) -> new Group(row.get("key").asString(), row.get("items").asList(Function.identity())))
			.all()
			.forEach(group -> grouped.put(group.key(), group.items().stream().map(mapper).toList()));
		return grouped;
	}

	/**
	 * Runs a query with {@code $keys} returning one {@code node} projection per row, by
	 * key.
	 */
	public static <V> Map<String, V> byKeys(Neo4jClient neo4j, String cypher, Collection<String> keys,
			Function<Value, V> mapper, Function<V, String> keyOf) {
		Map<String, V> found = new HashMap<>();
		neo4j.query(cypher)
			.bind(keys)
			.to("keys")
			.fetchAs(Value.class)
			.mappedBy((types, row) -> row.get("node"))
			.all()
			.forEach(node -> {
				V view = mapper.apply(node);
				found.put(keyOf.apply(view), view);
			});
		return found;
	}

	private record Group(String key, List<Value> items) {
	}

	/**
	 * Children for each parent, in the parents' order; an empty list for parents without
	 * any.
	 */
	public static <P, V> Map<P, List<V>> byParent(List<P> parents, Function<P, String> keyOf,
			Function<Collection<String>, Map<String, List<V>>> loader) {
		Map<String, List<V>> byKey = loader.apply(parents.stream().map(keyOf).distinct().toList());
		Map<P, List<V>> byParent = new LinkedHashMap<>();
		parents.forEach(parent -> byParent.put(parent, byKey.getOrDefault(keyOf.apply(parent), List.of())));
		return byParent;
	}

}
