package org.treatygraph.node;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.InvalidArgumentException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Relay's {@code node(id:)} and {@code nodes(ids:)}: any node by its global id. */
@Controller
class NodeController {

	private static final int MAX_IDS = 100;

	@QueryMapping
	CompletableFuture<@Nullable Object> node(@Argument String id, @Argument @Nullable String asOf,
			DataLoader<GlobalId, Object> nodes, DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		return NodeLoader.load(nodes, GlobalId.decode(id).orElse(null));
	}

	@QueryMapping
	CompletableFuture<List<@Nullable Object>> nodes(@Argument List<String> ids, @Argument @Nullable String asOf,
			DataLoader<GlobalId, Object> nodes, DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		if (ids.size() > MAX_IDS) {
			throw new InvalidArgumentException("ids", "at most %d ids, was %d".formatted(MAX_IDS, ids.size()));
		}
		List<CompletableFuture<@Nullable Object>> futures = ids.stream()
			.map(id -> NodeLoader.load(nodes, GlobalId.decode(id).orElse(null)))
			.toList();
		return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
			.thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
	}

}
