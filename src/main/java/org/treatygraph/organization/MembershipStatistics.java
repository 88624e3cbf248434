package org.treatygraph.organization;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
	 * belongs to in one of the kinds asked, so the cost follows the first member's
	 * memberships.
	 */
	private static final String SHARED = """
			CALL () {
			  MATCH (x:Country {id: $firstKey}) WHERE $firstLabel = 'Country' RETURN x
			  UNION ALL
			  MATCH (x:Organization {id: $firstKey}) WHERE $firstLabel = 'Organization' RETURN x
			}
			MATCH (x)<-[:MEMBER]-(first:Membership)-[:OF_ORGANIZATION]->(o:Organization)
			WHERE
			""" + AsOf.visible("first") + """

			AND first.kind IN $kinds
			WITH DISTINCT o
			WHERE all(ref IN $others WHERE EXISTS {
			  MATCH (o)<-[:OF_ORGANIZATION]-(m:Membership)-[:MEMBER]->(y)
			  WHERE y.id = ref.key AND ref.label IN labels(y) AND
			""" + AsOf.visible("m") + """

			AND m.kind IN $kinds
			})
			RETURN o.id AS key, o.name AS name,
			       [(o)<-[:OF_ORGANIZATION]-(m:Membership)-[:MEMBER]->(y) WHERE y.id IN $keys AND
			""" + AsOf.visible("m") + """

			AND m.kind IN $kinds
			        |
			""" + Membership.PROJECTION + """
			] AS memberships
			ORDER BY o.name
			""";

	/**
	 * Every organisation's memberships counted by kind; organisations ranked by the kinds
	 * asked about.
	 */
	private static final String COUNTS = """
			MATCH (o:Organization)<-[:OF_ORGANIZATION]-(m:Membership)
			WHERE
			""" + AsOf.visible("m") + """

			AND (NOT $current OR m.end IS NULL)
			WITH o, m.kind AS kind, count(m) AS memberships
			ORDER BY kind
			WITH o, collect({kind: kind, count: memberships}) AS byKind,
			     sum(CASE WHEN kind IN $kinds THEN memberships ELSE 0 END) AS members
			WHERE members > 0
			ORDER BY members DESC, o.name
			LIMIT $first
			RETURN o.id AS key, o.name AS name, members, byKind
			""";

	private final Neo4jClient neo4j;

	MembershipStatistics(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param members countries and organisations, at least two
	 */
	List<SharedMembership> shared(List<GlobalId> members, Set<MembershipKind> kinds) {
		GlobalId first = members.getFirst();
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("firstKey", first.key());
		parameters.put("firstLabel", first.type().label());
		parameters.put("others",
				members.subList(1, members.size())
					.stream()
					.map(id -> Map.of("label", id.type().label(), "key", id.key()))
					.toList());
		parameters.put("keys", members.stream().map(GlobalId::key).toList());
		parameters.put("kinds", names(kinds));
		return List.copyOf(this.neo4j.query(SHARED)
			.bindAll(parameters)
			.fetchAs(SharedMembership.class)
			.mappedBy((types, row) -> new SharedMembership(row.get("key").asString(), row.get("name").asString(null),
					row.get("memberships")
						.asList(Membership::from)
						.stream()
						.sorted(Comparator.comparing(m -> m.start().value() == null ? "~" : m.start().value()))
						.toList()))
			.all());
	}

	List<MembershipTally> counts(boolean current, Set<MembershipKind> kinds, int first) {
		return List.copyOf(this.neo4j.query(COUNTS)
			.bindAll(Map.of("current", current, "kinds", names(kinds), "first", first))
			.fetchAs(MembershipTally.class)
			.mappedBy((types, row) -> new MembershipTally(row.get("key").asString(), row.get("name").asString(null),
					row.get("members").asInt(),
					row.get("byKind")
						.asList((tally) -> new MembershipTally.KindTally(
								MembershipKind.valueOf(tally.get("kind").asString()), tally.get("count").asInt()))))
			.all());
	}

	private static List<String> names(Set<MembershipKind> kinds) {
		return kinds.stream().map(MembershipKind::name).sorted().toList();
	}

}
