package org.treatygraph.organization;

import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.date.FuzzyDate;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Fact;
import org.treatygraph.system.Values;

/** A country's or organisation's membership in an organisation, of one kind. */
public record Membership(String key, GlobalId member, String organizationKey, MembershipKind kind, FuzzyDate start,
		FuzzyDate end) implements Fact {

	/**
	 * Cypher map projection of a {@code Membership} node bound to {@code m}, read by
	 * {@link #from}.
	 */
	public static final String PROJECTION = """
			m {.id, .kind, .start, .startApproximate, .startNote, .end, .endApproximate, .endNote,
			   member: [(m)-[:MEMBER]->(x) | {label: labels(x)[0], key: x.id}][0],
			   organization: [(m)-[:OF_ORGANIZATION]->(o:Organization) | o.id][0]}""";

	public static Membership from(MapAccessor map) {
		GlobalId member = GlobalId.reference(map, "member");
		if (member == null) {
			throw new IllegalStateException("Membership without member: " + map.get("id"));
		}
		String kind = Values.optionalString(map, "kind");
		return new Membership(Values.string(map, "id"), member, Values.string(map, "organization"),
				(kind != null) ? MembershipKind.valueOf(kind) : MembershipKind.DEFAULT, FuzzyDate.from(map, "start"),
				FuzzyDate.from(map, "end"));
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.MEMBERSHIP, this.key);
	}

}
