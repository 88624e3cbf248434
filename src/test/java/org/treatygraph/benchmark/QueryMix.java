package org.treatygraph.benchmark;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.treatygraph.system.GlobalId;
import org.treatygraph.system.NodeType;

/**
 * The analysts', dashboards' and curators' requests the benchmark drives, each with the
 * hand-written Cypher that fetches the same answer through the driver: the baseline.
 */
final class QueryMix {

	private QueryMix() {
	}

	/**
	 * @param name short name for tables and charts
	 * @param graphQl the GraphQL document and variables for the i-th request
	 * @param cypher the baseline statement and parameters for the i-th request
	 * @param mutation whether it writes (its baseline writes too)
	 */
	record Query(String name, String description, IntFunction<Map<String, Object>> graphQl,
			IntFunction<Map.Entry<String, Map<String, Object>>> cypher, boolean mutation) {
	}

	/**
	 * @param hub the country with most agreements; {@code second} the next
	 * @param officials person keys of officials of different countries, for paths
	 * @param deepCursor the cursor of the hub's fifth page of trade accords
	 */
	static List<Query> of(String hubCode, String hubKey, String secondCode, String secondKey, List<String> officials,
			String deepCursor, String sourceKey, String quote) {
		return List.of(new Query("country-profile",
				"a country's profile: its first 20 agreements with parties and status",
				i -> graphQl(
						"""
								query ($code: String!) { country(code: $code) { name code
								  agreements(first: 20) { totalCount edges { node { title kind status parties { actor { name } } } } } } }""",
						Map.of("code", hubCode)),
				i -> Map
					.entry("""
							MATCH (c:Country {id: $key})
							CALL (c) {
							  MATCH (c)<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(a:Agreement) WHERE p.retractedAt IS NULL AND a.retractedAt IS NULL RETURN a
							  UNION
							  MATCH (c)<-[:BASED_IN]-(:Organization)<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(a:Agreement) WHERE p.retractedAt IS NULL AND a.retractedAt IS NULL RETURN a
							}
							WITH c, a ORDER BY a.title, a.id
							WITH c, collect(a) AS agreements
							RETURN c.name AS name, c.code AS code, size(agreements) AS totalCount,
							       [a IN agreements[0..20] | a {.title, .kind,
							         status: CASE WHEN EXISTS { (a)<-[:OF_AGREEMENT]-(x:AgreementAction {kind: 'SIGNED'}) } THEN 'SIGNED' ELSE 'UNKNOWN' END,
							         parties: [(a)<-[:OF_AGREEMENT]-(:Party)-[:ACTOR]->(y) | y.name]}] AS agreements""",
							Map.of("key", hubKey)),
				false),
				new Query("bilateral-summary",
						"two hubs' shared agreements: count, kinds and statuses, first 10 titles",
						i -> graphQl("""
								query ($between: [String!]!) { relations(between: $between) {
								  agreements(first: 10) { totalCount edges { node { title } } }
								  agreementTally { kind status count } } }""",
								Map.of("between", List.of(hubCode, secondCode))),
						i -> Map
							.entry("""
									MATCH (:Country {id: $a})<-[:ACTOR]-(:Party)-[:OF_AGREEMENT]->(x:Agreement)<-[:OF_AGREEMENT]-(:Party)-[:ACTOR]->(:Country {id: $b})
									WITH DISTINCT x
									WITH x, CASE WHEN EXISTS { (x)<-[:OF_AGREEMENT]-(:AgreementAction {kind: 'RATIFIED'}) } THEN 'RATIFIED' ELSE 'SIGNED' END AS status
									ORDER BY x.title
									WITH collect(x {.title, .kind, status: status}) AS shared
									RETURN size(shared) AS totalCount, [s IN shared[0..10] | s.title] AS titles,
									       COLLECT { UNWIND shared AS s WITH s.kind AS kind, s.status AS status, count(*) AS n RETURN {kind: kind, status: status, count: n} } AS tally""",
									Map.of("a", hubKey, "b", secondKey)),
						false),
				new Query("connection-path", "the shortest explained paths between two officials, up to 4 hops",
						i -> graphQl(
								"""
										query ($from: String!, $to: String!) { connections(from: $from, to: $to, maxHops: 4, first: 3) {
										  length hops { statement from { id } to { id } citations { quote } } } }""",
								Map.of("from", GlobalId.encode(NodeType.PERSON, officials.get(i % officials.size())),
										"to",
										GlobalId.encode(NodeType.PERSON, officials.get((i + 1) % officials.size())))),
						i -> Map.entry(
								"""
										MATCH (a:Person {id: $from}), (b:Person {id: $to})
										MATCH p = SHORTEST 3 (a)-[:ACTOR|OF_AGREEMENT|SIGNER|ON_BEHALF_OF|AT_EVENT|ATTENDEE|HELD_AT|ORGANIZED_BY|CONCERNS|CONCERNS_ORGANIZATION|MEMBER|OF_ORGANIZATION|HOLDER|WITHIN|BASED_IN|PART_OF|LOCATED_IN|REFERS_TO]-{1,8}(b)
										WHERE all(n IN nodes(p) WHERE n.retractedAt IS NULL AND NOT n:AgreementAction)
										RETURN [n IN nodes(p) | {id: n.id, name: coalesce(n.name, n.title),
										        quotes: [(n)<-[:SUPPORTS]-(c:Citation) | c.quote]}] AS path""",
								Map.of("from", officials.get(i % officials.size()), "to",
										officials.get((i + 1) % officials.size()))),
						false),
				new Query("dashboard-partners", "a dashboard aggregate: the hub's top 10 partners by shared agreements",
						i -> graphQl(
								"query ($of: String!) { topPartners(of: $of, first: 10) { partner { name } agreements } }",
								Map.of("of", hubCode)),
						i -> Map.entry(
								"""
										MATCH (c:Country {id: $key})<-[:ACTOR]-(:Party)-[:OF_AGREEMENT]->(a:Agreement)<-[:OF_AGREEMENT]-(:Party)-[:ACTOR]->(partner:Country)
										WHERE partner <> c
										WITH partner, count(DISTINCT a) AS agreements ORDER BY agreements DESC, partner.name LIMIT 10
										RETURN partner.name AS name, agreements""",
								Map.of("key", hubKey)),
						false),
				new Query("full-text-search", "the search box: 'trade accord', 10 ranked hits with highlights",
						i -> graphQl(
								"{ search(query: \"trade accord\", first: 10) { score matchedIn node { __typename ... on Agreement { title } } } }",
								Map.of()),
						i -> Map
							.entry("""
									CALL db.index.fulltext.queryNodes('names', 'trade* AND accord*', {limit: 20}) YIELD node, score
									WHERE node.retractedAt IS NULL
									RETURN labels(node)[0] AS type, coalesce(node.name, node.title) AS name, score ORDER BY score DESC LIMIT 10""",
									Map.of()),
						false),
				new Query("deep-filtered-page", "the hub's trade accords, page 6 of 20 by title, after a cursor",
						i -> graphQl(
								"""
										query ($involving: [String!], $after: String) {
										  agreements(filter: {involving: $involving, kinds: [TRADE_ACCORD]}, first: 20, after: $after) {
										    totalCount edges { cursor node { title status } } } }""",
								Map.of("involving", List.of(hubCode), "after", deepCursor)),
						i -> Map
							.entry("""
									MATCH (:Country {id: $key})<-[:ACTOR]-(:Party)-[:OF_AGREEMENT]->(a:Agreement {kind: 'TRADE_ACCORD'})
									WITH DISTINCT a ORDER BY a.title, a.id
									WITH collect(a) AS matches
									RETURN size(matches) AS totalCount, [a IN matches[100..120] | a {.id, .title,
									       status: CASE WHEN EXISTS { (a)<-[:OF_AGREEMENT]-(:AgreementAction {kind: 'RATIFIED'}) } THEN 'RATIFIED' ELSE 'SIGNED' END}] AS page""",
									Map.of("key", hubKey)),
						false),
				new Query("curator-mutation", "a curator adds a cited agreement between the two hubs (one transaction)",
						i -> graphQl(
								"""
										mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id } } }""",
								Map.of("input", Map.of("title", "Benchmark accord " + System.nanoTime() + "-" + i,
										"kind", "MEMORANDUM", "parties",
										List.of(Map.of("actor", hubCode), Map.of("actor", secondCode)), "citations",
										List.of(Map.of("sourceId", GlobalId.encode(NodeType.SOURCE, sourceKey), "quote",
												quote))))),
						i -> Map
							.entry("""
									MATCH (x:Country {id: $a}), (y:Country {id: $b}), (s:Source {id: $source})
									CREATE (ag:Agreement {id: randomUUID(), title: $title, kind: 'MEMORANDUM', version: 1,
									                      naturalKey: $title, createdAt: datetime()})
									CREATE (p:Party {id: randomUUID(), role: 'PARTY', createdAt: datetime()}), (p)-[:OF_AGREEMENT]->(ag), (p)-[:ACTOR]->(x)
									CREATE (q:Party {id: randomUUID(), role: 'PARTY', createdAt: datetime()}), (q)-[:OF_AGREEMENT]->(ag), (q)-[:ACTOR]->(y)
									CREATE (c:Citation {id: randomUUID(), quote: $quote}), (c)-[:SUPPORTS]->(ag), (c)-[:FROM_SOURCE]->(s)
									CREATE (:Change {id: randomUUID(), at: datetime(), operation: 'createAgreement'})-[:CHANGED]->(ag)
									RETURN ag.id AS id""",
									Map.of("a", hubKey, "b", secondKey, "source", sourceKey, "title",
											"Raw benchmark accord " + System.nanoTime() + "-" + i, "quote", quote)),
						true));
	}

	private static Map<String, Object> graphQl(String document, Map<String, Object> variables) {
		return Map.of("query", document, "variables", variables);
	}

}
