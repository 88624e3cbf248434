package org.treatygraph.organization;

import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.system.FuzzyDate;
import org.treatygraph.system.GlobalId;
import org.treatygraph.system.NodeType;
import org.treatygraph.system.Values;

/** A country's or organisation's membership in an organisation. */
public record Membership(String key, GlobalId member, String organizationKey, FuzzyDate start, FuzzyDate end) {

	/**
	 * Cypher map projection of a {@code Membership} node bound to {@code m}, read by
	 * {@link #from}.
	 */
	public static final String PROJECTION = """
			m {.id, .start, .startApproximate, .startNote, .end, .endApproximate, .endNote,
			   member: [(m)-[:MEMBER]->(x) | {label: labels(x)[0], key: x.id}][0],
			   organization: [(m)-[:OF_ORGANIZATION]->(o:Organization) | o.id][0]}""";

	public static Membership from(MapAccessor map) {
		GlobalId member = Values.reference(map, "member");
		if (member == null) {
			throw new IllegalStateException("Membership without member: " + map.get("id"));
		}
		return new Membership(Values.string(map, "id"), member, Values.string(map, "organization"),
				Values.fuzzyDate(map, "start"), Values.fuzzyDate(map, "end"));
	}

	public String id() {
		return GlobalId.encode(NodeType.MEMBERSHIP, this.key);
	}

}
