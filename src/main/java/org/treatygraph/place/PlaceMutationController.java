package org.treatygraph.place;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.history.MutationReceipts;
import org.treatygraph.history.RecordedMerges;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeReference;
import org.treatygraph.place.PlaceCuration.CreatePlaceInput;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Curators add cities and venues. */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class PlaceMutationController {

	private final PlaceCuration curation;

	private final MutationReceipts receipts;

	PlaceMutationController(PlaceCuration curation, MutationReceipts receipts) {
		this.curation = curation;
		this.receipts = receipts;
	}

	@MutationMapping
	PlacePayload createPlace(@Argument CreatePlaceInput input) {
		RecordedMerges.Created place = this.receipts.onceCreated(input.clientMutationId(), "createPlace",
				() -> this.curation.createPlace(input));
		return new PlacePayload(input.clientMutationId(), place.node(), place.created());
	}

	@SchemaMapping(typeName = "PlacePayload", field = "place")
	CompletableFuture<@Nullable Object> place(PlacePayload payload, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(payload.placeId()), selection);
	}

	/**
	 * The place created or found; {@code created} is false when an identical place
	 * existed.
	 */
	record PlacePayload(@Nullable String clientMutationId, GlobalId placeId, boolean created) {
	}

}
