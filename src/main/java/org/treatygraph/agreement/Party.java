package org.treatygraph.agreement;

import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Fact;
import org.treatygraph.system.Values;

/** A country or organisation being party to an agreement. */
public record Party(String key, String role, GlobalId actor, String agreementKey) implements Fact {

	/**
	 * Cypher map projection of a {@code Party} node bound to {@code p}, read by
	 * {@link #from}.
	 */
	static final String PROJECTION = """
			p {.id, .role,
			   actor: [(p)-[:ACTOR]->(x) | {label: labels(x)[0], key: x.id}][0],
			   agreement: [(p)-[:OF_AGREEMENT]->(a:Agreement) | a.id][0]}""";

	static Party from(MapAccessor map) {
		GlobalId actor = GlobalId.reference(map, "actor");
		if (actor == null) {
			throw new IllegalStateException("Party without actor: " + map.get("id"));
		}
		return new Party(Values.string(map, "id"), Values.string(map, "role"), actor, Values.string(map, "agreement"));
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.PARTY, this.key);
	}

}
