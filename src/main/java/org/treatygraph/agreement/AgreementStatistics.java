package org.treatygraph.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.AsOf;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' aggregates over agreements, each one query that starts from the node
 * asked about, so its cost follows that node's agreements rather than the graph's size.
 */
@Repository
@Transactional(readOnly = true)
class AgreementStatistics {

	/**
	 * The agreements the node bound to {@code x} is party to, bound to {@code a}: a
	 * country also through the organisations based in it.
	 */
	private static final String AGREEMENTS_OF_X = """
			CALL (x) {
			  WITH x, CASE WHEN x:Country
			               THEN [x] + COLLECT { MATCH (x)<-[:BASED_IN]-(:Organization)<-[:PART_OF*0..3]-(o:Organization) RETURN DISTINCT o }
			               ELSE [x] END AS actors
			  UNWIND actors AS actor
			  MATCH (actor)<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(a:Agreement)
			  WHERE (p.retractedAt IS NULL OR p.retractedAt > $asOf) AND coalesce(p.createdAt <= $asOf, true)
			    AND (a.retractedAt IS NULL OR a.retractedAt > $asOf) AND coalesce(a.createdAt <= $asOf, true)
			  RETURN DISTINCT a, actors
			}
			""";

	private static final String PER_YEAR = """
			CALL () { MATCH (x:Country {id: $key}) RETURN x UNION MATCH (x:Organization {id: $key}) RETURN x }
			""" + AGREEMENTS_OF_X
			+ """
					WITH a, head(COLLECT {
					  MATCH (a)<-[:OF_AGREEMENT]-(s) WHERE (s:AgreementAction OR s:Signature) AND s.date IS NOT NULL
					    AND (s.retractedAt IS NULL OR s.retractedAt > $asOf) AND coalesce(s.createdAt <= $asOf, true)
					  RETURN s.date ORDER BY s.date }) AS firstDate
					WITH CASE WHEN firstDate IS NULL THEN null ELSE toInteger(left(firstDate, 4)) END AS year, a.kind AS kind, count(*) AS count
					WHERE ($filter.fromYear IS NULL OR year >= $filter.fromYear) AND ($filter.toYear IS NULL OR year <= $filter.toYear)
					RETURN year, kind, count ORDER BY year, kind
					""";

	/**
	 * Partners are the other parties of the same agreements; an organisation based in a
	 * country counts as that country, so a ministry's accords count for its state.
	 */
	private static final String TOP_PARTNERS = """
			CALL () { MATCH (x:Country {id: $key}) RETURN x UNION MATCH (x:Organization {id: $key}) RETURN x }
			""" + AGREEMENTS_OF_X
			+ """
					WITH x, a, actors WHERE $filter.kinds IS NULL OR a.kind IN $filter.kinds
					CALL (a, actors) {
					  MATCH (a)<-[:OF_AGREEMENT]-(q:Party)-[:ACTOR]->(partner:Country)
					  WHERE NOT partner IN actors AND (q.retractedAt IS NULL OR q.retractedAt > $asOf) AND coalesce(q.createdAt <= $asOf, true)
					  RETURN partner
					  UNION
					  MATCH (a)<-[:OF_AGREEMENT]-(q:Party)-[:ACTOR]->(o:Organization)
					  WHERE NOT o IN actors AND (q.retractedAt IS NULL OR q.retractedAt > $asOf) AND coalesce(q.createdAt <= $asOf, true)
					  RETURN coalesce(head(COLLECT { MATCH (o)-[:PART_OF*0..3]->(:Organization)-[:BASED_IN]->(c:Country) RETURN c }), o) AS partner
					}
					WITH x, a, partner
					WHERE partner <> x
					WITH partner, count(DISTINCT a) AS agreements
					ORDER BY agreements DESC, partner.name
					LIMIT $first
					RETURN labels(partner)[0] AS label, partner.id AS key, agreements
					""";

	private static final String TOP_SIGNATORIES = """
			MATCH (s:Signature)-[:SIGNER]->(p:Person)
			WHERE (s.retractedAt IS NULL OR s.retractedAt > $asOf) AND coalesce(s.createdAt <= $asOf, true)
			WITH p, count(s) AS signatures
			ORDER BY signatures DESC, p.name
			LIMIT $first
			RETURN p.id AS key, p.name AS name, signatures
			""";

	private static final String TOP_SIGNATORIES_FOR = """
			CALL () { MATCH (x:Country {id: $key}) RETURN x UNION MATCH (x:Organization {id: $key}) RETURN x }
			WITH x, CASE WHEN x:Country
			             THEN [x] + COLLECT { MATCH (x)<-[:BASED_IN]-(:Organization)<-[:PART_OF*0..3]-(o:Organization) RETURN DISTINCT o }
			             ELSE [x] END AS actors
			UNWIND actors AS actor
			MATCH (actor)<-[:ON_BEHALF_OF]-(s:Signature)-[:SIGNER]->(p:Person)
			WHERE (s.retractedAt IS NULL OR s.retractedAt > $asOf) AND coalesce(s.createdAt <= $asOf, true)
			WITH p, count(DISTINCT s) AS signatures
			ORDER BY signatures DESC, p.name
			LIMIT $first
			RETURN p.id AS key, p.name AS name, signatures
			""";

	/**
	 * The statements below read the present from the state the writes keep: each starts
	 * from the country or organisation asked about ({@code x}) and the actors whose
	 * agreements count for it ({@code actors}: a country with the organisations based in
	 * it, or in a unit of one), and counts an agreement in the year of its first date.
	 */
	private static final String CURRENT_PER_YEAR = """
			CALL () { MATCH (x:Country {id: $key}) RETURN x UNION MATCH (x:Organization {id: $key}) RETURN x }
			WITH x, CASE WHEN x:Country
			             THEN [x] + COLLECT { MATCH (x)<-[:BASED_IN]-(:Organization)<-[:PART_OF*0..3]-(o:Organization) RETURN DISTINCT o }
			             ELSE [x] END AS actors
			UNWIND actors AS actor
			MATCH (actor)<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(a:Agreement)
			WHERE NOT p:Retracted AND NOT a:Retracted
			WITH DISTINCT a
			WITH CASE WHEN a.firstDate IS NULL THEN null ELSE toInteger(left(a.firstDate, 4)) END AS year, a.kind AS kind, count(*) AS count
			WHERE ($filter.fromYear IS NULL OR year >= $filter.fromYear) AND ($filter.toYear IS NULL OR year <= $filter.toYear)
			RETURN year, kind, count ORDER BY year, kind
			""";

	/**
	 * One expansion from the node's actors to the other parties of their agreements; an
	 * organisation partner counts as the country it is based in.
	 */
	private static final String CURRENT_TOP_PARTNERS = """
			CALL () { MATCH (x:Country {id: $key}) RETURN x UNION MATCH (x:Organization {id: $key}) RETURN x }
			WITH x, CASE WHEN x:Country
			             THEN [x] + COLLECT { MATCH (x)<-[:BASED_IN]-(:Organization)<-[:PART_OF*0..3]-(o:Organization) RETURN DISTINCT o }
			             ELSE [x] END AS actors
			UNWIND actors AS actor
			MATCH (actor)<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(a:Agreement)<-[:OF_AGREEMENT]-(q:Party)-[:ACTOR]->(other)
			WHERE NOT p:Retracted AND NOT q:Retracted AND NOT a:Retracted AND NOT other IN actors
			  AND ($filter.kinds IS NULL OR a.kind IN $filter.kinds)
			WITH x, a, CASE WHEN other:Country THEN other
			                ELSE coalesce(head(COLLECT { MATCH (other)-[:PART_OF*0..3]->(:Organization)-[:BASED_IN]->(c:Country) RETURN c }), other)
			           END AS partner
			WHERE partner <> x
			WITH partner, count(DISTINCT a) AS agreements
			ORDER BY agreements DESC, partner.name
			LIMIT $first
			WITH partner AS x, agreements
			RETURN labels(x)[0] AS label, x.id AS key, agreements, """
			+ CurrentAgreements.ACTOR_PROJECTION + """
					 AS node
					""";

	private static final String CURRENT_TOP_SIGNATORIES = """
			MATCH (s:Signature)-[:SIGNER]->(p:Person)
			WHERE NOT s:Retracted
			WITH p, count(s) AS signatures
			ORDER BY signatures DESC, p.name
			LIMIT $first
			RETURN p.id AS key, p.name AS name, signatures
			""";

	private static final String CURRENT_TOP_SIGNATORIES_FOR = """
			CALL () { MATCH (x:Country {id: $key}) RETURN x UNION MATCH (x:Organization {id: $key}) RETURN x }
			WITH x, CASE WHEN x:Country
			             THEN [x] + COLLECT { MATCH (x)<-[:BASED_IN]-(:Organization)<-[:PART_OF*0..3]-(o:Organization) RETURN DISTINCT o }
			             ELSE [x] END AS actors
			UNWIND actors AS actor
			MATCH (actor)<-[:ON_BEHALF_OF]-(s:Signature)-[:SIGNER]->(p:Person)
			WHERE NOT s:Retracted
			WITH p, count(DISTINCT s) AS signatures
			ORDER BY signatures DESC, p.name
			LIMIT $first
			RETURN p.id AS key, p.name AS name, signatures
			""";

	private final Neo4jClient neo4j;

	AgreementStatistics(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<YearTally> perYear(GlobalId of, @Nullable Integer fromYear, @Nullable Integer toYear) {
		Map<String, @Nullable Object> years = new HashMap<>();
		years.put("fromYear", fromYear);
		years.put("toYear", toYear);
		// one map, so that one plan serves every combination of years given
		Map<String, Object> parameters = Map.of("key", of.key(), "filter", years);
		return List.copyOf(this.neo4j.query(AsOf.present() ? CURRENT_PER_YEAR : PER_YEAR)
			.bindAll(parameters)
			.fetchAs(YearTally.class)
			.mappedBy((types, row) -> new YearTally(row.get("year").isNull() ? null : row.get("year").asInt(),
					row.get("kind").asString(), row.get("count").asInt()))
			.all());
	}

	List<PartnerTally> topPartners(GlobalId of, @Nullable List<String> kinds, int first) {
		Map<String, @Nullable Object> filter = new HashMap<>();
		filter.put("kinds", kinds);
		// one map, so that the plan made without kinds serves a request with them
		Map<String, Object> parameters = Map.of("key", of.key(), "filter", filter, "first", first);
		return List.copyOf(this.neo4j.query(AsOf.present() ? CURRENT_TOP_PARTNERS : TOP_PARTNERS)
			.bindAll(parameters)
			.fetchAs(PartnerTally.class)
			.mappedBy((types, row) -> {
				String label = row.get("label").asString();
				return new PartnerTally(
						new GlobalId(NodeType.fromLabel(label).orElseThrow(), row.get("key").asString()),
						row.get("agreements").asInt(),
						row.containsKey("node") ? CurrentAgreements.actorOf(label, row.get("node")) : null);
			})
			.all());
	}

	List<SignatoryTally> topSignatories(@Nullable GlobalId onBehalfOf, int first) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("first", first);
		String cypher = AsOf.present() ? CURRENT_TOP_SIGNATORIES : TOP_SIGNATORIES;
		if (onBehalfOf != null) {
			parameters.put("key", onBehalfOf.key());
			cypher = AsOf.present() ? CURRENT_TOP_SIGNATORIES_FOR : TOP_SIGNATORIES_FOR;
		}
		return List.copyOf(this.neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(SignatoryTally.class)
			.mappedBy((types, row) -> new SignatoryTally(row.get("key").asString(), row.get("name").asString(null),
					row.get("signatures").asInt()))
			.all());
	}

}
