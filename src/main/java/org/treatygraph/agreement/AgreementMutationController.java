package org.treatygraph.agreement;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.agreement.AgreementInputs.AddPartyInput;
import org.treatygraph.agreement.AgreementInputs.CreateAgreementInput;
import org.treatygraph.agreement.AgreementInputs.RecordAgreementActionInput;
import org.treatygraph.agreement.AgreementInputs.RecordSignatureInput;
import org.treatygraph.agreement.AgreementInputs.UpdateAgreementInput;
import org.treatygraph.history.MutationReceipts;
import org.treatygraph.history.RecordedMerges;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeReference;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Curators create and correct agreements and record their parties, signatures and steps.
 */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class AgreementMutationController {

	private final AgreementCuration curation;

	private final MutationReceipts receipts;

	AgreementMutationController(AgreementCuration curation, MutationReceipts receipts) {
		this.curation = curation;
		this.receipts = receipts;
	}

	@MutationMapping
	AgreementPayload createAgreement(@Argument CreateAgreementInput input) {
		RecordedMerges.Created agreement = this.receipts.onceCreated(input.clientMutationId(), "createAgreement",
				() -> this.curation.create(input));
		return new AgreementPayload(input.clientMutationId(), agreement.node(), agreement.created());
	}

	@MutationMapping
	AgreementPayload updateAgreement(@Argument UpdateAgreementInput input) {
		return new AgreementPayload(input.clientMutationId(),
				this.receipts.once(input.clientMutationId(), "updateAgreement", () -> this.curation.update(input)),
				false);
	}

	@MutationMapping
	FactPayload addParty(@Argument AddPartyInput input) {
		return FactPayload.ofNew(input.clientMutationId(),
				this.receipts.once(input.clientMutationId(), "addParty", () -> this.curation.addParty(input)));
	}

	@MutationMapping
	FactPayload recordSignature(@Argument RecordSignatureInput input) {
		return FactPayload.of(input.clientMutationId(), this.receipts.onceCreated(input.clientMutationId(),
				"recordSignature", () -> this.curation.recordSignature(input)));
	}

	@MutationMapping
	FactPayload recordAgreementAction(@Argument RecordAgreementActionInput input) {
		return FactPayload.of(input.clientMutationId(), this.receipts.onceCreated(input.clientMutationId(),
				"recordAgreementAction", () -> this.curation.recordAction(input)));
	}

	@MutationMapping
	FactPayload linkAgreements(@Argument AgreementInputs.LinkAgreementsInput input) {
		return FactPayload.ofNew(input.clientMutationId(),
				this.receipts.once(input.clientMutationId(), "linkAgreements", () -> this.curation.link(input)));
	}

	@SchemaMapping(typeName = "AgreementLinkPayload", field = "link")
	CompletableFuture<@Nullable Object> link(FactPayload payload, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(payload.factId()), selection);
	}

	@SchemaMapping(typeName = "AgreementPayload", field = "agreement")
	CompletableFuture<@Nullable Object> agreement(AgreementPayload payload, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(payload.agreementId()), selection);
	}

	@SchemaMapping(typeName = "PartyPayload", field = "party")
	CompletableFuture<@Nullable Object> party(FactPayload payload, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(payload.factId()), selection);
	}

	@SchemaMapping(typeName = "SignaturePayload", field = "signature")
	CompletableFuture<@Nullable Object> signature(FactPayload payload, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(payload.factId()), selection);
	}

	@SchemaMapping(typeName = "AgreementActionPayload", field = "action")
	CompletableFuture<@Nullable Object> action(FactPayload payload, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(payload.factId()), selection);
	}

	/**
	 * What an agreement mutation returns; {@code created} is false when an identical
	 * agreement was found.
	 */
	record AgreementPayload(@Nullable String clientMutationId, GlobalId agreementId, boolean created) {
	}

	/**
	 * What a mutation recording one fact returns; {@code created} is false when the fact
	 * stood already and this call only cited it again.
	 */
	record FactPayload(@Nullable String clientMutationId, GlobalId factId, boolean created) {

		static FactPayload ofNew(@Nullable String clientMutationId, GlobalId factId) {
			return new FactPayload(clientMutationId, factId, true);
		}

		static FactPayload of(@Nullable String clientMutationId, RecordedMerges.Created fact) {
			return new FactPayload(clientMutationId, fact.node(), fact.created());
		}

	}

}
