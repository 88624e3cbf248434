package org.treatygraph.identifier;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.history.ChangeLog;
import org.treatygraph.history.MutationReceipts;
import org.treatygraph.history.RecordedMerges;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeLookup;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.InputErrors;
import org.treatygraph.system.InvalidArgumentException;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * {@code identifiers} of every identified node, {@code nodeByIdentifier} and
 * {@code addIdentifier}.
 */
@Controller
class IdentifierController {

	private static final Set<NodeType> IDENTIFIED = EnumSet.of(NodeType.COUNTRY, NodeType.PERSON, NodeType.ORGANIZATION,
			NodeType.PLACE, NodeType.AGREEMENT, NodeType.EVENT);

	private final IdentifierRepository identifiers;

	private final NodeLookup nodes;

	private final ChangeLog changes;

	private final MutationReceipts receipts;

	IdentifierController(IdentifierRepository identifiers, NodeLookup nodes, ChangeLog changes,
			MutationReceipts receipts, BatchLoaderRegistry registry) {
		this.identifiers = identifiers;
		this.nodes = nodes;
		this.changes = changes;
		this.receipts = receipts;
		registry.<GlobalId, List<Identifier>>forName("identifiers")
			.registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> this.identifiers.of(ids)));
	}

	/** Every identified type, through the schema's interface. */
	@SchemaMapping(typeName = "Identified", field = "identifiers")
	CompletableFuture<List<Identifier>> identifiersOf(Identified node,
			DataLoader<GlobalId, List<Identifier>> identifiers) {
		return identifiers.load(node.globalId());
	}

	@QueryMapping
	CompletableFuture<@Nullable Object> nodeByIdentifier(@Argument IdentifierScheme scheme, @Argument String value,
			@Argument @Nullable String asOf, DataFetchingEnvironment environment, DataLoader<GlobalId, Object> nodes) {
		AsOf.use(asOf, environment);
		String normalized = scheme.normalize(value, "value");
		return this.identifiers.holder(scheme, normalized)
			.map((holder) -> NodeLoader.load(nodes, holder.node()))
			.orElseGet(() -> CompletableFuture.completedFuture(null));
	}

	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	AddIdentifierPayload addIdentifier(@Argument AddIdentifierInput input) {
		RecordedMerges.Created added = this.receipts.onceCreated(input.clientMutationId(), "addIdentifier",
				() -> add(input));
		return new AddIdentifierPayload(input.clientMutationId(), added.node(),
				Identifier.of(input.scheme(), input.scheme().normalize(input.value(), "input.value")), added.created());
	}

	@SchemaMapping(typeName = "AddIdentifierPayload", field = "node")
	CompletableFuture<@Nullable Object> identifiedNode(AddIdentifierPayload payload,
			DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, payload.nodeId());
	}

	private RecordedMerges.Created add(AddIdentifierInput input) {
		InputErrors errors = new InputErrors();
		GlobalId checkedNode = errors.check(() -> {
			GlobalId id = GlobalId.decode(input.nodeId())
				.orElseThrow(() -> new InvalidArgumentException("input.nodeId",
						"'%s' is not a Treatygraph id".formatted(input.nodeId())));
			if (!IDENTIFIED.contains(id.type())) {
				throw new InvalidArgumentException("input.nodeId",
						"is the id of a %s; countries, people, organisations, places, agreements and events carry identifiers"
							.formatted(id.type().label()));
			}
			this.nodes.requireExists(id, "input.nodeId");
			return id;
		});
		String checkedValue = errors.check(() -> {
			if (input.scheme() == IdentifierScheme.ISO_3166) {
				throw new InvalidArgumentException("input.scheme",
						"countries carry their ISO 3166 codes already; find one with nodeByIdentifier");
			}
			return input.scheme().normalize(input.value(), "input.value");
		});
		errors.throwIfAny();
		GlobalId node = Objects.requireNonNull(checkedNode);
		String value = Objects.requireNonNull(checkedValue);
		var holder = this.identifiers.holder(input.scheme(), value);
		if (holder.isPresent() && !holder.get().node().equals(node)) {
			throw new InvalidArgumentException("input.value",
					"%s %s already identifies %s '%s'; one value names one node".formatted(input.scheme(), value,
							holder.get().node().type().label(), holder.get().name()));
		}
		if (holder.isEmpty()) {
			var before = this.changes.snapshot(node);
			this.identifiers.add(node, input.scheme(), value);
			this.changes.record(node, "addIdentifier", before, input.clientMutationId());
		}
		return new RecordedMerges.Created(node, holder.isEmpty());
	}

	record AddIdentifierInput(@Nullable String clientMutationId, String nodeId, IdentifierScheme scheme, String value) {
	}

	record AddIdentifierPayload(@Nullable String clientMutationId, GlobalId nodeId, Identifier identifier,
			boolean created) {
	}

}
