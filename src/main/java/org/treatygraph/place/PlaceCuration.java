package org.treatygraph.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.treatygraph.country.ActorReferences;
import org.treatygraph.history.RecordedMerges.Created;
import org.treatygraph.history.RecordedMerges;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLookup;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.InputErrors;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.Text;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The writes behind {@code createPlace}. */
@Component
class PlaceCuration {

	static final int MAX_NAME = 200;

	private static final String CREATE = """
			MERGE (pl:Place {naturalKey: $naturalKey})
			ON CREATE SET pl.id = $id, pl.name = $name, pl.kind = $kind, pl.aliases = $aliases, pl.version = 1,
			              pl.createdAt = datetime.transaction()
			WITH pl, pl.id = $id AS created
			OPTIONAL MATCH (within {id: $withinKey}) WHERE within:Place OR within:Country
			FOREACH (x IN CASE WHEN created AND within IS NOT NULL THEN [within] ELSE [] END | CREATE (pl)-[:LOCATED_IN]->(x))
			RETURN pl.id AS key, created, CASE WHEN created THEN properties(pl) END AS properties
			""";

	private final RecordedMerges merges;

	private final ActorReferences actors;

	private final NodeLookup nodes;

	PlaceCuration(RecordedMerges merges, ActorReferences actors, NodeLookup nodes) {
		this.merges = merges;
		this.actors = actors;
		this.nodes = nodes;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Created createPlace(CreatePlaceInput input) {
		InputErrors errors = new InputErrors();
		String checkedName = errors.check(() -> Text.required(input.name(), "input.name", MAX_NAME));
		List<String> aliases = errors.check(() -> Text.aliases(input.aliases(), "input.aliases", MAX_NAME));
		GlobalId checkedWithin = errors.check(() -> {
			if ((input.country() == null) == (input.locatedInId() == null)) {
				throw new InvalidArgumentException("input",
						"give either country (for a city or region) or locatedInId (for a venue in a city), not both or neither");
			}
			if (input.country() != null) {
				return this.actors.resolveOne(input.country(), "input.country", Set.of(NodeType.COUNTRY));
			}
			return new GlobalId(NodeType.PLACE,
					this.nodes.existing(input.locatedInId(), NodeType.PLACE, "input.locatedInId"));
		});
		errors.throwIfAny();
		String name = Objects.requireNonNull(checkedName);
		GlobalId within = Objects.requireNonNull(checkedWithin);
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("naturalKey", Text.fold(name) + "|" + input.kind() + "|" + within.key());
		parameters.put("id", "place-" + UUID.randomUUID());
		parameters.put("name", name);
		parameters.put("kind", input.kind());
		parameters.put("aliases", aliases);
		parameters.put("withinKey", within.key());
		Created created = this.merges.merge(NodeType.PLACE, CREATE, parameters, "createPlace",
				input.clientMutationId());
		return created;
	}

	record CreatePlaceInput(@Nullable String clientMutationId, @Nullable String name, String kind,
			@Nullable List<String> aliases, @Nullable String country, @Nullable String locatedInId) {
	}

}
