package org.treatygraph.person;

import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.date.FuzzyDate;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Fact;
import org.treatygraph.system.Values;

/** A person holding a post within an organisation or a country. */
public record Tenure(String key, String post, String holderKey, GlobalId within, FuzzyDate start,
		FuzzyDate end) implements Fact {

	/**
	 * Cypher map projection of a {@code Tenure} node bound to {@code t}, read by
	 * {@link #from}.
	 */
	public static final String PROJECTION = """
			t {.id, .post, .start, .startApproximate, .startNote, .end, .endApproximate, .endNote,
			   holder: [(t)-[:HOLDER]->(p:Person) | p.id][0],
			   within: [(t)-[:WITHIN]->(x) | {label: labels(x)[0], key: x.id}][0]}""";

	public static Tenure from(MapAccessor map) {
		GlobalId within = GlobalId.reference(map, "within");
		if (within == null) {
			throw new IllegalStateException("Tenure without organisation or country: " + map.get("id"));
		}
		return new Tenure(Values.string(map, "id"), Values.string(map, "post"), Values.string(map, "holder"), within,
				FuzzyDate.from(map, "start"), FuzzyDate.from(map, "end"));
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.TENURE, this.key);
	}

}
