package org.treatygraph.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.treatygraph.country.Country;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.organization.Organization;
import org.treatygraph.source.Citation;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.Cursor;
import org.treatygraph.system.PageRequest;
import org.treatygraph.system.Paging;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreement lists as they stand now, read from the state the writes keep on the nodes
 * (status, first date, the {@code Retracted} label): one fixed statement answers every
 * page and tally of a request, one match per distinct filter.
 */
@Repository
@Transactional(readOnly = true)
class CurrentAgreements {

	/**
	 * A party's actor bound to {@code x}, a country or an organisation, as
	 * {@link #actorOf} reads it: what the actor's own loader would bring.
	 */
	static final String ACTOR_PROJECTION = """
			x {.id, .code, .alpha3, .name, .acronym, .aliases, .kind,
			   country: head(COLLECT { MATCH (x)-[:BASED_IN]->(c:Country) RETURN c.id }),
			   countryName: head(COLLECT { MATCH (x)-[:BASED_IN]->(c:Country) RETURN c.name }),
			   partOf: head(COLLECT { MATCH (x)-[:PART_OF]->(o:Organization) RETURN o.id }),
			   partOfName: head(COLLECT { MATCH (x)-[:PART_OF]->(o:Organization) RETURN o.name })}""";

	/** Each filter with the actors it names, a country with its organisations. */
	private static final String INVOLVED = """
			UNWIND $filters AS f
			CALL (f) {
			  UNWIND f.involving AS ref
			  OPTIONAL MATCH (c:Country {id: ref.key}) WHERE ref.label = 'Country'
			  OPTIONAL MATCH (o:Organization {id: ref.key}) WHERE ref.label = 'Organization'
			  WITH ref, c, o, COLLECT { MATCH (c)<-[:BASED_IN]-(:Organization)<-[:PART_OF*0..3]-(u:Organization) RETURN DISTINCT u } AS units
			  ORDER BY ref.index
			  RETURN collect(CASE WHEN c IS NULL THEN [o] ELSE [c] + units END) AS involved
			}
			CALL (f, involved) {
			""";

	/**
	 * Where the match starts, one text per anchor (a condition on the anchor inside one
	 * text cannot stop the planner from scanning every agreement for the branch that does
	 * not apply): the agreements of the one party named. Its variables are named apart
	 * from those the conditions' subqueries use, which would otherwise refer to them.
	 */
	private static final String FROM_ONE_PARTY = """
			  UNWIND involved[0] AS named
			  MATCH (named)<-[:ACTOR]-(party:Party)-[:OF_AGREEMENT]->(a:Agreement)
			  WHERE NOT party:Retracted
			""";

	/**
	 * The agreements two named parties share: each side's agreements read once and kept
	 * when both sides reached them, which also keeps those of one party that stands for
	 * both, such as a ministry named beside its country. (A join per pair of the sides'
	 * actors read the larger side's agreements once per actor of the other: 15 % slower
	 * for two hubs at scale M, and slower to plan; the lowest and highest side reached
	 * tell it in another 15 % less than the list of sides.)
	 */
	private static final String FROM_TWO_PARTIES = """
			  CALL (involved) {
			    UNWIND [0, 1] AS side
			    UNWIND involved[side] AS x
			    MATCH (x)<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(a:Agreement)
			    WHERE NOT p:Retracted
			    WITH a, min(side) AS first, max(side) AS last
			    WHERE first < last
			    RETURN a
			  }
			""";

	/** The agreements a full-text query finds. */
	private static final String FROM_TEXT = """
			  CALL db.index.fulltext.queryNodes('names', f.text, {limit: 10000}) YIELD node
			  WITH f, involved, node AS a WHERE a:Agreement
			""";

	/** The agreements the first signer named signed. */
	private static final String FROM_A_SIGNER = """
			  MATCH (:Person {id: f.signers[0]})<-[:SIGNER]-(:Signature)-[:OF_AGREEMENT]->(a:Agreement)
			""";

	/** Every agreement, when a filter names none of these. */
	private static final String FROM_ALL = """
			  MATCH (a:Agreement)
			""";

	/**
	 * What every candidate is checked for: retraction, kind, status, the other parties.
	 */
	private static final String COMMON_CONDITIONS = """
			  WITH f, involved, a WHERE (f.includeRetracted OR NOT a:Retracted)
			    AND (f.kinds IS NULL OR a.kind IN f.kinds)
			    AND (f.statuses IS NULL OR coalesce(a.status, 'UNKNOWN') IN f.statuses)
			    AND all(actors IN involved[f.checked..] WHERE EXISTS {
			      MATCH (a)<-[:OF_AGREEMENT]-(p:Party)-[:ACTOR]->(y) WHERE y IN actors AND NOT p:Retracted
			    })
			""";

	/**
	 * Keeps the agreement bound to {@code a} when, for every entry of the steps the
	 * filter bound to {@code filter} names, it has a step of one of its kinds taken by
	 * its party; a step that names no party is every party's, and for a signing so is a
	 * signature given on the party's behalf or on nobody's. The steps and signatures of
	 * the kinds asked are read in a subquery with whom they name: conditions for each
	 * case nested in {@code EXISTS} took the planner three times as long (1.5 s).
	 * @param filter the variable holding the filter
	 * @param kept the variables the statement goes on with, {@code a} among them
	 * @param counts the condition that the fact bound to a variable counts
	 */
	static String stepsTakenByParties(String filter, String kept, UnaryOperator<String> counts) {
		String steps = filter + ".steps";
		return "  CALL (" + filter + ", a) {\n" + "    UNWIND range(0, size(" + steps + ") - 1) AS i\n"
				+ "    WITH a, i, " + steps + "[i] AS step\n" + """
						    CALL (a, step) {
						      MATCH (a)<-[:OF_AGREEMENT]-(x:AgreementAction) WHERE x.kind IN step.kinds AND
						""" + counts.apply("x") + """

						      OPTIONAL MATCH (x)-[:BY_PARTY]->(y)
						      RETURN true AS action, y.id AS key, labels(y) AS labels
						      UNION ALL
						      MATCH (a)<-[:OF_AGREEMENT]-(s:Signature) WHERE 'SIGNED' IN step.kinds AND
						""" + counts.apply("s") + """

						      OPTIONAL MATCH (s)-[:ON_BEHALF_OF]->(y)
						      RETURN false AS action, y.id AS key, labels(y) AS labels
						    }
						    WITH a, i, step, action, key, labels
						    WHERE action AND key = step.key AND step.label IN labels
						      OR (key IS NULL OR key = step.key AND step.label IN labels) AND EXISTS {
						        MATCH (a)<-[:OF_AGREEMENT]-(p:Party)-[:ACTOR]->(y)
						        WHERE y.id = step.key AND step.label IN labels(y) AND
						""" + counts.apply("p") + """

						      }
						    RETURN count(DISTINCT i) AS stepsTaken
						  }
						""" + "  WITH " + kept + " WHERE stepsTaken = size(" + steps + ")\n";
	}

	/** What fewer filters ask: signers, venues and dates. */
	private static final String RARE_CONDITIONS = """
			    AND all(signer IN f.signers WHERE EXISTS {
			      MATCH (a)<-[:OF_AGREEMENT]-(s:Signature)-[:SIGNER]->(:Person {id: signer}) WHERE NOT s:Retracted
			    })
			    AND (f.venueCountries IS NULL OR EXISTS {
			      MATCH (a)<-[:CONCERNS]-(e:Event)-[:HELD_AT]->(:Place)-[:LOCATED_IN*1..4]->(c:Country)
			      WHERE c.id IN f.venueCountries AND NOT e:Retracted
			    } OR EXISTS {
			      MATCH (a)<-[:OF_AGREEMENT]-(s:Signature)-[:AT_EVENT]->(e:Event)-[:HELD_AT]->(:Place)-[:LOCATED_IN*1..4]->(c:Country)
			      WHERE c.id IN f.venueCountries AND NOT e:Retracted AND NOT s:Retracted
			    })
			    AND (f.from IS NULL AND f.to IS NULL OR EXISTS {
			      MATCH (a)<-[:OF_AGREEMENT]-(x:AgreementAction)
			      WHERE x.date IS NOT NULL AND NOT x:Retracted
			        AND (f.to IS NULL OR x.date <= f.to) AND (f.from IS NULL OR x.date + '~' >= f.from)
			    })
			""";

	/** The rarest filter, parties' steps, in texts of its own. */
	private static final String STEP_CONDITIONS = stepsTakenByParties("f", "f, involved, a", AsOf::standing);

	/**
	 * The pages asked of each filter's matches, and its tally, from the same match. Each
	 * page keeps only the first {@code $top} (its statement's largest page) after its
	 * cursor as it sorts, rather than sorting every match. The citations are asked for
	 * through an {@code UNWIND} of one key or none: Neo4j placed a {@code WHERE} on
	 * {@code req} after the citations' index seek.
	 */
	private static final String PAGES_AND_TALLY = """
			  RETURN collect(DISTINCT a) AS matched
			}
			CALL (f, matched) {
			  UNWIND f.pages AS req
			  CALL (req, matched) {
			    CALL (req, matched) {
			      WITH req, matched WHERE NOT req.descending
			      UNWIND matched AS a
			      WITH req, a, CASE WHEN req.byDate THEN coalesce(a.firstDate, '~') + ' ' + a.title ELSE a.title END AS sortKey
			      WHERE req.afterKey IS NULL OR sortKey > req.afterSortKey OR sortKey = req.afterSortKey AND a.id > req.afterKey
			      RETURN a, sortKey ORDER BY sortKey, a.id LIMIT $top
			      UNION ALL
			      WITH req, matched WHERE req.descending
			      UNWIND matched AS a
			      WITH req, a, CASE WHEN req.byDate THEN coalesce(a.firstDate, '!') + ' ' + a.title ELSE a.title END AS sortKey
			      WHERE req.afterKey IS NULL OR sortKey < req.afterSortKey OR sortKey = req.afterSortKey AND a.id < req.afterKey
			      RETURN a, sortKey ORDER BY sortKey DESC, a.id DESC LIMIT $top
			    }
			    WITH req, collect({a: a, sortKey: sortKey}) AS top
			    UNWIND top[0..req.limit] AS m
			    WITH m.a AS a, m.sortKey AS sortKey
			    CALL (a, req) {
			      WITH a WHERE req.withParties
			      MATCH (a)<-[:OF_AGREEMENT]-(p:Party)-[:ACTOR]->(x)
			      WHERE NOT p:Retracted
			      WITH a, p, x ORDER BY x.name
			      RETURN collect({id: p.id, role: p.role, agreement: a.id, actor: {label: labels(x)[0], key: x.id},
			                      node: """
			+ ACTOR_PROJECTION + """
					}) AS parties
					  }
					  CALL (a, req) {
					    UNWIND CASE WHEN req.withCitations THEN [a.id] ELSE [] END AS factKey
					    MATCH (c:Citation {factKey: factKey})-[:FROM_SOURCE]->(s:Source)
					    WHERE NOT c:Retracted
					    WITH c, s, {label: 'Agreement', key: a.id} AS fact ORDER BY s.title, c.id
					    RETURN collect(""" + Citation.WITH_SOURCE
			+ """
					) AS citations
					    }
					    RETURN collect(sortKey) AS sortKeys, collect(parties) AS parties, collect(citations) AS citations,
					           collect(a {.id, .title, .kind, .summary, status: coalesce(a.status, 'UNKNOWN'), version: coalesce(a.version, 1)}) AS page
					  }
					  RETURN collect({index: req.index, sortKeys: sortKeys, page: page, parties: parties, citations: citations}) AS pages
					}
					CALL (f, matched) {
					  UNWIND CASE WHEN f.tally THEN matched ELSE [] END AS a
					  WITH a.kind AS kind, coalesce(a.status, 'UNKNOWN') AS status, count(*) AS count
					  ORDER BY count DESC, kind, status
					  RETURN collect({kind: kind, status: status, count: count}) AS tally
					}
					RETURN f.index AS filter, size(matched) AS total, pages, tally
					""";

	/**
	 * For each filter {@code f} that names one party: the matching agreements, each page
	 * asked of them and, when asked, their count by kind and status. A country matches as
	 * a party itself or through an organisation based in it (or in a unit of one):
	 * {@code involved} holds these actors for each country or organisation named. The
	 * match starts from what the filter names (one text per anchor, each planned on its
	 * own and smaller than one text for all); parties named beyond the anchor's are
	 * checked per candidate. Two named parties meet on the agreements both sides reach,
	 * each side read once. A date range matches agreements with a step whose possible
	 * period overlaps it; a venue country matches events held anywhere within it.
	 * <p>
	 * Filters by signer, venue or date, which analysts set less often, go to texts of
	 * their own ({@code _WITH_RARE_FILTERS}): the common ones then plan in about half the
	 * time, which the first question after a start waits for.
	 */
	static final String PAGES_FROM_ONE_PARTY = INVOLVED + FROM_ONE_PARTY + COMMON_CONDITIONS + PAGES_AND_TALLY;

	/** The same for filters that name two or more parties. */
	static final String PAGES_FROM_TWO_PARTIES = INVOLVED + FROM_TWO_PARTIES + COMMON_CONDITIONS + PAGES_AND_TALLY;

	/** The same for filters with a full-text query. */
	static final String PAGES_FROM_TEXT = INVOLVED + FROM_TEXT + COMMON_CONDITIONS + PAGES_AND_TALLY;

	/** The same for filters that name no party, signer or text. */
	static final String PAGES_OF_ALL = INVOLVED + FROM_ALL + COMMON_CONDITIONS + PAGES_AND_TALLY;

	static final String PAGES_FROM_ONE_PARTY_WITH_RARE_FILTERS = INVOLVED + FROM_ONE_PARTY + COMMON_CONDITIONS
			+ RARE_CONDITIONS + PAGES_AND_TALLY;

	static final String PAGES_FROM_TWO_PARTIES_WITH_RARE_FILTERS = INVOLVED + FROM_TWO_PARTIES + COMMON_CONDITIONS
			+ RARE_CONDITIONS + PAGES_AND_TALLY;

	static final String PAGES_FROM_TEXT_WITH_RARE_FILTERS = INVOLVED + FROM_TEXT + COMMON_CONDITIONS + RARE_CONDITIONS
			+ PAGES_AND_TALLY;

	/**
	 * Filters on parties' steps. A step always names its party, so these start from a
	 * party or from a full-text query. Without the rare filters beside them they plan
	 * without those conditions too, a third less time.
	 */
	static final String PAGES_FROM_ONE_PARTY_WITH_PARTY_STEPS = INVOLVED + FROM_ONE_PARTY + COMMON_CONDITIONS
			+ STEP_CONDITIONS + PAGES_AND_TALLY;

	static final String PAGES_FROM_TWO_PARTIES_WITH_PARTY_STEPS = INVOLVED + FROM_TWO_PARTIES + COMMON_CONDITIONS
			+ STEP_CONDITIONS + PAGES_AND_TALLY;

	static final String PAGES_FROM_TEXT_WITH_PARTY_STEPS = INVOLVED + FROM_TEXT + COMMON_CONDITIONS + STEP_CONDITIONS
			+ PAGES_AND_TALLY;

	/** Filters on parties' steps with a signer, venue or date. */
	static final String PAGES_FROM_ONE_PARTY_WITH_RARE_FILTERS_AND_PARTY_STEPS = INVOLVED + FROM_ONE_PARTY
			+ COMMON_CONDITIONS + RARE_CONDITIONS + STEP_CONDITIONS + PAGES_AND_TALLY;

	static final String PAGES_FROM_TWO_PARTIES_WITH_RARE_FILTERS_AND_PARTY_STEPS = INVOLVED + FROM_TWO_PARTIES
			+ COMMON_CONDITIONS + RARE_CONDITIONS + STEP_CONDITIONS + PAGES_AND_TALLY;

	static final String PAGES_FROM_TEXT_WITH_RARE_FILTERS_AND_PARTY_STEPS = INVOLVED + FROM_TEXT + COMMON_CONDITIONS
			+ RARE_CONDITIONS + STEP_CONDITIONS + PAGES_AND_TALLY;

	static final String PAGES_OF_ALL_WITH_RARE_FILTERS = INVOLVED + FROM_ALL + COMMON_CONDITIONS + RARE_CONDITIONS
			+ PAGES_AND_TALLY;

	/** Filters that name signers and no party nor text; signers are a rare filter. */
	static final String PAGES_FROM_A_SIGNER = INVOLVED + FROM_A_SIGNER + COMMON_CONDITIONS + RARE_CONDITIONS
			+ PAGES_AND_TALLY;

	private final Neo4jClient neo4j;

	CurrentAgreements(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The answer to each query, in the order given, from one statement per anchor the
	 * queries start from (one for the usual request).
	 */
	List<AgreementAnswer> answer(List<AgreementQuery> queries) {
		Map<Map<String, @Nullable Object>, Request> byFilter = new LinkedHashMap<>();
		for (int i = 0; i < queries.size(); i++) {
			AgreementQuery query = queries.get(i);
			Request request = byFilter.computeIfAbsent(query.filter(),
					filter -> new Request(filter, byFilter.size(), statementFor(query)));
			if (query.tally()) {
				request.tally = true;
			}
			else {
				request.windows.add(query.window(i));
			}
		}
		Map<Integer, Matches> byIndex = new HashMap<>();
		Map<String, List<Request>> byStatement = new LinkedHashMap<>();
		byFilter.values()
			.forEach(request -> byStatement.computeIfAbsent(request.statement, statement -> new ArrayList<>())
				.add(request));
		byStatement.forEach((statement, requests) -> this.neo4j.query(statement)
			.bindAll(Map.of("filters", requests.stream().map(Request::parameters).toList(), "top",
					requests.stream().mapToInt(Request::largestPage).max().orElse(0)))
			.fetchAs(Matches.class)
			.mappedBy((types, row) -> new Matches(row.get("filter").asInt(), row.get("total").asLong(),
					row.get("pages").asList(value -> value),
					row.get("tally")
						.asList(value -> new AgreementTally(value.get("kind").asString(),
								value.get("status").asString(), value.get("count").asInt()))))
			.all()
			.forEach(matches -> byIndex.put(matches.filter(), matches)));
		return IntStream.range(0, queries.size()).mapToObj(i -> {
			AgreementQuery query = queries.get(i);
			Matches matches = byIndex.get(byFilter.get(query.filter()).index);
			return query.tally() ? AgreementAnswer.tally(query.page(), matches.total(), matches.tally())
					: matches.answer(i, query.page(), query.withParties(), query.withCitations());
		}).toList();
	}

	private static String statementFor(AgreementQuery query) {
		boolean rare = query.usesRareFilters();
		if (!query.steps().isEmpty()) {
			return switch (query.anchor()) {
				case "ACTOR" -> rare ? PAGES_FROM_ONE_PARTY_WITH_RARE_FILTERS_AND_PARTY_STEPS
						: PAGES_FROM_ONE_PARTY_WITH_PARTY_STEPS;
				case "PAIR" -> rare ? PAGES_FROM_TWO_PARTIES_WITH_RARE_FILTERS_AND_PARTY_STEPS
						: PAGES_FROM_TWO_PARTIES_WITH_PARTY_STEPS;
				case "TEXT" ->
					rare ? PAGES_FROM_TEXT_WITH_RARE_FILTERS_AND_PARTY_STEPS : PAGES_FROM_TEXT_WITH_PARTY_STEPS;
				default -> throw new IllegalStateException("a filter on steps names their parties: " + query);
			};
		}
		return switch (query.anchor()) {
			case "ACTOR" -> rare ? PAGES_FROM_ONE_PARTY_WITH_RARE_FILTERS : PAGES_FROM_ONE_PARTY;
			case "PAIR" -> rare ? PAGES_FROM_TWO_PARTIES_WITH_RARE_FILTERS : PAGES_FROM_TWO_PARTIES;
			case "TEXT" -> rare ? PAGES_FROM_TEXT_WITH_RARE_FILTERS : PAGES_FROM_TEXT;
			case "SIGNER" -> PAGES_FROM_A_SIGNER;
			default -> rare ? PAGES_OF_ALL_WITH_RARE_FILTERS : PAGES_OF_ALL;
		};
	}

	/** A country or an organisation read with {@link #ACTOR_PROJECTION}. */
	static Object actorOf(String label, Value node) {
		return label.equals(NodeType.COUNTRY.label()) ? Country.from(node) : Organization.from(node);
	}

	/** What one filter matched: how many, the pages asked of it, and its tally. */
	private record Matches(int filter, long total, List<Value> pages, List<AgreementTally> tally) {

		AgreementAnswer answer(int index, PageRequest request, boolean withParties, boolean withCitations) {
			Value window = this.pages.stream()
				.filter(page -> page.get("index").asInt() == index)
				.findFirst()
				.orElseThrow();
			List<Agreement> page = window.get("page").asList(Agreement::from);
			List<String> sortKeys = window.get("sortKeys").asList(Value::asString);
			Map<Agreement, List<Party>> parties = new HashMap<>();
			Map<GlobalId, Object> actors = new HashMap<>();
			List<Value> partiesPerAgreement = window.get("parties").asList(value -> value);
			for (int i = 0; withParties && i < page.size(); i++) {
				List<Value> rows = partiesPerAgreement.get(i).asList(value -> value);
				parties.put(page.get(i), rows.stream().map(Party::from).toList());
				rows.forEach(row -> actors.put(GlobalId.reference(row, "actor"),
						actorOf(row.get("actor").get("label").asString(), row.get("node"))));
			}
			Map<GlobalId, List<Citation>> citations = new HashMap<>();
			List<Value> citationsPerAgreement = window.get("citations").asList(value -> value);
			for (int i = 0; withCitations && i < page.size(); i++) {
				citations.put(page.get(i).globalId(), Citation.withSources(citationsPerAgreement.get(i)));
			}
			return new AgreementAnswer(
					Paging.connection(request, page, this.total,
							agreement -> new Cursor(sortKeys.get(page.indexOf(agreement)), agreement.key())),
					List.of(), parties, actors, citations);
		}

	}

	/** One filter's parameters: its pages and whether its tally is asked for. */
	private static final class Request {

		private final Map<String, @Nullable Object> filter;

		private final List<Map<String, @Nullable Object>> windows = new ArrayList<>();

		private boolean tally;

		private final int index;

		private final String statement;

		Request(Map<String, @Nullable Object> filter, int index, String statement) {
			this.filter = filter;
			this.index = index;
			this.statement = statement;
		}

		int largestPage() {
			return this.windows.stream().mapToInt(window -> (Integer) window.get("limit")).max().orElse(0);
		}

		Map<String, @Nullable Object> parameters() {
			Map<String, @Nullable Object> parameters = new HashMap<>(this.filter);
			parameters.put("pages", this.windows);
			parameters.put("tally", this.tally);
			parameters.put("index", this.index);
			return parameters;
		}

	}

}
