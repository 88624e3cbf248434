package org.treatygraph.source;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.date.FuzzyDate;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.Values;

/**
 * One value that sources give for a disputed fact, such as one of two dates reported for
 * a signing, with a curator's rank.
 *
 * @param field the fact's value it gives: {@code date} or {@code start}
 */
public record Claim(String key, GlobalId fact, String field, FuzzyDate date, String rank, @Nullable String rankReason) {

	/**
	 * Cypher map projection of a {@code Claim} node bound to {@code c}, read by
	 * {@link #from}.
	 */
	static final String PROJECTION = """
			c {.id, .field, .value, .valueApproximate, .valueNote, .rank, .rankReason,
			   fact: [(c)-[:CLAIM_OF]->(f) | {label: [l IN labels(f) WHERE l <> 'Retracted'][0], key: f.id}][0]}""";

	static Claim from(MapAccessor map) {
		GlobalId fact = GlobalId.reference(map, "fact");
		if (fact == null) {
			throw new IllegalStateException("Claim without fact: " + map.get("id"));
		}
		return new Claim(Values.string(map, "id"), fact, Values.string(map, "field"), FuzzyDate.from(map, "value"),
				Values.string(map, "rank"), Values.optionalString(map, "rankReason"));
	}

	public String id() {
		return GlobalId.encode(NodeType.CLAIM, this.key);
	}

	boolean preferred() {
		return this.rank.equals("PREFERRED");
	}

}
