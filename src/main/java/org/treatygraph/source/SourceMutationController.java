package org.treatygraph.source;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.history.MutationReceipts;
import org.treatygraph.history.RecordedMerges;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeReference;
import org.treatygraph.node.NodeLookup;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.InvalidArgumentException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Curators register sources and cite existing facts. */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class SourceMutationController {

	private final SourceRegistry sources;

	private final Citations citations;

	private final MutationReceipts receipts;

	private final NodeLookup nodes;

	private final Claims claims;

	SourceMutationController(SourceRegistry sources, Citations citations, Claims claims, MutationReceipts receipts,
			NodeLookup nodes) {
		this.sources = sources;
		this.citations = citations;
		this.claims = claims;
		this.receipts = receipts;
		this.nodes = nodes;
	}

	@MutationMapping
	AddSourcePayload addSource(@Argument AddSourceInput input) {
		RecordedMerges.Created source = this.receipts.onceCreated(input.clientMutationId(), "addSource", () -> {
			SourceRegistry.Registered registered = this.sources.register(input.source(), "input.source",
					input.clientMutationId());
			return new RecordedMerges.Created(new GlobalId(NodeType.SOURCE, registered.key()), registered.created());
		});
		return new AddSourcePayload(input.clientMutationId(), source.node(), source.created());
	}

	@MutationMapping
	AddCitationsPayload addCitations(@Argument AddCitationsInput input) {
		GlobalId fact = GlobalId.decode(input.factId())
			.orElseThrow(() -> new InvalidArgumentException("input.factId",
					"'%s' is not a Treatygraph id".formatted(input.factId())));
		if (!Citations.FACTS.contains(fact.type())) {
			throw new InvalidArgumentException("input.factId",
					"'%s' is the id of %s, which is not a fact".formatted(input.factId(), fact.type().withArticle()));
		}
		GlobalId result = this.receipts.once(input.clientMutationId(), "addCitations", () -> {
			this.nodes.requireExists(fact, "input.factId");
			this.citations.cite(fact, input.citations(), "input.citations", input.clientMutationId());
			return fact;
		});
		return new AddCitationsPayload(input.clientMutationId(), result);
	}

	@MutationMapping
	RankClaimPayload rankClaim(@Argument RankClaimInput input) {
		return new RankClaimPayload(input.clientMutationId(), this.receipts.once(input.clientMutationId(), "rankClaim",
				() -> this.claims.rank(input.claimId(), input.rank(), input.reason(), input.clientMutationId())));
	}

	@SchemaMapping(typeName = "RankClaimPayload", field = "claim")
	CompletableFuture<@Nullable Object> claim(RankClaimPayload payload, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, payload.claimId());
	}

	@SchemaMapping(typeName = "AddSourcePayload", field = "source")
	CompletableFuture<@Nullable Object> source(AddSourcePayload payload, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(payload.sourceId()), selection);
	}

	@SchemaMapping(typeName = "AddCitationsPayload", field = "fact")
	CompletableFuture<@Nullable Object> fact(AddCitationsPayload payload, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, payload.factId());
	}

	record AddSourceInput(@Nullable String clientMutationId, SourceInput source) {
	}

	record AddSourcePayload(@Nullable String clientMutationId, GlobalId sourceId, boolean created) {
	}

	record AddCitationsInput(@Nullable String clientMutationId, String factId,
			@Nullable List<CitationInput> citations) {
	}

	record AddCitationsPayload(@Nullable String clientMutationId, GlobalId factId) {
	}

	record RankClaimInput(@Nullable String clientMutationId, String claimId, String rank, @Nullable String reason) {
	}

	record RankClaimPayload(@Nullable String clientMutationId, GlobalId claimId) {
	}

}
