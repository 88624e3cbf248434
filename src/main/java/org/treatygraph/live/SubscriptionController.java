package org.treatygraph.live;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.country.ActorReferences;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeType;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/** {@code factChanged(involving:)}. */
@Controller
class SubscriptionController {

	private final ChangeFeed feed;

	private final ActorReferences references;

	SubscriptionController(ChangeFeed feed, ActorReferences references) {
		this.feed = feed;
		this.references = references;
	}

	@SubscriptionMapping
	Flux<FactChange> factChanged(@Argument String involving, @Argument @Nullable List<String> types) {
		String country = this.references.resolveOne(involving, "involving", Set.of(NodeType.COUNTRY)).key();
		return this.feed.changes()
			.filter(change -> change.countryKeys().contains(country))
			.filter(change -> types == null || types.contains(change.node().type().label()));
	}

	@SchemaMapping(typeName = "FactChange", field = "node")
	CompletableFuture<@Nullable Object> node(FactChange change, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, change.node());
	}

}
