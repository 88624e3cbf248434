package org.treatygraph.organization;

import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.date.FuzzyDate;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Fact;
import org.treatygraph.system.Values;

/**
 * A country's or organisation's membership in an organisation, of one kind, with the
 * organisation as the same read found it, so that {@code organization { name aliases }}
 * needs no read of its own.
 */
public record Membership(String key, GlobalId member, MembershipKind kind, FuzzyDate start, FuzzyDate end,
		Organization organizationAsRead) implements Fact {

	/**
	 * Cypher map projection of a {@code Membership} node bound to {@code m}, read by
	 * {@link #from}.
	 */
	public static final String PROJECTION = """
			m {.id, .kind, .start, .startApproximate, .startNote, .end, .endApproximate, .endNote,
			   member: [(m)-[:MEMBER]->(x) | {label: labels(x)[0], key: x.id}][0],
			   organization: [(m)-[:OF_ORGANIZATION]->(o:Organization) | """ + Organization.PROJECTION + "][0]}";

	public static Membership from(MapAccessor map) {
		GlobalId member = GlobalId.reference(map, "member");
		if (member == null) {
			throw new IllegalStateException("Membership without member: " + map.get("id"));
		}
		if (map.get("organization").isNull()) {
			throw new IllegalStateException("Membership without organisation: " + map.get("id"));
		}
		String kind = Values.optionalString(map, "kind");
		return new Membership(Values.string(map, "id"), member,
				(kind != null) ? MembershipKind.valueOf(kind) : MembershipKind.DEFAULT, FuzzyDate.from(map, "start"),
				FuzzyDate.from(map, "end"), Organization.from(map.get("organization")));
	}

	/** The key of the organisation it is a membership of. */
	public String organizationKey() {
		return this.organizationAsRead.key();
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.MEMBERSHIP, this.key);
	}

}
