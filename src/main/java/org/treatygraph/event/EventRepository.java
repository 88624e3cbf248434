package org.treatygraph.event;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.treatygraph.date.DateRange;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeFetcher;
import org.treatygraph.node.NodeType;
import org.treatygraph.organization.Organization;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.Batches;
import org.treatygraph.system.Cursor;
import org.treatygraph.system.PageRequest;
import org.treatygraph.system.Paging.Connection;
import org.treatygraph.system.Paging;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The event feature's Cypher: events and who attended them. */
@Repository
@Transactional(readOnly = true)
class EventRepository implements NodeFetcher {

	/** The filters both event pages apply to the event bound to {@code e}. */
	private static final String FILTERS = """
			  AND ($filter.textKeys IS NULL OR e.id IN $filter.textKeys)
			  AND ($filter.kinds IS NULL OR e.kind IN $filter.kinds)
			  AND ($filter.from IS NULL OR (e.date IS NOT NULL AND e.date + '~' >= $filter.from))
			  AND ($filter.to IS NULL OR (e.date IS NOT NULL AND e.date <= $filter.to))
			  AND ($filter.venueCountries IS NULL OR EXISTS {
			    MATCH (e)-[:HELD_AT]->(:Place)-[:LOCATED_IN*1..4]->(c:Country) WHERE c.id IN $filter.venueCountries })
			""";

	/** The ordering and paging both event pages share. */
	private static final String SORTED_PAGE = """
			WITH e, CASE WHEN $byDate
			             THEN coalesce(e.date, CASE WHEN $descending THEN '!' ELSE '~' END) + ' ' + e.name
			             ELSE e.name END AS sortKey
			ORDER BY sortKey, e.id
			WITH collect({e: e, sortKey: sortKey}) AS sorted
			WITH CASE WHEN $descending THEN reverse(sorted) ELSE sorted END AS matches
			WITH size(matches) AS total,
			     [m IN matches WHERE $filter.afterKey IS NULL
			        OR NOT $descending AND (m.sortKey > $filter.afterSortKey OR m.sortKey = $filter.afterSortKey AND m.e.id > $filter.afterKey)
			        OR $descending AND (m.sortKey < $filter.afterSortKey OR m.sortKey = $filter.afterSortKey AND m.e.id < $filter.afterKey)
			     ][0..$limit] AS pageMatches
			RETURN total, [m IN pageMatches | m.sortKey] AS sortKeys, [e IN [m IN pageMatches | m.e] | """
			+ Event.PROJECTION + "] AS page\n";

	/**
	 * Where a page starts: the events of each actor named (what it attended, signed or
	 * signed for, organised, or for a country what its organisations and the holders of
	 * its posts did there and what was held on its soil) that all of them share, else the
	 * full-text matches, else every event. Read from the actors, not by testing every
	 * event: the as-of page did that until 2026-11-30.
	 * @param counts the condition that the fact bound to a variable counts: now, or as of
	 * {@code $asOf}
	 */
	private static String candidates(UnaryOperator<String> counts) {
		return """
				CALL () {
				  UNWIND $filter.involving AS anchor
				  CALL (anchor) {
				    OPTIONAL MATCH (c:Country {id: anchor.key}) WHERE anchor.label = 'Country'
				    OPTIONAL MATCH (o:Organization {id: anchor.key}) WHERE anchor.label = 'Organization'
				    OPTIONAL MATCH (p:Person {id: anchor.key}) WHERE anchor.label = 'Person'
				    WITH c, o, coalesce(c, o, p) AS x
				""" + eventsOf(counts) + """
				  }
				  WITH e, count(*) AS involved
				  WHERE involved = size($filter.involving)
				  RETURN e
				  UNION
				  WITH 1 AS one WHERE size($filter.involving) = 0 AND $filter.textKeys IS NOT NULL
				  MATCH (e:Event) WHERE e.id IN $filter.textKeys
				  RETURN e
				  UNION
				  WITH 1 AS one WHERE size($filter.involving) = 0 AND $filter.textKeys IS NULL
				  MATCH (e:Event)
				  RETURN e
				}
				""";
	}

	/**
	 * The events an actor takes part in, one row each as {@code e}, given the actor as
	 * {@code x} and, when it is one, as the country {@code c} or the organisation
	 * {@code o}: what it attended, signed or signed for, what an organisation organised,
	 * and for a country what its organisations (and their units) and the holders of its
	 * posts did and what was held on its soil.
	 * @param counts the condition that the fact bound to a variable counts
	 */
	private static String eventsOf(UnaryOperator<String> counts) {
		return """
				    WITH c, o, x,
				         COLLECT { MATCH (c)<-[:BASED_IN]-(:Organization)<-[:PART_OF*0..3]-(u:Organization) RETURN DISTINCT u } AS units
				    WITH c, o, x, units,
				         COLLECT { UNWIND [c] + units AS w
				                   MATCH (w)<-[:WITHIN]-(t:Tenure)-[:HOLDER]->(h) WHERE
				"""
				+ counts.apply("t")
				+ """

						                   RETURN DISTINCT h } AS holders
						    CALL (c, o, x, units, holders) {
						      UNWIND [x] + units + holders AS y
						      MATCH (y)<-[:ATTENDEE|SIGNER|ON_BEHALF_OF]-(fact:Attendance|Signature)-[:AT_EVENT]->(e:Event)
						      WHERE
						"""
				+ counts.apply("fact") + """

						      RETURN e
						      UNION
						      MATCH (o)<-[:ORGANIZED_BY]-(e:Event)
						      RETURN e
						      UNION
						      MATCH (c)<-[:LOCATED_IN*1..4]-(:Place)<-[:HELD_AT]-(e:Event)
						      RETURN e
						    }
						    RETURN e
						""";
	}

	/**
	 * A page of events as of a moment, in the order asked for ({@code $byDate},
	 * {@code $descending}), continuing after a cursor: sorted ascending once and reversed
	 * for descending order, which is the same order as sorting descending on both keys,
	 * so one text serves every order.
	 */
	private static final String PAGE = candidates(AsOf::visible)
			+ """
					WITH e
					WHERE ($includeRetracted OR e.retractedAt IS NULL OR e.retractedAt > $asOf) AND coalesce(e.createdAt <= $asOf, true)
					"""
			+ FILTERS + SORTED_PAGE;

	/** {@link #PAGE} as things stand now. */
	private static final String CURRENT_PAGE = candidates(AsOf::standing) + """
			WITH e
			WHERE ($includeRetracted OR NOT e:Retracted)
			""" + FILTERS + SORTED_PAGE;

	private static final String NAME_SEARCH = """
			CALL db.index.fulltext.queryNodes('names', $query, {limit: 10000}) YIELD node
			WHERE node:Event
			RETURN collect(node.id) AS keys
			""";

	/**
	 * The events of each country in {@code $keys}, started from the country: what it, its
	 * organisations (and their units) and the holders of its posts attended, signed or
	 * signed for, and what was held on its soil ({@link #eventsOf}).
	 * @param counts the condition that the fact bound to a variable counts: now, or as of
	 * {@code $asOf} (until 2026-11-30 the as-of text tested every event of the graph)
	 */
	private static String eventsOfCountry(UnaryOperator<String> counts) {
		return """
				UNWIND $keys AS key
				MATCH (c:Country {id: key})
				CALL (c) {
				  WITH c, null AS o, c AS x
				""" + eventsOf(counts) + """
				}
				WITH key, e WHERE
				""" + counts.apply("e") + """

				WITH key, e, """ + Event.SORT_KEY + """
				 AS sortKey
				ORDER BY sortKey, e.id
				RETURN key, collect(""" + Event.PROJECTION + ") AS items";
	}

	private static final String EVENTS_OF_COUNTRY = eventsOfCountry(AsOf::visible);

	private static final String CURRENT_EVENTS_OF_COUNTRY = eventsOfCountry(AsOf::standing);

	private static final String EVENTS_AT_PLACE = """
			UNWIND $keys AS key
			MATCH (:Place {id: key})<-[:LOCATED_IN*0..3]-(:Place)<-[:HELD_AT]-(e:Event) WHERE (e.retractedAt IS NULL OR e.retractedAt > $asOf) AND coalesce(e.createdAt <= $asOf, true)
			WITH DISTINCT key, e ORDER BY
			"""
			+ Event.SORT_KEY + """
					, e.id
					RETURN key, collect(""" + Event.PROJECTION + """
					) AS items
					""";

	private static final String ORGANIZERS = """
			UNWIND $keys AS key
			MATCH (:Event {id: key})-[:ORGANIZED_BY]->(o:Organization) WHERE coalesce(o.createdAt <= $asOf, true)
			WITH key, o ORDER BY o.name
			RETURN key, collect(""" + Organization.PROJECTION + """
			) AS items
			""";

	private static final String ATTENDANCES_AT_EVENT = """
			UNWIND $keys AS key
			MATCH (:Event {id: key})<-[:AT_EVENT]-(t:Attendance)-[:ATTENDEE]->(x)
			WHERE (t.retractedAt IS NULL OR t.retractedAt > $asOf) AND coalesce(t.createdAt <= $asOf, true)
			WITH key, t ORDER BY x.name
			RETURN key, collect(""" + Attendance.PROJECTION + """
			) AS items
			""";

	private static final String ATTENDANCES_OF_ATTENDEE = """
			UNWIND $keys AS key
			CALL (key) {
			  MATCH (x:Person {id: key}) RETURN x
			  UNION
			  MATCH (x:Organization {id: key}) RETURN x
			  UNION
			  MATCH (x:Country {id: key}) RETURN x
			}
			MATCH (x)<-[:ATTENDEE]-(t:Attendance)-[:AT_EVENT]->(e:Event)
			WHERE (t.retractedAt IS NULL OR t.retractedAt > $asOf) AND coalesce(t.createdAt <= $asOf, true) AND (e.retractedAt IS NULL OR e.retractedAt > $asOf) AND coalesce(e.createdAt <= $asOf, true)
			WITH key, t ORDER BY
			"""
			+ Event.SORT_KEY + """
					, e.id
					RETURN key, collect(""" + Attendance.PROJECTION + """
					) AS items
					""";

	private static final String EVENTS_BY_KEYS = """
			MATCH (e:Event) WHERE e.id IN $keys AND coalesce(e.createdAt <= $asOf, true)
			RETURN
			""" + Event.PROJECTION + """
			 AS node
			""";

	private static final String ATTENDANCES_BY_KEYS = """
			MATCH (t:Attendance) WHERE t.id IN $keys AND coalesce(t.createdAt <= $asOf, true)
			RETURN
			""" + Attendance.PROJECTION + """
			 AS node
			""";

	private final Neo4jClient neo4j;

	EventRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param venueCountryKeys countries one of which must hold the event, or null
	 * @param text a full-text query on names, or null
	 */
	Connection<Event> page(List<GlobalId> involving, @Nullable List<String> kinds, DateRange dates,
			@Nullable List<String> venueCountryKeys, @Nullable String text, boolean includeRetracted, EventOrder order,
			PageRequest request) {
		// The filters travel in one map: Neo4j plans a statement again for each new
		// combination of parameter types, where a null, an empty list and a list of maps
		// are three types, and a map is one type whatever it holds.
		Map<String, @Nullable Object> filter = new HashMap<>(request.parameters());
		filter.remove("limit");
		filter.put("involving",
				involving.stream().map(id -> Map.of("label", id.type().label(), "key", id.key())).toList());
		filter.put("kinds", kinds);
		filter.put("from", dates.fromText());
		filter.put("to", dates.toText());
		filter.put("venueCountries", venueCountryKeys);
		filter.put("textKeys", text == null ? null : nameMatches(text));
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("filter", filter);
		parameters.put("limit", request.parameters().get("limit"));
		parameters.put("includeRetracted", includeRetracted);

		parameters.put("byDate", order.field() == EventOrder.Field.DATE);
		parameters.put("descending", order.descending());
		return this.neo4j.query(AsOf.present() ? CURRENT_PAGE : PAGE)
			.bindAll(parameters)
			.fetchAs(EventPage.class)
			.mappedBy((types, row) -> {
				List<Event> page = row.get("page").asList(Event::from);
				List<String> sortKeys = row.get("sortKeys").asList(Value::asString);
				return new EventPage(Paging.connection(request, page, row.get("total").asLong(),
						event -> new Cursor(sortKeys.get(page.indexOf(event)), event.key())));
			})
			.one()
			.orElseThrow()
			.connection();
	}

	private record EventPage(Connection<Event> connection) {
	}

	private List<String> nameMatches(String text) {
		return List.copyOf(this.neo4j.query(NAME_SEARCH)
			.bind(text)
			.to("query")
			.fetchAs(List.class)
			.mappedBy((types, row) -> row.get("keys").asList(Value::asString))
			.one()
			.orElseThrow());
	}

	Map<String, List<Event>> eventsOfCountry(Collection<String> countryKeys) {
		return Batches.grouped(this.neo4j, AsOf.present() ? CURRENT_EVENTS_OF_COUNTRY : EVENTS_OF_COUNTRY, countryKeys,
				Event::from);
	}

	Map<String, List<Event>> eventsAt(Collection<String> placeKeys) {
		return Batches.grouped(this.neo4j, EVENTS_AT_PLACE, placeKeys, Event::from);
	}

	Map<String, List<Organization>> organizers(Collection<String> eventKeys) {
		return Batches.grouped(this.neo4j, ORGANIZERS, eventKeys, Organization::from);
	}

	Map<String, List<Attendance>> attendancesAt(Collection<String> eventKeys) {
		return Batches.grouped(this.neo4j, ATTENDANCES_AT_EVENT, eventKeys, Attendance::from);
	}

	Map<String, List<Attendance>> attendancesOf(Collection<String> attendeeKeys) {
		return Batches.grouped(this.neo4j, ATTENDANCES_OF_ATTENDEE, attendeeKeys, Attendance::from);
	}

	@Override
	public Map<NodeType, Function<Collection<String>, Map<String, ?>>> fetchers() {
		return Map.of(NodeType.EVENT, keys -> Batches.byKeys(this.neo4j, EVENTS_BY_KEYS, keys, Event::from, Event::key),
				NodeType.ATTENDANCE,
				keys -> Batches.byKeys(this.neo4j, ATTENDANCES_BY_KEYS, keys, Attendance::from, Attendance::key));
	}

}
