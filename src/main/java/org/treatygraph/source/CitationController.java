package org.treatygraph.source;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import org.treatygraph.system.AsOf;
import org.treatygraph.agreement.Agreement;
import org.treatygraph.agreement.AgreementAction;
import org.treatygraph.agreement.AgreementLink;
import org.treatygraph.agreement.Party;
import org.treatygraph.agreement.Signature;
import org.treatygraph.event.Attendance;
import org.treatygraph.event.Event;
import org.treatygraph.organization.Membership;
import org.treatygraph.person.Tenure;
import org.treatygraph.system.Batches;
import org.treatygraph.system.GlobalId;
import org.treatygraph.system.NodeLoader;
import org.treatygraph.system.NodeType;
import org.treatygraph.system.Paging;
import org.treatygraph.system.Paging.Connection;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Sources and citations, and the {@code citations} field of every fact type. All facts
 * met at one level of a response get their citations together, one query per fact type.
 */
@Controller
class CitationController {

	private static final String CITATIONS = "citations";

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
		Map<Source, List<Citation>> bySource = Batches.bySource(sources, Source::key, this.sources::citationsFrom);
		bySource.replaceAll((source, citations) -> citations.stream()
			.sorted(Comparator.comparingInt((Citation citation) -> source.positionOf(citation.quote())))
			.toList());
		return bySource;
	}

	@SchemaMapping(typeName = "Citation", field = "source")
	CompletableFuture<@Nullable Object> sourceOfCitation(Citation citation, DataLoader<GlobalId, Object> nodes) {
		if (citation.source() != null) {
			return CompletableFuture.completedFuture(citation.source());
		}
		return NodeLoader.load(nodes, new GlobalId(NodeType.SOURCE, citation.sourceKey()));
	}

	@SchemaMapping(typeName = "Citation", field = "fact")
	CompletableFuture<@Nullable Object> factOfCitation(Citation citation, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, citation.fact());
	}

	@SchemaMapping(typeName = "Agreement", field = CITATIONS)
	CompletableFuture<List<Citation>> agreement(Agreement fact, DataLoader<GlobalId, List<Citation>> citations) {
		return citations.load(new GlobalId(NodeType.AGREEMENT, fact.key()));
	}

	@SchemaMapping(typeName = "Party", field = CITATIONS)
	CompletableFuture<List<Citation>> party(Party fact, DataLoader<GlobalId, List<Citation>> citations) {
		return citations.load(new GlobalId(NodeType.PARTY, fact.key()));
	}

	@SchemaMapping(typeName = "AgreementLink", field = CITATIONS)
	CompletableFuture<List<Citation>> link(AgreementLink fact, DataLoader<GlobalId, List<Citation>> citations) {
		return citations.load(new GlobalId(NodeType.AGREEMENT_LINK, fact.key()));
	}

	@SchemaMapping(typeName = "Signature", field = CITATIONS)
	CompletableFuture<List<Citation>> signature(Signature fact, DataLoader<GlobalId, List<Citation>> citations) {
		return citations.load(new GlobalId(NodeType.SIGNATURE, fact.key()));
	}

	@SchemaMapping(typeName = "AgreementAction", field = CITATIONS)
	CompletableFuture<List<Citation>> action(AgreementAction fact, DataLoader<GlobalId, List<Citation>> citations) {
		return citations.load(new GlobalId(NodeType.AGREEMENT_ACTION, fact.key()));
	}

	@SchemaMapping(typeName = "Event", field = CITATIONS)
	CompletableFuture<List<Citation>> event(Event fact, DataLoader<GlobalId, List<Citation>> citations) {
		return citations.load(new GlobalId(NodeType.EVENT, fact.key()));
	}

	@SchemaMapping(typeName = "Attendance", field = CITATIONS)
	CompletableFuture<List<Citation>> attendance(Attendance fact, DataLoader<GlobalId, List<Citation>> citations) {
		return citations.load(new GlobalId(NodeType.ATTENDANCE, fact.key()));
	}

	@SchemaMapping(typeName = "Membership", field = CITATIONS)
	CompletableFuture<List<Citation>> membership(Membership fact, DataLoader<GlobalId, List<Citation>> citations) {
		return citations.load(new GlobalId(NodeType.MEMBERSHIP, fact.key()));
	}

	@SchemaMapping(typeName = "Tenure", field = CITATIONS)
	CompletableFuture<List<Citation>> tenure(Tenure fact, DataLoader<GlobalId, List<Citation>> citations) {
		return citations.load(new GlobalId(NodeType.TENURE, fact.key()));
	}

	private Map<GlobalId, List<Citation>> citationsOf(Set<GlobalId> facts) {
		Map<GlobalId, List<Citation>> byFact = this.sources.citationsOf(facts);
		facts.forEach(fact -> byFact.putIfAbsent(fact, List.of()));
		return byFact;
	}

}
