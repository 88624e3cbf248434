package org.treatygraph.organization;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.history.MutationReceipts;
import org.treatygraph.history.RecordedMerges;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeReference;
import org.treatygraph.organization.OrganizationCuration.CreateOrganizationInput;
import org.treatygraph.organization.OrganizationCuration.RecordMembershipInput;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Curators add organisations and memberships. */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class OrganizationMutationController {

	private final OrganizationCuration curation;

	private final MutationReceipts receipts;

	OrganizationMutationController(OrganizationCuration curation, MutationReceipts receipts) {
		this.curation = curation;
		this.receipts = receipts;
	}

	@MutationMapping
	CreatedPayload createOrganization(@Argument CreateOrganizationInput input) {
		RecordedMerges.Created organization = this.receipts.onceCreated(input.clientMutationId(), "createOrganization",
				() -> this.curation.createOrganization(input));
		return new CreatedPayload(input.clientMutationId(), organization.node(), organization.created());
	}

	@MutationMapping
	CreatedPayload recordMembership(@Argument RecordMembershipInput input) {
		RecordedMerges.Created membership = this.receipts.onceCreated(input.clientMutationId(), "recordMembership",
				() -> this.curation.recordMembership(input));
		return new CreatedPayload(input.clientMutationId(), membership.node(), membership.created());
	}

	@SchemaMapping(typeName = "OrganizationPayload", field = "organization")
	CompletableFuture<@Nullable Object> organization(CreatedPayload payload, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(payload.nodeId()), selection);
	}

	@SchemaMapping(typeName = "MembershipPayload", field = "membership")
	CompletableFuture<@Nullable Object> membership(CreatedPayload payload, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(payload.nodeId()), selection);
	}

	/**
	 * What these mutations return; {@code created} is false when an identical
	 * organisation existed.
	 */
	record CreatedPayload(@Nullable String clientMutationId, GlobalId nodeId, boolean created) {
	}

}
