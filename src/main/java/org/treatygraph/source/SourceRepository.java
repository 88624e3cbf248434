package org.treatygraph.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeFetcher;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.Batches;
import org.treatygraph.system.Cursor;
import org.treatygraph.system.PageRequest;
import org.treatygraph.system.Paging.Connection;
import org.treatygraph.system.Paging;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The source feature's Cypher: sources and the citations of facts. */
@Repository
@Transactional(readOnly = true)
class SourceRepository implements NodeFetcher {

	private static final String PAGE = """
			MATCH (s:Source) WHERE coalesce(s.createdAt <= $asOf, true) AND (s.retractedAt IS NULL OR s.retractedAt > $asOf)
			WITH s ORDER BY s.title, s.id
			WITH collect(s) AS matches
			RETURN size(matches) AS total,
			       [s IN matches WHERE $page.afterKey IS NULL OR s.title > $page.afterSortKey
			                  OR (s.title = $page.afterSortKey AND s.id > $page.afterKey) |
			"""
			+ Source.PROJECTION + """
					][0..$limit] AS page
					""";

	/**
	 * The citations of facts of any types ({@code $facts}: label and key of each), found
	 * by index through the id of its fact each citation keeps, whatever the fact's type.
	 */
	private static final String CITATIONS_OF_FACTS = """
			UNWIND $facts AS fact
			MATCH (c:Citation {factKey: fact.key})-[:FROM_SOURCE]->(s:Source)
			""";

	/** Each with its source, in the order of their sources' titles. */
	private static final String WITH_SOURCES = """
			WITH fact, c, s ORDER BY s.title, c.id
			RETURN fact, collect(""" + Citation.WITH_SOURCE + """
			) AS items
			""";

	/** The citations of facts as they stand now. */
	private static final String CURRENT_CITATIONS_OF_FACTS = CITATIONS_OF_FACTS + "WHERE NOT c:Retracted\n"
			+ WITH_SOURCES;

	/** The same as of {@code $asOf}: created by then and not retracted by then. */
	private static final String CITATIONS_OF_FACTS_AS_OF = CITATIONS_OF_FACTS
			+ "WHERE (c.retractedAt IS NULL OR c.retractedAt > $asOf) AND coalesce(c.createdAt <= $asOf, true)\n"
			+ WITH_SOURCES;

	private static final String CITATIONS_OF_SOURCES = """
			UNWIND $keys AS key
			MATCH (:Source {id: key})<-[:FROM_SOURCE]-(c:Citation) WHERE (c.retractedAt IS NULL OR c.retractedAt > $asOf) AND coalesce(c.createdAt <= $asOf, true)
			WITH key, c ORDER BY c.id
			RETURN key, collect("""
			+ Citation.PROJECTION + """
					) AS items
					""";

	private static final String SOURCES_BY_KEYS = """
			MATCH (s:Source) WHERE s.id IN $keys AND coalesce(s.createdAt <= $asOf, true)
			RETURN
			""" + Source.PROJECTION + """
			 AS node
			""";

	private static final String CITATIONS_BY_KEYS = """
			MATCH (c:Citation) WHERE c.id IN $keys AND coalesce(c.createdAt <= $asOf, true)
			RETURN
			""" + Citation.PROJECTION + """
			 AS node
			""";

	/**
	 * The claims of facts of any types, in the order they were made, found by the fact's
	 * id.
	 */
	private static final String CLAIMS_OF_FACTS = """
			UNWIND $facts AS fact
			MATCH (c:Claim {factKey: fact.key})
			WHERE coalesce(c.createdAt <= $asOf, true)
			WITH fact, c ORDER BY c.ordinal
			RETURN fact, collect(""" + Claim.PROJECTION + """
			) AS items
			""";

	/** The passages each claim rests on. */
	private static final String CITATIONS_OF_CLAIMS = """
			UNWIND $keys AS key
			MATCH (:Claim {id: key})-[:STATED_IN]->(c:Citation)
			WHERE (c.retractedAt IS NULL OR c.retractedAt > $asOf) AND coalesce(c.createdAt <= $asOf, true)
			WITH key, c ORDER BY c.id
			RETURN key, collect(""" + Citation.PROJECTION + """
			) AS items
			""";

	private static final String CLAIMS_BY_KEYS = """
			MATCH (c:Claim) WHERE c.id IN $keys AND coalesce(c.createdAt <= $asOf, true)
			RETURN
			""" + Claim.PROJECTION + """
			 AS node
			""";

	private final Neo4jClient neo4j;

	SourceRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Connection<Source> page(PageRequest request) {
		return Paging.fetch(this.neo4j, PAGE, new HashMap<>(), request, Source::from,
				source -> new Cursor(source.title(), source.key()));
	}

	/** The citations of each fact, with their sources, in one statement for all types. */
	Map<GlobalId, List<Citation>> citationsOf(Collection<GlobalId> facts) {
		Map<GlobalId, List<Citation>> byFact = new HashMap<>();
		this.neo4j.query(AsOf.present() ? CURRENT_CITATIONS_OF_FACTS : CITATIONS_OF_FACTS_AS_OF)
			.bind(facts.stream().map(fact -> Map.of("label", fact.type().label(), "key", fact.key())).toList())
			.to("facts")
			.fetchAs(Void.class)
			.mappedBy((types, row) -> {
				byFact.put(GlobalId.reference(row, "fact"), Citation.withSources(row.get("items")));
				return null;
			})
			.all();
		return byFact;
	}

	/** Every claim of each fact, whatever its rank. */
	Map<GlobalId, List<Claim>> claimsOf(Collection<GlobalId> facts) {
		Map<GlobalId, List<Claim>> byFact = new HashMap<>();
		this.neo4j.query(CLAIMS_OF_FACTS)
			.bind(facts.stream().map(fact -> Map.of("label", fact.type().label(), "key", fact.key())).toList())
			.to("facts")
			.fetchAs(Void.class)
			.mappedBy((types, row) -> {
				byFact.put(GlobalId.reference(row, "fact"), row.get("items").asList(Claim::from));
				return null;
			})
			.all();
		return byFact;
	}

	Map<String, List<Citation>> citationsOfClaims(Collection<String> claimKeys) {
		return Batches.grouped(this.neo4j, CITATIONS_OF_CLAIMS, claimKeys, Citation::from);
	}

	Map<String, List<Citation>> citationsFrom(Collection<String> sourceKeys) {
		return Batches.grouped(this.neo4j, CITATIONS_OF_SOURCES, sourceKeys, Citation::from);
	}

	@Override
	public Map<NodeType, Function<Collection<String>, Map<String, ?>>> fetchers() {
		return Map.of(NodeType.SOURCE,
				keys -> Batches.byKeys(this.neo4j, SOURCES_BY_KEYS, keys, Source::from, Source::key), NodeType.CITATION,
				keys -> Batches.byKeys(this.neo4j, CITATIONS_BY_KEYS, keys, Citation::from, Citation::key),
				NodeType.CLAIM, keys -> Batches.byKeys(this.neo4j, CLAIMS_BY_KEYS, keys, Claim::from, Claim::key));
	}

}
