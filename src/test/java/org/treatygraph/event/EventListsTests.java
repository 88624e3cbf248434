package org.treatygraph.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.treatygraph.GraphQlIntegrationTest;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event lists read now start from the actor they name and read the state the writes keep;
 * read as of a moment they evaluate the history. Both must give the same list for a
 * moment after every write.
 */
@DisplayName("Event lists, read now and as of a later moment")
class EventListsTests extends GraphQlIntegrationTest {

	private static final String EVENTS = """
			query ($filter: EventFilter, $asOf: String) {
			  events(filter: $filter, asOf: $asOf, first: 100) { totalCount edges { node { id name } } }
			}""";

	/** After every write the tests make; the as-of path reads history up to it. */
	private static final String LATER = "2999-01-01T00:00:00Z";

	/**
	 * Every actor tied to an event in the seed: attendees, signers, principals,
	 * organisers, venue countries.
	 */
	private static final String ACTORS_AT_EVENTS = """
			MATCH (e:Event)
			CALL (e) {
			  MATCH (e)<-[:AT_EVENT]-()-[:ATTENDEE|SIGNER|ON_BEHALF_OF]->(y) RETURN y
			  UNION
			  MATCH (e)-[:ORGANIZED_BY]->(y) RETURN y
			  UNION
			  MATCH (e)-[:HELD_AT]->(:Place)-[:LOCATED_IN*1..4]->(y:Country) RETURN y
			  UNION
			  MATCH (e)<-[:AT_EVENT]-()-[:ATTENDEE|SIGNER]->(:Person)<-[:HOLDER]-(:Tenure)-[:WITHIN]->(y:Country) RETURN y
			}
			RETURN DISTINCT [l IN labels(y) WHERE l IN ['Country', 'Organization', 'Person']][0] AS label, y.id AS key
			ORDER BY label, key""";

	@Autowired
	private Driver driver;

	@Test
	@DisplayName("Which events involve each actor, and each actor with Cuba or Russia? The same now as read through history")
	void shouldListTheSameEventsNowAndAsOfALaterMoment() {
		List<String> actors = actorsAtEvents();
		assertThat(actors).as("actors tied to events in the seed").hasSizeGreaterThan(5);
		List<List<String>> involvings = new ArrayList<>();
		for (String actor : actors) {
			involvings.add(List.of(actor));
			// the second actor is checked on each event the first one brings
			involvings.add(List.of(actor, "CU"));
			involvings.add(List.of("RU", actor));
		}
		int nonEmpty = 0;
		for (List<String> involving : involvings) {
			List<String> now = eventIds(Map.of("involving", involving), null);
			assertThat(now).as("events involving %s", involving)
				.isEqualTo(eventIds(Map.of("involving", involving), LATER));
			nonEmpty += now.isEmpty() ? 0 : 1;
		}
		assertThat(nonEmpty).as("lists with events in them").isGreaterThan(actors.size());
	}

	@Test
	@DisplayName("Cuba's events by kind, by date, by venue and by a word of their name: the same now as through history")
	void shouldFilterTheSameWayNowAndAsOfALaterMoment() {
		List<Map<String, Object>> filters = List.of(Map.of(), Map.of("involving", List.of("CU")),
				Map.of("involving", List.of("CU"), "kinds", List.of("SIGNING_CEREMONY")),
				Map.of("involving", List.of("CU"), "from", "2025-09-01", "to", "2025-12-31"),
				Map.of("involving", List.of("CU"), "venueCountries", List.of("US")),
				Map.of("involving", List.of("RU", "CU"), "text", "consultation"), Map.of("text", "fihav"),
				Map.of("venueCountries", List.of("CU")));
		for (Map<String, Object> filter : filters) {
			assertThat(eventIds(filter, null)).as("events filtered by %s", filter).isEqualTo(eventIds(filter, LATER));
		}
		assertThat(eventIds(Map.of("involving", List.of("CU")), null)).hasSizeGreaterThan(1);
	}

	@Test
	@DisplayName("Each country's events, and several countries' in one request: the same now as through history")
	void shouldListACountrysEventsTheSameNowAndAsOfALaterMoment() {
		String countries = """
				query ($asOf: String) {
				  cu: country(code: "CU", asOf: $asOf) { events { id } }
				  ru: country(code: "RU", asOf: $asOf) { events { id } }
				  us: country(code: "US", asOf: $asOf) { events { id } }
				  br: country(code: "BR", asOf: $asOf) { events { id } }
				}""";
		Map<String, Object> later = new HashMap<>();
		later.put("asOf", LATER);
		Object now = this.graphQl.document(countries).execute().path("").entity(Map.class).get();
		assertThat(now)
			.isEqualTo(this.graphQl.document(countries).variables(later).execute().path("").entity(Map.class).get());
		this.graphQl.document(countries)
			.execute()
			.path("cu.events[*].id")
			.entityList(String.class)
			.hasSizeGreaterThan(1);
	}

	private List<String> actorsAtEvents() {
		try (var session = this.driver.session()) {
			return session.run(ACTORS_AT_EVENTS)
				.list(row -> GlobalId.encode(NodeType.fromLabel(row.get("label").asString()).orElseThrow(),
						row.get("key").asString()));
		}
	}

	private List<String> eventIds(Map<String, Object> filter, @Nullable String asOf) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("filter", filter);
		variables.put("asOf", asOf);
		var response = this.graphQl.document(EVENTS).variables(variables).execute();
		List<String> ids = response.path("events.edges[*].node.id").entityList(String.class).get();
		response.path("events.totalCount").entity(Integer.class).isEqualTo(ids.size());
		return ids;
	}

}
