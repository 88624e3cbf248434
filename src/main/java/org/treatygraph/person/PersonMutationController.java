package org.treatygraph.person;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.history.MutationReceipts;
import org.treatygraph.history.RecordedMerges;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeReference;
import org.treatygraph.person.PersonCuration.CreatePersonInput;
import org.treatygraph.person.PersonCuration.RecordTenureInput;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Curators add people and the posts they hold. */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class PersonMutationController {

	private final PersonCuration curation;

	private final MutationReceipts receipts;

	PersonMutationController(PersonCuration curation, MutationReceipts receipts) {
		this.curation = curation;
		this.receipts = receipts;
	}

	@MutationMapping
	CreatedPayload createPerson(@Argument CreatePersonInput input) {
		RecordedMerges.Created person = this.receipts.onceCreated(input.clientMutationId(), "createPerson",
				() -> this.curation.createPerson(input));
		return new CreatedPayload(input.clientMutationId(), person.node(), person.created());
	}

	@MutationMapping
	CreatedPayload recordTenure(@Argument RecordTenureInput input) {
		return new CreatedPayload(input.clientMutationId(),
				this.receipts.once(input.clientMutationId(), "recordTenure", () -> this.curation.recordTenure(input)),
				true);
	}

	@SchemaMapping(typeName = "PersonPayload", field = "person")
	CompletableFuture<@Nullable Object> person(CreatedPayload payload, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(payload.nodeId()), selection);
	}

	@SchemaMapping(typeName = "TenurePayload", field = "tenure")
	CompletableFuture<@Nullable Object> tenure(CreatedPayload payload, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(payload.nodeId()), selection);
	}

	/**
	 * What these mutations return; {@code created} is false when an identical node
	 * existed.
	 */
	record CreatedPayload(@Nullable String clientMutationId, GlobalId nodeId, boolean created) {
	}

}
