package org.treatygraph.system;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Existence checks for ids that curators send, inside the mutation's transaction. */
@Component
public class Nodes {

	private static final String EXISTS = "MATCH (n:%s {id: $key}) RETURN count(n) > 0";

	private final Neo4jClient neo4j;

	Nodes(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The key of the node a client's id names, checked to be of the expected type and to
	 * exist; a typed error naming the argument otherwise.
	 */
	public String existing(String id, NodeType type, String argument) {
		String key = GlobalId.require(id, type, argument);
		requireExists(new GlobalId(type, key), argument);
		return key;
	}

	/** An error naming the argument when no node of the id's type has its key. */
	public void requireExists(GlobalId id, String argument) {
		boolean exists = this.neo4j.query(EXISTS.formatted(id.type().label()))
			.bind(id.key())
			.to("key")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (!exists) {
			throw new NotFoundException(argument,
					"no %s has id '%s'".formatted(id.type().label(), GlobalId.encode(id.type(), id.key())));
		}
	}

}
