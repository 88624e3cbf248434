package org.treatygraph.country;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

/** The country feature's Cypher. */
@Repository
@Transactional(readOnly = true)
class CountryRepository implements NodeFetcher {

	private static final String BY_CODE = """
			MATCH (c:Country)
			WHERE c.code = toUpper($code) OR c.alpha3 = toUpper($code)
			RETURN
			""" + Country.PROJECTION + """
			 AS country
			""";

	private static final String BY_KEYS = """
			MATCH (c:Country) WHERE c.id IN $keys AND coalesce(c.createdAt <= $asOf, true)
			RETURN
			""" + Country.PROJECTION + """
			 AS node
			""";

	private static final String PAGE = """
			CALL () {
			  MATCH (c:Country) WHERE $page.nameQuery IS NULL RETURN c
			  UNION
			  WITH $page.nameQuery AS query WHERE query IS NOT NULL
			  CALL db.index.fulltext.queryNodes('names', query) YIELD node AS c
			  WITH c WHERE c:Country RETURN c
			}
			WITH c ORDER BY c.name, c.id
			WITH collect(c) AS matches
			RETURN size(matches) AS total,
			       [c IN matches WHERE $page.afterKey IS NULL OR c.name > $page.afterSortKey
			                  OR (c.name = $page.afterSortKey AND c.id > $page.afterKey) |
			""" + Country.PROJECTION + """
			][0..$limit] AS page
			""";

	private static final String CODES = "MATCH (c:Country) RETURN c.code AS code, c.alpha3 AS alpha3, c.id AS key";

	private final Neo4jClient neo4j;

	CountryRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Optional<Country> findByCode(String code) {
		return this.neo4j.query(BY_CODE)
			.bind(code)
			.to("code")
			.fetchAs(Country.class)
			.mappedBy((types, row) -> Country.from(row.get("country")))
			.one();
	}

	Connection<Country> page(@Nullable String name, PageRequest request) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("nameQuery", NameSearch.prefixQuery(name));
		return Paging.fetch(this.neo4j, PAGE, parameters, request, Country::from,
				country -> new Cursor(country.name(), country.key()));
	}

	/** Country keys by alpha-2 and by alpha-3 code. */
	Map<String, String> keysByCode() {
		Map<String, String> codes = new HashMap<>();
		this.neo4j.query(CODES).fetch().all().forEach(row -> {
			codes.put((String) row.get("code"), (String) row.get("key"));
			codes.put((String) row.get("alpha3"), (String) row.get("key"));
		});
		return Map.copyOf(codes);
	}

	@Override
	public Map<NodeType, Function<Collection<String>, Map<String, ?>>> fetchers() {
		return Map.of(NodeType.COUNTRY, keys -> Batches.byKeys(this.neo4j, BY_KEYS, keys, Country::from, Country::key));
	}

}
