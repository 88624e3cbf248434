package org.treatygraph.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.treatygraph.event.Event;
import org.treatygraph.node.NodeFetcher;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.Batches;
import org.treatygraph.system.Cursor;
import org.treatygraph.system.Paging.Connection;
import org.treatygraph.system.Paging;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The agreement feature's Cypher: agreements, parties, signatures and actions. */
@Repository
@Transactional(readOnly = true)
class AgreementRepository implements NodeFetcher {

	/**
	 * The agreements matching {@code req}, bound to {@code a}, once the anchor has found
	 * its candidates: a country matches as a party itself or through an organisation
	 * based in it (or in a unit of one); a date range matches agreements with an action
	 * whose possible period overlaps it; a venue country matches events held anywhere
	 * within it. The parties named beyond the anchor's are looked for in a subquery per
	 * candidate: as nested {@code EXISTS} conditions they took a third of the text's
	 * planning.
	 */
	private static final String MATCHING = """
			WITH DISTINCT req, a
			WHERE (req.includeRetracted OR a.retractedAt IS NULL OR a.retractedAt > $asOf) AND coalesce(a.createdAt <= $asOf, true)
			  AND (req.kinds IS NULL OR a.kind IN req.kinds)
			CALL (req, a) {
			  UNWIND range(req.checked, size(req.involving) - 1) AS i
			  WITH a, i, req.involving[i] AS ref
			  CALL (a, ref) {
			    MATCH (a)<-[:OF_AGREEMENT]-(p:Party)-[:ACTOR]->(y)
			    WHERE y.id = ref.key AND ref.label IN labels(y)
			      AND (p.retractedAt IS NULL OR p.retractedAt > $asOf) AND coalesce(p.createdAt <= $asOf, true)
			    RETURN true AS found
			    UNION
			    MATCH (a)<-[:OF_AGREEMENT]-(p:Party)-[:ACTOR]->(:Organization)-[:PART_OF*0..3]->(:Organization)-[:BASED_IN]->(:Country {id: ref.key})
			    WHERE ref.label = 'Country'
			      AND (p.retractedAt IS NULL OR p.retractedAt > $asOf) AND coalesce(p.createdAt <= $asOf, true)
			    RETURN true AS found
			  }
			  RETURN count(DISTINCT i) AS involved
			}
			WITH req, a WHERE involved = size(req.involving) - req.checked
			""";

	/**
	 * Then, for a page, the statuses asked for, derived only when a request asks for
	 * some: the page's projection derives each shown agreement's own.
	 */
	private static final String STATUS_FILTER = """
			WITH a, CASE WHEN req.statuses IS NULL THEN null ELSE
			""" + Agreement.STATUS + """
			 END AS status
			WHERE req.statuses IS NULL OR status IN req.statuses
			""";

	/**
	 * Then, for a tally, every candidate's status, derived once for the filter and the
	 * count: derived twice, it took the rarer filters' tallies a fifth longer to plan.
	 */
	private static final String STATUS_TALLIED = """
			WITH a, """ + Agreement.STATUS + """
			 AS status
			WHERE req.statuses IS NULL OR status IN req.statuses
			""";

	/**
	 * What fewer filters ask: signers, venues and dates. A request that asks none of them
	 * is matched by a text without them, which plans in a fraction of the time on a cold
	 * start (see {@code StatementPlanningTests}).
	 */
	private static final String RARE_CONDITIONS = """
			  AND all(signer IN req.signers WHERE EXISTS {
			    MATCH (a)<-[:OF_AGREEMENT]-(s:Signature)-[:SIGNER]->(:Person {id: signer})
			    WHERE (s.retractedAt IS NULL OR s.retractedAt > $asOf) AND coalesce(s.createdAt <= $asOf, true)
			  })
			  AND (req.venueCountries IS NULL OR EXISTS {
			    MATCH (a)<-[:CONCERNS]-(e:Event)-[:HELD_AT]->(:Place)-[:LOCATED_IN*1..4]->(c:Country)
			    WHERE c.id IN req.venueCountries AND (e.retractedAt IS NULL OR e.retractedAt > $asOf)
			  } OR EXISTS {
			    MATCH (a)<-[:OF_AGREEMENT]-(s:Signature)-[:AT_EVENT]->(e:Event)-[:HELD_AT]->(:Place)-[:LOCATED_IN*1..4]->(c:Country)
			    WHERE c.id IN req.venueCountries AND (e.retractedAt IS NULL OR e.retractedAt > $asOf)
			      AND (s.retractedAt IS NULL OR s.retractedAt > $asOf)
			  })
			  AND (req.from IS NULL AND req.to IS NULL OR EXISTS {
			    MATCH (a)<-[:OF_AGREEMENT]-(x:AgreementAction)
			    WHERE x.date IS NOT NULL AND (x.retractedAt IS NULL OR x.retractedAt > $asOf) AND coalesce(x.createdAt <= $asOf, true)
			      AND (req.to IS NULL OR x.date <= req.to)
			      AND (req.from IS NULL OR x.date + '~' >= req.from)
			  })
			""";

	/** The rarest filter, parties' steps, in texts of their own. */
	private static final String STEP_CONDITIONS = CurrentAgreements.stepsTakenByParties("req", "req, a", AsOf::visible);

	/**
	 * A request that names no status, signer, venue, date or step: a page's match derives
	 * no status, which as of an earlier moment reads each candidate's steps, parties and
	 * signatures.
	 */
	private static final String MATCHING_COMMON = MATCHING;

	private static final String MATCHING_RARE = MATCHING + RARE_CONDITIONS;

	/** Steps alone derive no status either: a status asked for takes the text below. */
	private static final String MATCHING_STEPS = MATCHING + STEP_CONDITIONS;

	private static final String MATCHING_RARE_AND_STEPS = MATCHING + RARE_CONDITIONS + STEP_CONDITIONS;

	/**
	 * Pages of agreements for several queries at once, each in its order
	 * ({@code req.byDate}, {@code req.descending}), continuing after a cursor: sorted
	 * ascending and reversed for descending order, which is the same order as sorting
	 * descending on both keys, so one text serves every order. The date is the earliest
	 * of a step or signature visible then; undated agreements sort as "~", after every
	 * date, and "!" puts them last in descending order too. One text per anchor, as for
	 * the present: one text for every anchor, each a branch of a {@code UNION}, took half
	 * as long again to plan.
	 */
	private static final Map<Anchor, String> PAGES = byAnchor(AgreementRepository::pages, MATCHING_COMMON);

	private static final Map<Anchor, String> PAGES_WITH_RARE_FILTERS = byAnchor(AgreementRepository::pages,
			MATCHING_RARE + STATUS_FILTER);

	/**
	 * A step always names its party, so these start from a party or a full-text query.
	 */
	private static final Map<Anchor, String> PAGES_WITH_PARTY_STEPS = byAnchor(AgreementRepository::pages,
			MATCHING_STEPS, Anchor.TEXT, Anchor.COUNTRY, Anchor.ORGANIZATION);

	/**
	 * Steps with a signer, venue or date: the rarest combination has texts of its own.
	 */
	private static final Map<Anchor, String> PAGES_WITH_RARE_FILTERS_AND_PARTY_STEPS = byAnchor(
			AgreementRepository::pages, MATCHING_RARE_AND_STEPS + STATUS_FILTER, Anchor.TEXT, Anchor.COUNTRY,
			Anchor.ORGANIZATION);

	/** Agreements matching one query, counted by kind and status. */
	private static final Map<Anchor, String> TALLY = byAnchor(AgreementRepository::tally, MATCHING_COMMON);

	private static final Map<Anchor, String> TALLY_WITH_RARE_FILTERS = byAnchor(AgreementRepository::tally,
			MATCHING_RARE);

	private static final Map<Anchor, String> TALLY_WITH_PARTY_STEPS = byAnchor(AgreementRepository::tally,
			MATCHING_STEPS, Anchor.TEXT, Anchor.COUNTRY, Anchor.ORGANIZATION);

	private static final Map<Anchor, String> TALLY_WITH_RARE_FILTERS_AND_PARTY_STEPS = byAnchor(
			AgreementRepository::tally, MATCHING_RARE_AND_STEPS, Anchor.TEXT, Anchor.COUNTRY, Anchor.ORGANIZATION);

	private static final String TITLE_SEARCH = """
			CALL db.index.fulltext.queryNodes('names', $query, {limit: 10000}) YIELD node
			WHERE node:Agreement
			RETURN collect(node.id) AS keys
			""";

	private static final String AGREEMENTS_BY_KEYS = """
			MATCH (a:Agreement) WHERE a.id IN $keys AND coalesce(a.createdAt <= $asOf, true)
			RETURN
			""" + Agreement.PROJECTION + """
			 AS node
			""";

	private static final String CURRENT_AGREEMENTS_BY_KEYS = """
			MATCH (a:Agreement) WHERE a.id IN $keys
			RETURN a {.id, .title, .kind, .summary, version: coalesce(a.version, 1), status: coalesce(a.status, 'UNKNOWN')} AS node
			""";

	private static final String LINKS_BY_KEYS = """
			MATCH (l:AgreementLink) WHERE l.id IN $keys AND coalesce(l.createdAt <= $asOf, true)
			RETURN
			""" + AgreementLink.PROJECTION + """
			 AS node
			""";

	private static final String LINKS_FROM = """
			UNWIND $keys AS key
			MATCH (:Agreement {id: key})<-[:OF_AGREEMENT]-(l:AgreementLink)
			WHERE
			""" + AsOf.visible("l") + """

			WITH key, l ORDER BY l.relation, l.id
			RETURN key, collect(""" + AgreementLink.PROJECTION + """
			) AS items
			""";

	private static final String LINKS_TO = """
			UNWIND $keys AS key
			MATCH (:Agreement {id: key})<-[:REFERS_TO]-(l:AgreementLink)
			WHERE
			""" + AsOf.visible("l") + """

			WITH key, l ORDER BY l.relation, l.id
			RETURN key, collect(""" + AgreementLink.PROJECTION + """
			) AS items
			""";

	private static final String PARTIES_BY_KEYS = """
			MATCH (p:Party) WHERE p.id IN $keys AND coalesce(p.createdAt <= $asOf, true)
			RETURN
			""" + Party.PROJECTION + """
			 AS node
			""";

	private static final String SIGNATURES_BY_KEYS = """
			MATCH (s:Signature) WHERE s.id IN $keys AND coalesce(s.createdAt <= $asOf, true)
			RETURN
			""" + Signature.PROJECTION + """
			 AS node
			""";

	private static final String ACTIONS_BY_KEYS = """
			MATCH (x:AgreementAction) WHERE x.id IN $keys AND coalesce(x.createdAt <= $asOf, true)
			RETURN
			""" + AgreementAction.PROJECTION + """
			 AS node
			""";

	private static final String PARTIES_OF_AGREEMENT = """
			UNWIND $keys AS key
			MATCH (:Agreement {id: key})<-[:OF_AGREEMENT]-(p:Party)-[:ACTOR]->(x)
			WHERE (p.retractedAt IS NULL OR p.retractedAt > $asOf) AND coalesce(p.createdAt <= $asOf, true)
			WITH key, p ORDER BY x.name
			RETURN key, collect(""" + Party.PROJECTION + """
			) AS items
			""";

	private static final String SIGNATURES_OF_AGREEMENT = """
			UNWIND $keys AS key
			MATCH (:Agreement {id: key})<-[:OF_AGREEMENT]-(s:Signature)-[:SIGNER]->(signer:Person)
			WHERE (s.retractedAt IS NULL OR s.retractedAt > $asOf) AND coalesce(s.createdAt <= $asOf, true)
			WITH key, s ORDER BY coalesce(s.date, '~'), signer.name
			RETURN key, collect(""" + Signature.PROJECTION + """
			) AS items
			""";

	private static final String SIGNATURES_BY_SIGNER = """
			UNWIND $keys AS key
			MATCH (:Person {id: key})<-[:SIGNER]-(s:Signature) WHERE (s.retractedAt IS NULL OR s.retractedAt > $asOf) AND coalesce(s.createdAt <= $asOf, true)
			WITH key, s ORDER BY coalesce(s.date, '~'), s.id
			RETURN key, collect("""
			+ Signature.PROJECTION + """
					) AS items
					""";

	private static final String SIGNATURES_ON_BEHALF_OF = """
			UNWIND $keys AS key
			MATCH (:Country {id: key})<-[:ON_BEHALF_OF]-(s:Signature) WHERE (s.retractedAt IS NULL OR s.retractedAt > $asOf) AND coalesce(s.createdAt <= $asOf, true)
			WITH key, s ORDER BY coalesce(s.date, '~'), s.id
			RETURN key, collect("""
			+ Signature.PROJECTION + """
					) AS items
					""";

	private static final String SIGNATURES_AT_EVENT = """
			UNWIND $keys AS key
			MATCH (:Event {id: key})<-[:AT_EVENT]-(s:Signature) WHERE (s.retractedAt IS NULL OR s.retractedAt > $asOf) AND coalesce(s.createdAt <= $asOf, true)
			WITH key, s ORDER BY coalesce(s.date, '~'), s.id
			RETURN key, collect("""
			+ Signature.PROJECTION + """
					) AS items
					""";

	private static final String ACTIONS_OF_AGREEMENT = """
			UNWIND $keys AS key
			MATCH (:Agreement {id: key})<-[:OF_AGREEMENT]-(x:AgreementAction) WHERE (x.retractedAt IS NULL OR x.retractedAt > $asOf) AND coalesce(x.createdAt <= $asOf, true)
			WITH key, x ORDER BY coalesce(x.date, '~'), x.id
			RETURN key, collect("""
			+ AgreementAction.PROJECTION + """
					) AS items
					""";

	/**
	 * Each party's own steps, earliest first, and those of one day in the order they were
	 * recorded: a signature before the reservation made on signing.
	 */
	private static final String STEPS_OF_PARTY = """
			UNWIND $keys AS key
			MATCH (:Party {id: key})-[:ACTOR]->(y), (:Party {id: key})-[:OF_AGREEMENT]->(a:Agreement)
			MATCH (a)<-[:OF_AGREEMENT]-(x:AgreementAction)-[:BY_PARTY]->(y)
			WHERE
			""" + AsOf.visible("x") + """

			WITH key, x ORDER BY coalesce(x.date, '~'), x.createdAt, x.id
			RETURN key, collect(""" + AgreementAction.PROJECTION + """
			) AS items
			""";

	/** The signatures given on each party's behalf. */
	private static final String SIGNATURES_OF_PARTY = """
			UNWIND $keys AS key
			MATCH (:Party {id: key})-[:ACTOR]->(y), (:Party {id: key})-[:OF_AGREEMENT]->(a:Agreement)
			MATCH (a)<-[:OF_AGREEMENT]-(s:Signature)-[:ON_BEHALF_OF]->(y)
			WHERE
			""" + AsOf.visible("s") + """

			WITH key, s ORDER BY coalesce(s.date, '~'), s.id
			RETURN key, collect(""" + Signature.PROJECTION + """
			) AS items
			""";

	/** What each party's status is derived from, read by {@link PartyStatus}. */
	private static final String STATUS_OF_PARTY = """
			UNWIND $keys AS key
			MATCH (:Party {id: key})-[:ACTOR]->(y), (:Party {id: key})-[:OF_AGREEMENT]->(a:Agreement)
			RETURN key,
			  COLLECT { MATCH (a)<-[:OF_AGREEMENT]-(x:AgreementAction)-[:BY_PARTY]->(y) WHERE
			""" + AsOf.visible("x") + """

			RETURN DISTINCT x.kind } AS own,
			  COLLECT { MATCH (a)<-[:OF_AGREEMENT]-(x:AgreementAction) WHERE
			""" + AsOf.visible("x") + """

			AND NOT EXISTS { (x)-[:BY_PARTY]->() }
			            RETURN DISTINCT x.kind } AS everyParty,
			  EXISTS { MATCH (a)<-[:OF_AGREEMENT]-(s:Signature) WHERE
			""" + AsOf.visible("s") + """
			           AND (EXISTS { (s)-[:ON_BEHALF_OF]->(y) } OR NOT EXISTS { (s)-[:ON_BEHALF_OF]->() }) } AS signed,
			  EXISTS { MATCH (a)<-[:OF_AGREEMENT]-(x:AgreementAction)-[:BY_PARTY]->() WHERE
			""" + AsOf.visible("x") + """

			} AS stepsByParties
			""";

	private static final String EVENTS_OF_AGREEMENT = """
			UNWIND $keys AS key
			MATCH (a:Agreement {id: key})
			CALL (a) {
			  MATCH (a)<-[:CONCERNS]-(e:Event) RETURN e
			  UNION
			  MATCH (a)<-[:OF_AGREEMENT]-(s)-[:AT_EVENT]->(e:Event) WHERE (s:Signature OR s:AgreementAction) AND (s.retractedAt IS NULL OR s.retractedAt > $asOf) AND coalesce(s.createdAt <= $asOf, true) RETURN e
			}
			WITH key, e WHERE (e.retractedAt IS NULL OR e.retractedAt > $asOf) AND coalesce(e.createdAt <= $asOf, true)
			WITH key, e ORDER BY
			"""
			+ Event.SORT_KEY + """
					, e.id
					RETURN key, collect(""" + Event.PROJECTION + """
					) AS items
					""";

	private static final String AGREEMENTS_AT_EVENT = """
			UNWIND $keys AS key
			MATCH (e:Event {id: key})
			CALL (e) {
			  MATCH (e)-[:CONCERNS]->(a:Agreement) RETURN a
			  UNION
			  MATCH (e)<-[:AT_EVENT]-(s)-[:OF_AGREEMENT]->(a:Agreement) WHERE (s:Signature OR s:AgreementAction) AND (s.retractedAt IS NULL OR s.retractedAt > $asOf) AND coalesce(s.createdAt <= $asOf, true) RETURN a
			}
			WITH key, a WHERE (a.retractedAt IS NULL OR a.retractedAt > $asOf) AND coalesce(a.createdAt <= $asOf, true)
			WITH key, a ORDER BY a.title
			RETURN key, collect("""
			+ Agreement.PROJECTION + """
					) AS items
					""";

	private final Neo4jClient neo4j;

	private final CurrentAgreements current;

	AgreementRepository(Neo4jClient neo4j, CurrentAgreements current) {
		this.neo4j = neo4j;
		this.current = current;
	}

	/**
	 * The answer to each query, in the order given. Reads of the present take the state
	 * the writes keep on the nodes, in one statement; reads as of an earlier moment
	 * derive status and visibility from history.
	 */
	List<AgreementAnswer> answers(List<AgreementQuery> queries) {
		if (AsOf.present()) {
			return this.current.answer(queries);
		}
		List<AgreementQuery> pageQueries = queries.stream().filter(query -> !query.tally()).toList();
		List<Connection<Agreement>> pages = pagesAsOf(pageQueries);
		List<AgreementAnswer> answers = new ArrayList<>();
		for (AgreementQuery query : queries) {
			answers.add(query.tally() ? AgreementAnswer.tally(query.page(), 0, tallyAsOf(query))
					: AgreementAnswer.page(pages.get(pageQueries.indexOf(query))));
		}
		return answers;
	}

	/**
	 * One connection per query, in the order given, as of an earlier moment: one
	 * statement for them all, plus one for full-text filters.
	 */
	private List<Connection<Agreement>> pagesAsOf(List<AgreementQuery> queries) {
		Map<Integer, Connection<Agreement>> byIndex = new HashMap<>();
		Map<String, List<String>> textKeys = titleMatches(queries);
		List<Map<String, @Nullable Object>> requests = IntStream.range(0, queries.size())
			.mapToObj(i -> request(queries.get(i), i, textKeys.get(queries.get(i).text())))
			.toList();
		if (requests.isEmpty()) {
			return List.of();
		}
		Map<String, List<Map<String, @Nullable Object>>> byStatement = new LinkedHashMap<>();
		for (int i = 0; i < queries.size(); i++) {
			byStatement.computeIfAbsent(pagesStatement(queries.get(i)), statement -> new ArrayList<>())
				.add(requests.get(i));
		}
		byStatement.forEach((statement, sent) -> this.neo4j.query(statement)
			.bind(sent)
			.to("requests")
			.fetchAs(IndexedPage.class)
			.mappedBy((types, row) -> {
				int index = row.get("index").asInt();
				List<Agreement> page = row.get("page").asList(Agreement::from);
				List<String> sortKeys = row.get("sortKeys").asList(Value::asString);
				List<Cursor> cursors = IntStream.range(0, page.size())
					.mapToObj(i -> new Cursor(sortKeys.get(i), page.get(i).key()))
					.toList();
				return new IndexedPage(index, Paging.connection(queries.get(index).page(), page,
						row.get("total").asLong(), agreement -> cursors.get(page.indexOf(agreement))));
			})
			.all()
			.forEach(page -> byIndex.put(page.index(), page.connection())));
		// a query that matches nothing has no row: its grouping had no input
		return IntStream.range(0, queries.size())
			.mapToObj(i -> byIndex.computeIfAbsent(i,
					(absent) -> Paging.connection(queries.get(i).page(), List.of(), 0,
							(Agreement agreement) -> new Cursor(agreement.title(), agreement.key()))))
			.toList();
	}

	private static String pagesStatement(AgreementQuery query) {
		return statementFor(query, PAGES, PAGES_WITH_RARE_FILTERS, PAGES_WITH_PARTY_STEPS,
				PAGES_WITH_RARE_FILTERS_AND_PARTY_STEPS);
	}

	/**
	 * The text for the query's anchor of the lightest kind that covers its filters: a
	 * status is a rare filter here, derived from history for every candidate.
	 */
	private static String statementFor(AgreementQuery query, Map<Anchor, String> common, Map<Anchor, String> rare,
			Map<Anchor, String> steps, Map<Anchor, String> rareAndSteps) {
		Anchor anchor = Anchor.of(query);
		if (!query.steps().isEmpty()) {
			return Objects.requireNonNull((rareHere(query) ? rareAndSteps : steps).get(anchor),
					() -> "a filter on steps names their parties: " + query);
		}
		return (rareHere(query) ? rare : common).get(anchor);
	}

	/** A status is derived from history here, as heavy as the rarer filters. */
	private static boolean rareHere(AgreementQuery query) {
		return query.statuses() != null || query.usesRareFilters();
	}

	private static String pages(String from, String matching) {
		return """
				UNWIND $requests AS req
				CALL (req) {
				""" + from + matching
				+ """
						  WITH req, a, CASE WHEN req.byDate
						    THEN coalesce(head(COLLECT { MATCH (a)<-[:OF_AGREEMENT]-(x) WHERE (x:AgreementAction OR x:Signature) AND x.date IS NOT NULL
						           AND (x.retractedAt IS NULL OR x.retractedAt > $asOf) AND coalesce(x.createdAt <= $asOf, true)
						           RETURN x.date ORDER BY x.date }), CASE WHEN req.descending THEN '!' ELSE '~' END) + ' ' + a.title
						    ELSE a.title END AS sortKey
						  ORDER BY sortKey, a.id
						  WITH req, collect({a: a, sortKey: sortKey}) AS sorted
						  WITH req, CASE WHEN req.descending THEN reverse(sorted) ELSE sorted END AS matches
						  RETURN size(matches) AS total,
						         [m IN matches WHERE req.afterKey IS NULL
						            OR NOT req.descending AND (m.sortKey > req.afterSortKey OR m.sortKey = req.afterSortKey AND m.a.id > req.afterKey)
						            OR req.descending AND (m.sortKey < req.afterSortKey OR m.sortKey = req.afterSortKey AND m.a.id < req.afterKey)
						         ][0..req.limit] AS pageMatches
						}
						RETURN req.index AS index, total, [m IN pageMatches | m.sortKey] AS sortKeys,
						       [a IN [m IN pageMatches | m.a] |
						"""
				+ Agreement.PROJECTION + """
						] AS page
						""";
	}

	private static String tally(String from, String matching) {
		return """
				WITH $request AS req
				""" + from + matching + STATUS_TALLIED + """
				WITH a.kind AS kind, status, count(*) AS count
				RETURN kind, status, count ORDER BY count DESC, kind, status
				""";
	}

	/** A query's parameters with where its match starts and the order it asks for. */
	private static Map<String, @Nullable Object> request(AgreementQuery query, int index,
			@Nullable List<String> textKeys) {
		Map<String, @Nullable Object> request = new HashMap<>(query.parameters(index, textKeys));
		request.put("checked", Anchor.of(query).checked);
		request.put("byDate", query.order().field() == AgreementOrder.Field.DATE);
		request.put("descending", query.order().descending());
		return request;
	}

	/** The agreements each distinct full-text query finds, by query. */
	private Map<String, List<String>> titleMatches(List<AgreementQuery> queries) {
		Map<String, List<String>> keys = new HashMap<>();
		queries.stream()
			.map(AgreementQuery::text)
			.filter(Objects::nonNull)
			.distinct()
			.forEach(text -> keys.put(text,
					List.copyOf(this.neo4j.query(TITLE_SEARCH)
						.bind(text)
						.to("query")
						.fetchAs(List.class)
						.mappedBy((types, row) -> row.get("keys").asList(Value::asString))
						.one()
						.orElseThrow())));
		return keys;
	}

	/** The agreements one query matches, counted by kind and status, largest first. */
	private List<AgreementTally> tallyAsOf(AgreementQuery query) {
		Map<String, @Nullable Object> request = request(query, 0,
				query.text() == null ? null : titleMatches(List.of(query)).get(query.text()));
		return List.copyOf(this.neo4j
			.query(statementFor(query, TALLY, TALLY_WITH_RARE_FILTERS, TALLY_WITH_PARTY_STEPS,
					TALLY_WITH_RARE_FILTERS_AND_PARTY_STEPS))
			.bind(request)
			.to("request")
			.fetchAs(AgreementTally.class)
			.mappedBy((types, row) -> new AgreementTally(row.get("kind").asString(), row.get("status").asString(),
					row.get("count").asInt()))
			.all());
	}

	/**
	 * One statement for each of these anchors (every anchor when none is named), the
	 * anchor's match followed by {@code matching}.
	 */
	private static Map<Anchor, String> byAnchor(BinaryOperator<String> statement, String matching, Anchor... anchors) {
		Map<Anchor, String> texts = new EnumMap<>(Anchor.class);
		for (Anchor anchor : (anchors.length == 0) ? Anchor.values() : anchors) {
			texts.put(anchor, statement.apply(anchor.from, matching));
		}
		return Collections.unmodifiableMap(texts);
	}

	/**
	 * Where the search for matching agreements starts: from the few that a full-text
	 * query found, from the first country, organisation or signer named, or, with none of
	 * these, from every agreement. The remaining filters then check each candidate, so
	 * the cost follows the anchor's agreements rather than the graph's size.
	 */
	enum Anchor {

		TEXT(0, """
				MATCH (a:Agreement) WHERE a.id IN req.textKeys
				"""),

		COUNTRY(1,
				"""
						MATCH (x:Country {id: req.involving[0].key})
						CALL (x) {
						  MATCH (x)<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(a:Agreement) WHERE (p.retractedAt IS NULL OR p.retractedAt > $asOf) AND coalesce(p.createdAt <= $asOf, true) RETURN a
						  UNION
						  MATCH (x)<-[:BASED_IN]-(:Organization)<-[:PART_OF*0..3]-(:Organization)<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(a:Agreement)
						  WHERE (p.retractedAt IS NULL OR p.retractedAt > $asOf) AND coalesce(p.createdAt <= $asOf, true) RETURN a
						}
						"""),

		ORGANIZATION(1, """
				MATCH (:Organization {id: req.involving[0].key})<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(a:Agreement)
				WHERE (p.retractedAt IS NULL OR p.retractedAt > $asOf) AND coalesce(p.createdAt <= $asOf, true)
				"""),

		SIGNER(0, """
				MATCH (:Person {id: req.signers[0]})<-[:SIGNER]-(:Signature)-[:OF_AGREEMENT]->(a:Agreement)
				"""),

		ALL(0, """
				MATCH (a:Agreement)
				""");

		/** How many involving references the anchor has already checked. */
		private final int checked;

		/** The anchor's candidates, bound to {@code a}, perhaps more than once. */
		private final String from;

		Anchor(int checked, String from) {
			this.checked = checked;
			this.from = from;
		}

		static Anchor of(AgreementQuery query) {
			if (query.text() != null) {
				return TEXT;
			}
			if (!query.involving().isEmpty()) {
				return query.involving().getFirst().type() == NodeType.COUNTRY ? COUNTRY : ORGANIZATION;
			}
			return query.signerKeys().isEmpty() ? ALL : SIGNER;
		}

	}

	private record IndexedPage(int index, Connection<Agreement> connection) {
	}

	Map<String, List<AgreementLink>> linksFrom(Collection<String> agreementKeys) {
		return Batches.grouped(this.neo4j, LINKS_FROM, agreementKeys, AgreementLink::from);
	}

	Map<String, List<AgreementLink>> linksTo(Collection<String> agreementKeys) {
		return Batches.grouped(this.neo4j, LINKS_TO, agreementKeys, AgreementLink::from);
	}

	Map<String, List<Party>> partiesOf(Collection<String> agreementKeys) {
		return Batches.grouped(this.neo4j, PARTIES_OF_AGREEMENT, agreementKeys, Party::from);
	}

	Map<String, List<Signature>> signaturesOf(Collection<String> agreementKeys) {
		return Batches.grouped(this.neo4j, SIGNATURES_OF_AGREEMENT, agreementKeys, Signature::from);
	}

	Map<String, List<Signature>> signaturesBy(Collection<String> personKeys) {
		return Batches.grouped(this.neo4j, SIGNATURES_BY_SIGNER, personKeys, Signature::from);
	}

	Map<String, List<Signature>> signaturesOnBehalfOf(Collection<String> countryKeys) {
		return Batches.grouped(this.neo4j, SIGNATURES_ON_BEHALF_OF, countryKeys, Signature::from);
	}

	Map<String, List<Signature>> signaturesAt(Collection<String> eventKeys) {
		return Batches.grouped(this.neo4j, SIGNATURES_AT_EVENT, eventKeys, Signature::from);
	}

	Map<String, List<AgreementAction>> actionsOf(Collection<String> agreementKeys) {
		return Batches.grouped(this.neo4j, ACTIONS_OF_AGREEMENT, agreementKeys, AgreementAction::from);
	}

	Map<String, List<AgreementAction>> stepsOf(Collection<String> partyKeys) {
		return Batches.grouped(this.neo4j, STEPS_OF_PARTY, partyKeys, AgreementAction::from);
	}

	Map<String, List<Signature>> signaturesFor(Collection<String> partyKeys) {
		return Batches.grouped(this.neo4j, SIGNATURES_OF_PARTY, partyKeys, Signature::from);
	}

	/** Each party's status, by party key. */
	Map<String, String> statusesOf(Collection<String> partyKeys) {
		Map<String, String> statuses = new HashMap<>();
		this.neo4j.query(STATUS_OF_PARTY)
			.bind(partyKeys)
			.to("keys")
			.fetch()
			.all()
			.forEach(row -> statuses.put((String) row.get("key"),
					new PartyStatus(strings(row.get("own")), strings(row.get("everyParty")),
							Boolean.TRUE.equals(row.get("signed")), Boolean.TRUE.equals(row.get("stepsByParties")))
						.status()));
		return statuses;
	}

	private static Set<String> strings(@Nullable Object list) {
		Set<String> strings = new HashSet<>();
		if (list instanceof List<?> values) {
			values.forEach(value -> strings.add((String) value));
		}
		return strings;
	}

	Map<String, List<Event>> eventsOfAgreement(Collection<String> agreementKeys) {
		return Batches.grouped(this.neo4j, EVENTS_OF_AGREEMENT, agreementKeys, Event::from);
	}

	Map<String, List<Agreement>> agreementsAt(Collection<String> eventKeys) {
		return Batches.grouped(this.neo4j, AGREEMENTS_AT_EVENT, eventKeys, Agreement::from);
	}

	@Override
	public Map<NodeType, Function<Collection<String>, Map<String, ?>>> fetchers() {
		return Map.of(NodeType.AGREEMENT,
				keys -> Batches.byKeys(this.neo4j, AsOf.present() ? CURRENT_AGREEMENTS_BY_KEYS : AGREEMENTS_BY_KEYS,
						keys, Agreement::from, Agreement::key),
				NodeType.PARTY, keys -> Batches.byKeys(this.neo4j, PARTIES_BY_KEYS, keys, Party::from, Party::key),
				NodeType.AGREEMENT_LINK,
				keys -> Batches.byKeys(this.neo4j, LINKS_BY_KEYS, keys, AgreementLink::from, AgreementLink::key),
				NodeType.SIGNATURE,
				keys -> Batches.byKeys(this.neo4j, SIGNATURES_BY_KEYS, keys, Signature::from, Signature::key),
				NodeType.AGREEMENT_ACTION,
				keys -> Batches.byKeys(this.neo4j, ACTIONS_BY_KEYS, keys, AgreementAction::from, AgreementAction::key));
	}

}
