package org.treatygraph.place;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.system.GlobalId;
import org.treatygraph.system.NodeLoader;
import org.treatygraph.system.NodeType;

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
