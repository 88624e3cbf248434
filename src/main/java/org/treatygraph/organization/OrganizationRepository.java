package org.treatygraph.organization;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.NodeFetcher;
import org.treatygraph.node.NodeType;
import org.treatygraph.search.NameSearch;
import org.treatygraph.system.Batches;
import org.treatygraph.system.Cursor;
import org.treatygraph.system.PageRequest;
import org.treatygraph.system.Paging.Connection;
import org.treatygraph.system.Paging;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The organisation feature's Cypher: organisations, their units and memberships. */
@Repository
@Transactional(readOnly = true)
class OrganizationRepository implements NodeFetcher {

	private static final String BY_KEYS = """
			MATCH (o:Organization) WHERE o.id IN $keys AND coalesce(o.createdAt <= $asOf, true)
			RETURN
			""" + Organization.PROJECTION + """
			 AS node
			""";

	private static final String PAGE = """
			CALL () {
			  MATCH (o:Organization) WHERE $page.nameQuery IS NULL RETURN o
			  UNION
			  WITH $page.nameQuery AS query WHERE query IS NOT NULL
			  CALL db.index.fulltext.queryNodes('names', query) YIELD node AS o
			  WITH o WHERE o:Organization RETURN o
			}
			WITH o WHERE coalesce(o.createdAt <= $asOf, true)
			WITH o ORDER BY o.name, o.id
			WITH collect(o) AS matches
			RETURN size(matches) AS total,
			       [o IN matches WHERE $page.afterKey IS NULL OR o.name > $page.afterSortKey
			                  OR (o.name = $page.afterSortKey AND o.id > $page.afterKey) |
			""" + Organization.PROJECTION + """
			][0..$limit] AS page
			""";

	private static final String BASED_IN = """
			UNWIND $keys AS key
			MATCH (:Country {id: key})<-[:BASED_IN]-(o:Organization) WHERE coalesce(o.createdAt <= $asOf, true)
			WITH key, o ORDER BY o.name
			RETURN key, collect(""" + Organization.PROJECTION + """
			) AS items
			""";

	private static final String UNITS = """
			UNWIND $keys AS key
			MATCH (:Organization {id: key})<-[:PART_OF]-(o:Organization) WHERE coalesce(o.createdAt <= $asOf, true)
			WITH key, o ORDER BY o.name
			RETURN key, collect(""" + Organization.PROJECTION + """
			) AS items
			""";

	private static final String INFORMATION_FROM = """
			UNWIND $keys AS key
			MATCH (:Source {id: key})-[:INFORMATION_FROM]->(o:Organization)
			WITH key, o ORDER BY o.name
			RETURN key, collect(""" + Organization.PROJECTION + """
			) AS items
			""";

	private static final String MEMBERSHIPS_OF_MEMBER = """
			UNWIND $keys AS key
			CALL (key) {
			  MATCH (x:Country {id: key}) RETURN x
			  UNION
			  MATCH (x:Organization {id: key}) RETURN x
			}
			MATCH (x)<-[:MEMBER]-(m:Membership)
			WHERE (m.retractedAt IS NULL OR m.retractedAt > $asOf) AND coalesce(m.createdAt <= $asOf, true)
			WITH key, m ORDER BY coalesce(m.start, '~'), m.id
			RETURN key, collect(""" + Membership.PROJECTION + """
			) AS items
			""";

	private static final String MEMBERS_OF_ORGANIZATION = """
			UNWIND $keys AS key
			MATCH (:Organization {id: key})<-[:OF_ORGANIZATION]-(m:Membership) WHERE (m.retractedAt IS NULL OR m.retractedAt > $asOf) AND coalesce(m.createdAt <= $asOf, true)
			WITH key, m ORDER BY coalesce(m.start, '~'), m.id
			RETURN key, collect("""
			+ Membership.PROJECTION + """
					) AS items
					""";

	private static final String MEMBERSHIPS_BY_KEYS = """
			MATCH (m:Membership) WHERE m.id IN $keys AND coalesce(m.createdAt <= $asOf, true)
			RETURN
			""" + Membership.PROJECTION + """
			 AS node
			""";

	private final Neo4jClient neo4j;

	OrganizationRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Connection<Organization> page(@Nullable String name, PageRequest request) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("nameQuery", NameSearch.prefixQuery(name));
		return Paging.fetch(this.neo4j, PAGE, parameters, request, Organization::from,
				organization -> new Cursor(organization.name(), organization.key()));
	}

	Map<String, List<Organization>> basedIn(Collection<String> countryKeys) {
		return Batches.grouped(this.neo4j, BASED_IN, countryKeys, Organization::from);
	}

	Map<String, List<Organization>> units(Collection<String> organizationKeys) {
		return Batches.grouped(this.neo4j, UNITS, organizationKeys, Organization::from);
	}

	Map<String, List<Organization>> informationFrom(Collection<String> sourceKeys) {
		return Batches.grouped(this.neo4j, INFORMATION_FROM, sourceKeys, Organization::from);
	}

	Map<String, List<Membership>> membershipsOf(Collection<String> memberKeys) {
		return Batches.grouped(this.neo4j, MEMBERSHIPS_OF_MEMBER, memberKeys, Membership::from);
	}

	Map<String, List<Membership>> membersOf(Collection<String> organizationKeys) {
		return Batches.grouped(this.neo4j, MEMBERS_OF_ORGANIZATION, organizationKeys, Membership::from);
	}

	@Override
	public Map<NodeType, Function<Collection<String>, Map<String, ?>>> fetchers() {
		return Map.of(NodeType.ORGANIZATION,
				keys -> Batches.byKeys(this.neo4j, BY_KEYS, keys, Organization::from, Organization::key),
				NodeType.MEMBERSHIP,
				keys -> Batches.byKeys(this.neo4j, MEMBERSHIPS_BY_KEYS, keys, Membership::from, Membership::key));
	}

}
