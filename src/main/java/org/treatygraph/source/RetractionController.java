package org.treatygraph.source;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import org.treatygraph.agreement.Agreement;
import org.treatygraph.agreement.AgreementAction;
import org.treatygraph.agreement.AgreementLink;
import org.treatygraph.agreement.Party;
import org.treatygraph.agreement.Signature;
import org.treatygraph.event.Attendance;
import org.treatygraph.event.Event;
import org.treatygraph.history.MutationReceipts;
import org.treatygraph.organization.Membership;
import org.treatygraph.person.Tenure;
import org.treatygraph.source.Retractions.Retraction;
import org.treatygraph.system.GlobalId;
import org.treatygraph.system.NodeLoader;
import org.treatygraph.system.NodeType;

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

	@SchemaMapping(typeName = "Agreement", field = FIELD)
	CompletableFuture<Retraction> agreement(Agreement fact, DataLoader<GlobalId, Retraction> retractions) {
		return retractions.load(new GlobalId(NodeType.AGREEMENT, fact.key()));
	}

	@SchemaMapping(typeName = "Party", field = FIELD)
	CompletableFuture<Retraction> party(Party fact, DataLoader<GlobalId, Retraction> retractions) {
		return retractions.load(new GlobalId(NodeType.PARTY, fact.key()));
	}

	@SchemaMapping(typeName = "AgreementLink", field = FIELD)
	CompletableFuture<Retraction> link(AgreementLink fact, DataLoader<GlobalId, Retraction> retractions) {
		return retractions.load(new GlobalId(NodeType.AGREEMENT_LINK, fact.key()));
	}

	@SchemaMapping(typeName = "Signature", field = FIELD)
	CompletableFuture<Retraction> signature(Signature fact, DataLoader<GlobalId, Retraction> retractions) {
		return retractions.load(new GlobalId(NodeType.SIGNATURE, fact.key()));
	}

	@SchemaMapping(typeName = "AgreementAction", field = FIELD)
	CompletableFuture<Retraction> action(AgreementAction fact, DataLoader<GlobalId, Retraction> retractions) {
		return retractions.load(new GlobalId(NodeType.AGREEMENT_ACTION, fact.key()));
	}

	@SchemaMapping(typeName = "Event", field = FIELD)
	CompletableFuture<Retraction> event(Event fact, DataLoader<GlobalId, Retraction> retractions) {
		return retractions.load(new GlobalId(NodeType.EVENT, fact.key()));
	}

	@SchemaMapping(typeName = "Attendance", field = FIELD)
	CompletableFuture<Retraction> attendance(Attendance fact, DataLoader<GlobalId, Retraction> retractions) {
		return retractions.load(new GlobalId(NodeType.ATTENDANCE, fact.key()));
	}

	@SchemaMapping(typeName = "Membership", field = FIELD)
	CompletableFuture<Retraction> membership(Membership fact, DataLoader<GlobalId, Retraction> retractions) {
		return retractions.load(new GlobalId(NodeType.MEMBERSHIP, fact.key()));
	}

	@SchemaMapping(typeName = "Tenure", field = FIELD)
	CompletableFuture<Retraction> tenure(Tenure fact, DataLoader<GlobalId, Retraction> retractions) {
		return retractions.load(new GlobalId(NodeType.TENURE, fact.key()));
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
