package org.treatygraph.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.country.ActorReferences;
import org.treatygraph.date.DateRange;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeReference;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Citation;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.Paging.Connection;
import org.treatygraph.system.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code relations}, {@code timeline} and {@code connections}. */
@Controller
class RelationController {

	/** What a timeline, a relation or a path may start from. */
	static final Set<NodeType> ENTITIES = Set.of(NodeType.COUNTRY, NodeType.ORGANIZATION, NodeType.PERSON,
			NodeType.AGREEMENT, NodeType.EVENT, NodeType.PLACE);

	private static final int MAX_BETWEEN = 5;

	private static final int MAX_HOPS = 6;

	private static final int DEFAULT_HOPS = 4;

	private static final int MAX_PATHS = 10;

	private static final int DEFAULT_PATHS = 3;

	private final RelationRepository relations;

	private final ActorReferences references;

	private final Paging paging;

	RelationController(RelationRepository relations, ActorReferences references, Paging paging) {
		this.relations = relations;
		this.references = references;
		this.paging = paging;
	}

	@QueryMapping
	Relations relations(@Argument List<String> between, @Argument @Nullable String asOf,
			DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		if (between.size() < 2 || between.size() > MAX_BETWEEN) {
			throw new InvalidArgumentException("between",
					"must name 2 to %d countries or nodes, named %d".formatted(MAX_BETWEEN, between.size()));
		}
		List<GlobalId> resolved = this.references.resolve(between, "between", ENTITIES);
		Set<GlobalId> seen = new HashSet<>();
		for (int i = 0; i < resolved.size(); i++) {
			if (!seen.add(resolved.get(i))) {
				throw new InvalidArgumentException("between[" + i + "]",
						"'%s' is listed twice".formatted(between.get(i)));
			}
		}
		this.references.requireAllExist(resolved, "between");
		return new Relations(List.copyOf(resolved));
	}

	@SchemaMapping(typeName = "Relations", field = "between")
	CompletableFuture<List<Object>> between(Relations relations, DataLoader<GlobalId, Object> nodes) {
		List<CompletableFuture<@Nullable Object>> loads = relations.between()
			.stream()
			.map(id -> NodeLoader.load(nodes, id))
			.toList();
		return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new)).thenApply(done -> {
			List<Object> loaded = new ArrayList<>();
			loads.forEach(load -> loaded.add(load.join()));
			return loaded;
		});
	}

	@SchemaMapping(typeName = "Relations", field = "timeline")
	Connection<TimelineEntry> relationsTimeline(Relations relations, @Argument @Nullable String from,
			@Argument @Nullable String to, @Argument @Nullable List<String> kinds, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		return this.relations.timeline(relations.between(), new TimelineFilter(DateRange.parse(from, to, ""), kinds),
				this.paging.request(first, after), "between");
	}

	@QueryMapping
	Connection<TimelineEntry> timeline(@Argument String of, @Argument @Nullable String from,
			@Argument @Nullable String to, @Argument @Nullable List<String> kinds, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable String asOf, DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		GlobalId subject = this.references.resolveOne(of, "of", ENTITIES);
		return this.relations.timeline(List.of(subject), new TimelineFilter(DateRange.parse(from, to, ""), kinds),
				this.paging.request(first, after), "of");
	}

	@QueryMapping
	List<ConnectionPath> connections(@Argument String from, @Argument String to, @Argument @Nullable Integer maxHops,
			@Argument @Nullable Integer first, @Argument @Nullable String asOf, DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		int hops = maxHops == null ? DEFAULT_HOPS : maxHops;
		if (hops < 1 || hops > MAX_HOPS) {
			throw new InvalidArgumentException("maxHops", "must be between 1 and %d, was %d".formatted(MAX_HOPS, hops));
		}
		int paths = first == null ? DEFAULT_PATHS : first;
		if (paths < 1 || paths > MAX_PATHS) {
			throw new InvalidArgumentException("first", "must be between 1 and %d, was %d".formatted(MAX_PATHS, paths));
		}
		GlobalId start = this.references.resolveOne(from, "from", ENTITIES);
		GlobalId end = this.references.resolveOne(to, "to", ENTITIES);
		if (start.equals(end)) {
			throw new InvalidArgumentException("to", "names the same node as from");
		}
		return this.relations.connections(start, end, hops, paths);
	}

	@SchemaMapping(typeName = "TimelineEntry", field = "fact")
	CompletableFuture<@Nullable Object> fact(TimelineEntry entry, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(entry.fact()), selection);
	}

	@SchemaMapping(typeName = "TimelineEntry", field = "citations")
	CompletableFuture<List<Citation>> citations(TimelineEntry entry, DataLoader<GlobalId, List<Citation>> citations) {
		return citations.load(entry.fact());
	}

	@SchemaMapping(typeName = "Hop", field = "from")
	CompletableFuture<@Nullable Object> from(Hop hop, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, hop.from(), selection);
	}

	@SchemaMapping(typeName = "Hop", field = "to")
	CompletableFuture<@Nullable Object> to(Hop hop, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, hop.to(), selection);
	}

	@SchemaMapping(typeName = "Hop", field = "fact")
	CompletableFuture<@Nullable Object> fact(Hop hop, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, hop.fact() == null ? null : NodeReference.of(hop.fact()), selection);
	}

	@SchemaMapping(typeName = "Hop", field = "citations")
	CompletableFuture<List<Citation>> citations(Hop hop, DataLoader<GlobalId, List<Citation>> citations) {
		return hop.citedBy() == null ? CompletableFuture.completedFuture(List.of()) : citations.load(hop.citedBy());
	}

}
