package org.treatygraph.place;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import org.treatygraph.node.NodeFetcher;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.Batches;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The place feature's Cypher. */
@Repository
@Transactional(readOnly = true)
class PlaceRepository implements NodeFetcher {

	private static final String BY_KEYS = """
			MATCH (pl:Place) WHERE pl.id IN $keys AND coalesce(pl.createdAt <= $asOf, true)
			RETURN
			""" + Place.PROJECTION + """
			 AS node
			""";

	private final Neo4jClient neo4j;

	PlaceRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public Map<NodeType, Function<Collection<String>, Map<String, ?>>> fetchers() {
		return Map.of(NodeType.PLACE, keys -> Batches.byKeys(this.neo4j, BY_KEYS, keys, Place::from, Place::key));
	}

}
