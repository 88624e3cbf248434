package org.treatygraph.node;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.system.AsOf;
import reactor.core.publisher.Mono;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves references to nodes, whatever their type, through one data loader: all
 * references met at one level of a response are fetched together, one query per node
 * type, so the number of round trips does not grow with the number of results.
 */
@Component
public class NodeLoader {

	public static final String NAME = "nodes";

	private final Map<NodeType, Function<Collection<String>, Map<String, ?>>> fetchers = new EnumMap<>(NodeType.class);

	/** Ids of people and organisations merged into another resolve to the survivor. */
	private static final String MERGED = """
			MATCH (m:Merged) WHERE m.id IN $keys AND m.mergedLabel = $label
			RETURN m.id AS key, m.mergedInto AS survivor
			""";

	private final TransactionTemplate readOnly;

	private final Neo4jClient neo4j;

	NodeLoader(List<NodeFetcher> fetchers, BatchLoaderRegistry registry, PlatformTransactionManager transactions,
			Neo4jClient neo4j) {
		this.neo4j = neo4j;
		fetchers.forEach(fetcher -> this.fetchers.putAll(fetcher.fetchers()));
		// One read transaction for all types, so a cluster can answer from a secondary.
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		registry.<GlobalId, Object>forName(NAME)
			.registerMappedBatchLoader(
					(ids, environment) -> Mono.fromCallable(() -> this.readOnly.execute(status -> load(ids))));
	}

	/**
	 * The node an id refers to, through the request's data loader; completes with null
	 * when there is none.
	 */
	public static CompletableFuture<@Nullable Object> load(DataLoader<GlobalId, Object> loader, @Nullable GlobalId id) {
		return id == null ? CompletableFuture.completedFuture(null) : loader.load(id);
	}

	/**
	 * The node a reference names, or the reference itself when the field selects nothing
	 * it does not hold: a client drawing a network asks for ids and names, and the
	 * response has just read them; a curator's import asks a new fact for its id, which
	 * the mutation has just written. Only for nodes just read or written, never for ids a
	 * client sent, which may name a merged or removed node; a name read now answers only
	 * a read of the present.
	 */
	public static CompletableFuture<@Nullable Object> loadAsSelected(DataLoader<GlobalId, Object> loader,
			@Nullable NodeReference reference, DataFetchingFieldSelectionSet selection) {
		if (reference == null) {
			return CompletableFuture.completedFuture(null);
		}
		NodeReference held = AsOf.present() ? reference : reference.idOnly();
		String type = held.globalId().type().label();
		if (selection.getImmediateFields()
			.stream()
			.filter(field -> field.getObjectTypeNames().contains(type))
			.allMatch(field -> held.answers(field.getName()))) {
			return CompletableFuture.completedFuture(held);
		}
		return load(loader, held.globalId());
	}

	Map<GlobalId, Object> load(Set<GlobalId> ids) {
		Map<GlobalId, Object> found = new HashMap<>();
		GlobalId.keysByType(ids).forEach((type, keys) -> {
			var fetcher = this.fetchers.get(type);
			if (fetcher == null) {
				return;
			}
			fetcher.apply(keys).forEach((key, node) -> found.put(new GlobalId(type, key), node));
			List<String> missing = keys.stream().filter(key -> !found.containsKey(new GlobalId(type, key))).toList();
			if (!missing.isEmpty() && (type == NodeType.PERSON || type == NodeType.ORGANIZATION)) {
				Map<String, String> survivors = new HashMap<>();
				this.neo4j.query(MERGED)
					.bindAll(Map.of("keys", missing, "label", type.label()))
					.fetch()
					.all()
					.forEach(row -> survivors.put((String) row.get("key"), (String) row.get("survivor")));
				if (!survivors.isEmpty()) {
					Map<String, ?> survivorNodes = fetcher.apply(survivors.values());
					survivors.forEach((key, survivor) -> {
						Object node = survivorNodes.get(survivor);
						if (node != null) {
							found.put(new GlobalId(type, key), node);
						}
					});
				}
			}
		});
		return found;
	}

}
