package org.treatygraph.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import tools.jackson.databind.JsonNode;

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
	 * @param answer the answer of both, in one comparable shape: both sides must give the
	 * same before either is timed
	 */
	record Query(String name, String description, IntFunction<Map<String, Object>> graphQl,
			IntFunction<Map.Entry<String, Map<String, Object>>> cypher, boolean mutation, Answer answer) {
	}

	/** Reads the comparable answer out of a GraphQL response and out of Cypher rows. */
	interface Answer {

		Answer NONE = new Answer() {
			@Override
			public Object ofGraphQl(JsonNode data) {
				return List.of();
			}

			@Override
			public Object ofCypher(List<Map<String, Object>> rows) {
				return List.of();
			}
		};

		Object ofGraphQl(JsonNode data);

		Object ofCypher(List<Map<String, Object>> rows);

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
							  MATCH (c)<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(a:Agreement) WHERE NOT p:Retracted RETURN a
							  UNION
							  MATCH (c)<-[:BASED_IN]-(:Organization)<-[:PART_OF*0..3]-(:Organization)<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(a:Agreement)
							  WHERE NOT p:Retracted RETURN a
							}
							WITH c, a WHERE NOT a:Retracted
							ORDER BY a.title, a.id
							WITH c, collect(a) AS agreements
							RETURN c.name AS name, c.code AS code, size(agreements) AS totalCount,
							       [a IN agreements[0..20] | a {.title, .kind, .status,
							         parties: [(a)<-[:OF_AGREEMENT]-(p:Party)-[:ACTOR]->(y) WHERE NOT p:Retracted | y.name]}] AS agreements""",
							Map.of("key", hubKey)),
				false, new Answer() {
					@Override
					public Object ofGraphQl(JsonNode data) {
						JsonNode agreements = data.path("country").path("agreements");
						List<Object> rows = new ArrayList<>();
						rows.add(agreements.path("totalCount").asLong());
						agreements.path("edges").forEach(edge -> {
							JsonNode node = edge.path("node");
							rows.add(List.of(node.path("title").asString(), node.path("kind").asString(),
									node.path("status").asString(), sorted(node.path("parties"),
											party -> party.path("actor").path("name").asString())));
						});
						return rows;
					}

					@Override
					public Object ofCypher(List<Map<String, Object>> result) {
						Map<String, Object> row = result.getFirst();
						List<Object> rows = new ArrayList<>();
						rows.add(((Number) row.get("totalCount")).longValue());
						for (Object value : (List<?>) row.get("agreements")) {
							Map<?, ?> agreement = (Map<?, ?>) value;
							rows.add(List.of(agreement.get("title"), agreement.get("kind"), agreement.get("status"),
									((List<?>) agreement.get("parties")).stream()
										.map(String::valueOf)
										.sorted()
										.toList()));
						}
						return rows;
					}
				}),
				new Query("bilateral-summary",
						"two hubs' shared agreements: count, kinds and statuses, first 10 titles",
						i -> graphQl("""
								query ($between: [String!]!) { relations(between: $between) {
								  agreements(first: 10) { totalCount edges { node { title } } }
								  agreementTally { kind status count } } }""",
								Map.of("between", List.of(hubCode, secondCode))),
						i -> Map.entry(
								"""
										MATCH (:Country {id: $a})<-[:BASED_IN*0..1]-()<-[:PART_OF*0..3]-()<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(x:Agreement)
										      <-[:OF_AGREEMENT]-(q:Party)-[:ACTOR]->()-[:PART_OF*0..3]->()-[:BASED_IN*0..1]->(:Country {id: $b})
										WHERE NOT p:Retracted AND NOT q:Retracted AND NOT x:Retracted
										WITH DISTINCT x
										ORDER BY x.title, x.id
										WITH collect(x) AS shared
										RETURN size(shared) AS totalCount, [s IN shared[0..10] | s.title] AS titles,
										       COLLECT { UNWIND shared AS s WITH s.kind AS kind, s.status AS status, count(*) AS n
										                 RETURN {kind: kind, status: status, count: n} } AS tally""",
								Map.of("a", hubKey, "b", secondKey)),
						false, new Answer() {
							@Override
							public Object ofGraphQl(JsonNode data) {
								JsonNode relations = data.path("relations");
								return List.of(relations.path("agreements").path("totalCount").asLong(),
										list(relations.path("agreements").path("edges"),
												edge -> edge.path("node").path("title").asString()),
										sorted(relations.path("agreementTally"), t -> t.path("kind").asString() + "/"
												+ t.path("status").asString() + "=" + t.path("count").asLong()));
							}

							@Override
							public Object ofCypher(List<Map<String, Object>> result) {
								Map<String, Object> row = result.getFirst();
								return List.of(((Number) row.get("totalCount")).longValue(), row.get("titles"),
										((List<?>) row.get("tally")).stream().map(value -> {
											Map<?, ?> t = (Map<?, ?>) value;
											return t.get("kind") + "/" + t.get("status") + "="
													+ ((Number) t.get("count")).longValue();
										}).sorted().toList());
							}
						}),
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
										WHERE all(n IN nodes(p) WHERE NOT n:Retracted AND NOT n:AgreementAction)
										RETURN [n IN nodes(p) | {id: n.id, name: coalesce(n.name, n.title),
										        quotes: [(n)<-[:SUPPORTS]-(c:Citation) | c.quote]}] AS path""",
								Map.of("from", officials.get(i % officials.size()), "to",
										officials.get((i + 1) % officials.size()))),
						false, new Answer() {
							// the service folds fact nodes into hops and shows paths
							// telling the
							// same facts once, so only whether the two are connected
							// compares
							@Override
							public Object ofGraphQl(JsonNode data) {
								return !data.path("connections").isEmpty();
							}

							@Override
							public Object ofCypher(List<Map<String, Object>> rows) {
								return !rows.isEmpty();
							}
						}),
				new Query("dashboard-partners", "a dashboard aggregate: the hub's top 10 partners by shared agreements",
						i -> graphQl(
								"query ($of: String!) { topPartners(of: $of, first: 10) { partner { name } agreements } }",
								Map.of("of", hubCode)),
						i -> Map.entry(
								"""
										MATCH (c:Country {id: $key})
										WITH c, [c] + COLLECT { MATCH (c)<-[:BASED_IN]-(:Organization)<-[:PART_OF*0..3]-(o:Organization) RETURN DISTINCT o } AS mine
										UNWIND mine AS actor
										MATCH (actor)<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(a:Agreement)<-[:OF_AGREEMENT]-(q:Party)-[:ACTOR]->(other)
										WHERE NOT p:Retracted AND NOT q:Retracted AND NOT a:Retracted AND NOT other IN mine
										WITH c, a, CASE WHEN other:Country THEN other
										                ELSE coalesce(head(COLLECT { MATCH (other)-[:PART_OF*0..3]->(:Organization)-[:BASED_IN]->(k:Country) RETURN k }), other)
										           END AS partner
										WHERE partner <> c
										WITH partner, count(DISTINCT a) AS agreements ORDER BY agreements DESC, partner.name LIMIT 10
										RETURN partner.name AS name, agreements""",
								Map.of("key", hubKey)),
						false, new Answer() {
							@Override
							public Object ofGraphQl(JsonNode data) {
								return list(data.path("topPartners"), t -> t.path("partner").path("name").asString()
										+ "=" + t.path("agreements").asLong());
							}

							@Override
							public Object ofCypher(List<Map<String, Object>> rows) {
								return rows.stream()
									.map(row -> row.get("name") + "=" + ((Number) row.get("agreements")).longValue())
									.toList();
							}
						}),
				new Query("full-text-search", "the search box: 'trade accord', 10 ranked hits with highlights",
						i -> graphQl(
								"{ search(query: \"trade accord\", first: 10) { score matchedIn node { __typename ... on Agreement { title } } } }",
								Map.of()),
						i -> Map.entry(
								"""
										CALL db.index.fulltext.queryNodes('names', '(trade^3 OR trade*) AND (accord^3 OR accord*)', {limit: 20})
										YIELD node, score
										WHERE NOT node:Retracted
										RETURN labels(node)[0] AS type, coalesce(node.name, node.title) AS name, score
										ORDER BY score DESC, node.id LIMIT 10""",
								Map.of()),
						false, new Answer() {
							// equal scores may be listed in either order: the scores
							// compare
							@Override
							public Object ofGraphQl(JsonNode data) {
								return list(data.path("search"), hit -> "%.4f".formatted(hit.path("score").asDouble()));
							}

							@Override
							public Object ofCypher(List<Map<String, Object>> rows) {
								return rows.stream()
									.map(row -> "%.4f".formatted(((Number) row.get("score")).doubleValue()))
									.toList();
							}
						}),
				new Query("deep-filtered-page", "the hub's trade accords, page 6 of 20 by title, after a cursor",
						i -> graphQl(
								"""
										query ($involving: [String!], $after: String) {
										  agreements(filter: {involving: $involving, kinds: [TRADE_ACCORD]}, first: 20, after: $after) {
										    totalCount edges { cursor node { title status } } } }""",
								Map.of("involving", List.of(hubCode), "after", deepCursor)),
						i -> Map
							.entry("""
									MATCH (:Country {id: $key})<-[:BASED_IN*0..1]-()<-[:PART_OF*0..3]-()<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(a:Agreement {kind: 'TRADE_ACCORD'})
									WHERE NOT p:Retracted AND NOT a:Retracted
									WITH DISTINCT a ORDER BY a.title, a.id
									WITH collect(a) AS matches
									RETURN size(matches) AS totalCount, [a IN matches[100..120] | a {.id, .title, .status}] AS page""",
									Map.of("key", hubKey)),
						false, new Answer() {
							@Override
							public Object ofGraphQl(JsonNode data) {
								JsonNode agreements = data.path("agreements");
								return List.of(agreements.path("totalCount").asLong(),
										list(agreements.path("edges"),
												edge -> edge.path("node").path("title").asString() + "/"
														+ edge.path("node").path("status").asString()));
							}

							@Override
							public Object ofCypher(List<Map<String, Object>> rows) {
								Map<String, Object> row = rows.getFirst();
								return List.of(((Number) row.get("totalCount")).longValue(),
										((List<?>) row.get("page")).stream().map(value -> {
											Map<?, ?> a = (Map<?, ?>) value;
											return a.get("title") + "/" + a.get("status");
										}).toList());
							}
						}),
				new Query("curator-mutation", "a curator adds a cited agreement between the two hubs (one transaction)",
						i -> graphQl(
								"""
										mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id } } }""",
								Map.of("input", Map.of("title", "Benchmark accord " + System.nanoTime() + "-" + i,
										"kind", "MEMORANDUM", "parties",
										List.of(Map.of("actor", hubCode), Map.of("actor", secondCode)), "citations",
										List.of(Map.of("sourceId", GlobalId.encode(NodeType.SOURCE, sourceKey), "quote",
												quote))))),
						i -> Map.entry(
								"""
										MATCH (x:Country {id: $a}), (y:Country {id: $b}), (s:Source {id: $source})
										CREATE (ag:Agreement {id: randomUUID(), title: $title, kind: 'MEMORANDUM', version: 1, status: 'UNKNOWN',
										                      naturalKey: $title, createdAt: datetime()})
										CREATE (p:Party {id: randomUUID(), role: 'PARTY', createdAt: datetime()}), (p)-[:OF_AGREEMENT]->(ag), (p)-[:ACTOR]->(x)
										CREATE (q:Party {id: randomUUID(), role: 'PARTY', createdAt: datetime()}), (q)-[:OF_AGREEMENT]->(ag), (q)-[:ACTOR]->(y)
										CREATE (c:Citation {id: randomUUID(), quote: $quote, factKey: ag.id}), (c)-[:SUPPORTS]->(ag), (c)-[:FROM_SOURCE]->(s)
										CREATE (:Change {id: randomUUID(), at: datetime(), operation: 'createAgreement'})-[:CHANGED]->(ag)
										RETURN ag.id AS id""",
								Map.of("a", hubKey, "b", secondKey, "source", sourceKey, "title",
										"Raw benchmark accord " + System.nanoTime() + "-" + i, "quote", quote)),
						true, Answer.NONE));
	}

	private static List<String> list(JsonNode array, Function<JsonNode, String> item) {
		List<String> items = new ArrayList<>();
		array.forEach(element -> items.add(item.apply(element)));
		return items;
	}

	private static List<String> sorted(JsonNode array, Function<JsonNode, String> item) {
		return list(array, item).stream().sorted().toList();
	}

	private static Map<String, Object> graphQl(String document, Map<String, Object> variables) {
		return Map.of("query", document, "variables", variables);
	}

}
