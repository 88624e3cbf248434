package org.treatygraph.place;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Where a place lies. */
@Controller
class PlaceController {

	@SchemaMapping
	CompletableFuture<@Nullable Object> locatedIn(Place place, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, place.locatedIn(), selection);
	}

	@SchemaMapping
	CompletableFuture<@Nullable Object> country(Place place, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, place.country(), selection);
	}

}
