package org.treatygraph.person;

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

/** The person feature's Cypher: people and their tenures. */
@Repository
@Transactional(readOnly = true)
class PersonRepository implements NodeFetcher {

	private static final String BY_KEYS = """
			MATCH (p:Person) WHERE p.id IN $keys AND coalesce(p.createdAt <= $asOf, true)
			RETURN
			""" + Person.PROJECTION + """
			 AS node
			""";

	private static final String TENURES_BY_KEYS = """
			MATCH (t:Tenure) WHERE t.id IN $keys AND coalesce(t.createdAt <= $asOf, true)
			RETURN
			""" + Tenure.PROJECTION + """
			 AS node
			""";

	private static final String PAGE = """
			CALL () {
			  MATCH (p:Person) WHERE $page.nameQuery IS NULL RETURN p
			  UNION
			  WITH $page.nameQuery AS query WHERE query IS NOT NULL
			  CALL db.index.fulltext.queryNodes('names', query) YIELD node AS p
			  WITH p WHERE p:Person RETURN p
			}
			WITH p WHERE coalesce(p.createdAt <= $asOf, true)
			WITH p ORDER BY p.name, p.id
			WITH collect(p) AS matches
			RETURN size(matches) AS total,
			       [p IN matches WHERE $page.afterKey IS NULL OR p.name > $page.afterSortKey
			                  OR (p.name = $page.afterSortKey AND p.id > $page.afterKey) |
			""" + Person.PROJECTION + """
			][0..$limit] AS page
			""";

	private static final String TENURES_OF_PERSON = """
			UNWIND $keys AS key
			MATCH (:Person {id: key})<-[:HOLDER]-(t:Tenure) WHERE (t.retractedAt IS NULL OR t.retractedAt > $asOf) AND coalesce(t.createdAt <= $asOf, true)
			WITH key, t ORDER BY coalesce(t.start, '~'), t.post
			RETURN key, collect("""
			+ Tenure.PROJECTION + """
					) AS items
					""";

	private static final String TENURES_WITHIN = """
			UNWIND $keys AS key
			MATCH (:Organization {id: key})<-[:WITHIN]-(t:Tenure) WHERE (t.retractedAt IS NULL OR t.retractedAt > $asOf) AND coalesce(t.createdAt <= $asOf, true)
			WITH key, t ORDER BY coalesce(t.start, '~'), t.post
			RETURN key, collect("""
			+ Tenure.PROJECTION + """
					) AS items
					""";

	private final Neo4jClient neo4j;

	PersonRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Connection<Person> page(@Nullable String name, PageRequest request) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("nameQuery", NameSearch.prefixQuery(name));
		return Paging.fetch(this.neo4j, PAGE, parameters, request, Person::from,
				person -> new Cursor(person.name(), person.key()));
	}

	Map<String, List<Tenure>> tenuresOf(Collection<String> personKeys) {
		return Batches.grouped(this.neo4j, TENURES_OF_PERSON, personKeys, Tenure::from);
	}

	Map<String, List<Tenure>> tenuresWithin(Collection<String> organizationKeys) {
		return Batches.grouped(this.neo4j, TENURES_WITHIN, organizationKeys, Tenure::from);
	}

	@Override
	public Map<NodeType, Function<Collection<String>, Map<String, ?>>> fetchers() {
		return Map.of(NodeType.PERSON, keys -> Batches.byKeys(this.neo4j, BY_KEYS, keys, Person::from, Person::key),
				NodeType.TENURE, keys -> Batches.byKeys(this.neo4j, TENURES_BY_KEYS, keys, Tenure::from, Tenure::key));
	}

}
