package org.treatygraph.source;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.history.MutationReceipts;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Retractions.Retraction;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** {@code retract}, and the {@code retraction} field of every fact and citation. */
@Controller
class RetractionController {

	private static final String FIELD = "retraction";

	private final Retractions retractions;

	private final MutationReceipts receipts;

	RetractionController(Retractions retractions, MutationReceipts receipts, BatchLoaderRegistry registry) {
		this.retractions = retractions;
		this.receipts = receipts;
		registry.<GlobalId, Retraction>forName("retractions")
			.registerMappedBatchLoader((nodes, environment) -> Mono.fromCallable(() -> this.retractions.of(nodes)));
	}

	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	RetractPayload retract(@Argument RetractInput input) {
		GlobalId node = this.receipts.once(input.clientMutationId(), "retract",
				() -> this.retractions.retract(input.id(), input.reason(), input.clientMutationId()));
		return new RetractPayload(input.clientMutationId(), node);
	}

	@SchemaMapping(typeName = "RetractPayload", field = "node")
	CompletableFuture<@Nullable Object> node(RetractPayload payload, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, payload.nodeId());
	}

	@SchemaMapping(typeName = "RetractPayload", field = FIELD)
	CompletableFuture<Retraction> retractionOfPayload(RetractPayload payload,
			DataLoader<GlobalId, Retraction> retractions) {
		return retractions.load(payload.nodeId());
	}

	/** Every type of fact, through the schema's interface. */
	@SchemaMapping(typeName = "Fact", field = FIELD)
	CompletableFuture<Retraction> retractionOfFact(Fact fact, DataLoader<GlobalId, Retraction> retractions) {
		return retractions.load(fact.globalId());
	}

	@SchemaMapping(typeName = "Source", field = FIELD)
	CompletableFuture<Retraction> source(Source source, DataLoader<GlobalId, Retraction> retractions) {
		return retractions.load(new GlobalId(NodeType.SOURCE, source.key()));
	}

	@SchemaMapping(typeName = "Citation", field = FIELD)
	CompletableFuture<Retraction> citation(Citation citation, DataLoader<GlobalId, Retraction> retractions) {
		return retractions.load(new GlobalId(NodeType.CITATION, citation.key()));
	}

	record RetractInput(@Nullable String clientMutationId, String id, @Nullable String reason) {
	}

	record RetractPayload(@Nullable String clientMutationId, GlobalId nodeId) {
	}

}
