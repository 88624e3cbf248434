package org.treatygraph.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Validates page arguments and assembles connections from keyset query results. */
@Component
public class Paging {

	private final PagingProperties properties;

	Paging(PagingProperties properties) {
		this.properties = properties;
	}

	public PageRequest request(@Nullable Integer first, @Nullable String after) {
		int size = first == null ? this.properties.defaultPageSize() : first;
		if (size < 0 || size > this.properties.maxPageSize()) {
			throw new InvalidArgumentException("first",
					"must be between 0 and %d, was %d".formatted(this.properties.maxPageSize(), size));
		}
		return new PageRequest(size, after == null ? null : Cursor.decode(after, "after"));
	}

	/**
	 * Runs a keyset page query. The query receives {@code $limit} and, in the map
	 * {@code $page}, {@code afterSortKey} and {@code afterKey} besides the given
	 * parameters, and returns one row with {@code total} and {@code page}, a list of
	 * projections.
	 */
	public static <T> Connection<T> fetch(Neo4jClient neo4j, String cypher, Map<String, @Nullable Object> parameters,
			PageRequest request, Function<Value, T> mapper, Function<T, Cursor> cursorOf) {
		// everything that may be null in one map: Neo4j plans a statement again for each
		// new combination of parameter types, so the first page and the next would
		// otherwise be planned apart, and so would a list with and without a filter
		Map<String, @Nullable Object> page = new HashMap<>(parameters);
		page.putAll(request.parameters());
		Object limit = page.remove("limit");
		return neo4j.query(cypher)
			.bindAll(Map.of("page", page, "limit", limit))
			.fetchAs(PageRow.class)
			.mappedBy(
					(types, row) -> new PageRow(row.get("page").asList(Function.identity()), row.get("total").asLong()))
			.one()
			.map(row -> connection(request, row.page().stream().map(mapper).toList(), row.total(), cursorOf))
			.orElseThrow();
	}

	/**
	 * @param fetched the page as the query returned it, with up to one extra item
	 * @param cursorOf the sort position of an item
	 */
	public static <T> Connection<T> connection(PageRequest request, List<T> fetched, long totalCount,
			Function<T, Cursor> cursorOf) {
		boolean hasNext = fetched.size() > request.first();
		List<Edge<T>> edges = fetched.stream()
			.limit(request.first())
			.map(item -> new Edge<>(cursorOf.apply(item).encode(), item))
			.toList();
		PageInfo pageInfo = new PageInfo(hasNext, request.after() != null,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
		return new Connection<>(edges, pageInfo, totalCount);
	}

	private record PageRow(List<Value> page, long total) {
	}

	/** A page of a list, Relay style. */
	public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

		public List<T> nodes() {
			return this.edges.stream().map(Edge::node).toList();
		}
	}

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

}
