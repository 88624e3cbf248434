package org.treatygraph.source;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeReference;
import org.treatygraph.system.Batches;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The {@code disputed} and {@code claims} fields of every fact, and each claim's
 * passages. All facts met at one level of a response get their claims in one statement.
 */
@Controller
class ClaimController {

	private static final String CLAIMS = "claims";

	private final SourceRepository sources;

	ClaimController(SourceRepository sources, BatchLoaderRegistry registry) {
		this.sources = sources;
		registry.<GlobalId, List<Claim>>forName(CLAIMS)
			.registerMappedBatchLoader((facts, environment) -> Mono.fromCallable(() -> claimsOf(facts)));
	}

	/**
	 * The preferred claims when a curator preferred one; otherwise all, so an analyst
	 * sees that sources disagree and on what.
	 */
	@SchemaMapping(typeName = "Fact", field = CLAIMS)
	CompletableFuture<List<Claim>> claimsOfFact(Fact fact, DataLoader<GlobalId, List<Claim>> claims) {
		return claims.load(fact.globalId()).thenApply(all -> {
			List<Claim> preferred = all.stream().filter(Claim::preferred).toList();
			return preferred.isEmpty() ? all : preferred;
		});
	}

	/** Sources disagree once a fact has claims: there are none while they agree. */
	@SchemaMapping(typeName = "Fact", field = "disputed")
	CompletableFuture<Boolean> disputed(Fact fact, DataLoader<GlobalId, List<Claim>> claims) {
		return claims.load(fact.globalId()).thenApply(all -> !all.isEmpty());
	}

	@BatchMapping(typeName = "Claim", field = "citations")
	Map<Claim, List<Citation>> citationsOfClaim(List<Claim> claims) {
		return Batches.byParent(claims, Claim::key, this.sources::citationsOfClaims);
	}

	@SchemaMapping(typeName = "Claim", field = "fact")
	CompletableFuture<@Nullable Object> factOfClaim(Claim claim, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		// read with the claim: fact { __typename id } needs no read of its own
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(claim.fact()), selection);
	}

	private Map<GlobalId, List<Claim>> claimsOf(Set<GlobalId> facts) {
		Map<GlobalId, List<Claim>> byFact = this.sources.claimsOf(facts);
		facts.forEach(fact -> byFact.putIfAbsent(fact, List.of()));
		return byFact;
	}

}
