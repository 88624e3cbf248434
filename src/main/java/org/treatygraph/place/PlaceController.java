package org.treatygraph.place;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeType;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Where a place lies. */
@Controller
class PlaceController {

	@SchemaMapping
	CompletableFuture<@Nullable Object> locatedIn(Place place, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, GlobalId.ofNullable(NodeType.PLACE, place.locatedInKey()));
	}

	@SchemaMapping
	CompletableFuture<@Nullable Object> country(Place place, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, new GlobalId(NodeType.COUNTRY, place.countryKey()));
	}

}
