package org.treatygraph.organization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.system.AsOf;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Memberships shared by several members, and members counted per organisation. */
@Repository
@Transactional(readOnly = true)
class MembershipStatistics {

	/**
	 * Starts from the first member's organisations and keeps those every other member
	 * belongs to, so the cost follows the first member's memberships.
	 */
	private static final String SHARED = """
			MATCH (:FIRST_LABEL {id: $firstKey})<-[:MEMBER]-(first:Membership)-[:OF_ORGANIZATION]->(o:Organization)
			WHERE VISIBLE(first)
			WITH DISTINCT o
			WHERE all(ref IN $others WHERE EXISTS {
			  MATCH (o)<-[:OF_ORGANIZATION]-(m:Membership)-[:MEMBER]->(y)
			  WHERE y.id = ref.key AND ref.label IN labels(y) AND VISIBLE(m)
			})
			RETURN o.id AS key,
			       [(o)<-[:OF_ORGANIZATION]-(m:Membership)-[:MEMBER]->(y) WHERE y.id IN $keys AND VISIBLE(m) | m] AS memberships
			ORDER BY o.name
			"""
		.replace("VISIBLE(first)", AsOf.visible("first"))
		.replace("VISIBLE(m)", AsOf.visible("m"));

	private static final String COUNTS = """
			MATCH (o:Organization)<-[:OF_ORGANIZATION]-(m:Membership)
			WHERE VISIBLE(m) AND (NOT $current OR m.end IS NULL)
			WITH o, count(m) AS members
			ORDER BY members DESC, o.name
			LIMIT $first
			RETURN o.id AS key, members
			""".replace("VISIBLE(m)", AsOf.visible("m"));

	private final Neo4jClient neo4j;

	MembershipStatistics(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param members countries and organisations, at least two
	 */
	List<SharedMembership> shared(List<GlobalId> members) {
		GlobalId first = members.getFirst();
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("firstKey", first.key());
		parameters.put("others",
				members.subList(1, members.size())
					.stream()
					.map(id -> Map.of("label", id.type().label(), "key", id.key()))
					.toList());
		parameters.put("keys", members.stream().map(GlobalId::key).toList());
		String cypher = SHARED.replace("FIRST_LABEL", first.type().label())
			.replace("| m]", "| " + Membership.PROJECTION + "]");
		return List.copyOf(this.neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(SharedMembership.class)
			.mappedBy((types, row) -> new SharedMembership(row.get("key").asString(), row.get("memberships")
				.asList(Membership::from)
				.stream()
				.sorted(java.util.Comparator.comparing(m -> m.start().value() == null ? "~" : m.start().value()))
				.toList()))
			.all());
	}

	List<MembershipTally> counts(boolean current, int first) {
		return List.copyOf(this.neo4j.query(COUNTS)
			.bindAll(Map.of("current", current, "first", first))
			.fetchAs(MembershipTally.class)
			.mappedBy((types, row) -> new MembershipTally(row.get("key").asString(), row.get("members").asInt()))
			.all());
	}

}
