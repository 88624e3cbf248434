package org.treatygraph.source;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeReference;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.Batches;
import org.treatygraph.system.Paging.Connection;
import org.treatygraph.system.Paging;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Sources and citations, and the {@code citations} field of every fact. All facts met at
 * one level of a response get their citations together, one query per fact type.
 */
@Controller
class CitationController {

	private static final String CITATIONS = Citation.LOADER;

	private final SourceRepository sources;

	private final Paging paging;

	CitationController(SourceRepository sources, Paging paging, BatchLoaderRegistry registry) {
		this.sources = sources;
		this.paging = paging;
		registry.<GlobalId, List<Citation>>forName(CITATIONS)
			.registerMappedBatchLoader((facts, environment) -> Mono.fromCallable(() -> citationsOf(facts)));
	}

	@QueryMapping
	Connection<Source> sources(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable String asOf, DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		return this.sources.page(this.paging.request(first, after));
	}

	@BatchMapping(typeName = "Source", field = "citations")
	Map<Source, List<Citation>> citationsOfSource(List<Source> sources) {
		Map<Source, List<Citation>> ofSource = Batches.byParent(sources, Source::key, this.sources::citationsFrom);
		ofSource.replaceAll((source, citations) -> citations.stream()
			.sorted(Comparator.comparingInt((Citation citation) -> source.positionOf(citation.quote())))
			.toList());
		return ofSource;
	}

	@SchemaMapping(typeName = "Citation", field = "source")
	CompletableFuture<@Nullable Object> sourceOfCitation(Citation citation, DataLoader<GlobalId, Object> nodes) {
		if (citation.source() != null) {
			return CompletableFuture.completedFuture(citation.source());
		}
		return NodeLoader.load(nodes, new GlobalId(NodeType.SOURCE, citation.sourceKey()));
	}

	@SchemaMapping(typeName = "Citation", field = "fact")
	CompletableFuture<@Nullable Object> factOfCitation(Citation citation, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		// read with the citation: fact { __typename id } needs no read of its own
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(citation.fact()), selection);
	}

	/** Every type of fact, through the schema's interface. */
	@SchemaMapping(typeName = "Fact", field = CITATIONS)
	CompletableFuture<List<Citation>> citationsOfFact(Fact fact, DataLoader<GlobalId, List<Citation>> citations) {
		return citations.load(fact.globalId());
	}

	private Map<GlobalId, List<Citation>> citationsOf(Set<GlobalId> facts) {
		Map<GlobalId, List<Citation>> byFact = this.sources.citationsOf(facts);
		facts.forEach(fact -> byFact.putIfAbsent(fact, List.of()));
		return byFact;
	}

}
