package org.treatygraph.source;

import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.system.GlobalId;
import org.treatygraph.system.NodeType;
import org.treatygraph.system.Values;

/** A passage of a source that states a fact. */
public record Citation(String key, String quote, String sourceKey, GlobalId fact) {

	/**
	 * Cypher map projection of a {@code Citation} node bound to {@code c}, read by
	 * {@link #from}.
	 */
	static final String PROJECTION = """
			c {.id, .quote,
			   source: [(c)-[:FROM_SOURCE]->(s:Source) | s.id][0],
			   fact: [(c)-[:SUPPORTS]->(f) | {label: [l IN labels(f) WHERE l <> 'Retracted'][0], key: f.id}][0]}""";

	static Citation from(MapAccessor map) {
		GlobalId fact = Values.reference(map, "fact");
		if (fact == null) {
			throw new IllegalStateException("Citation without fact: " + map.get("id"));
		}
		return new Citation(Values.string(map, "id"), Values.string(map, "quote"), Values.string(map, "source"), fact);
	}

	public String id() {
		return GlobalId.encode(NodeType.CITATION, this.key);
	}

}
