package org.treatygraph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.Text;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curators add people, organisations, places, events, and the facts that tie them
 * together.
 */
@DisplayName("Curating people, organisations, places and events")
class EntityCurationTests extends CuratorTest {

	private static final String ARTICLE_URL = "https://example.org/2025/11/brics-bank-russia";

	private static final String ARTICLE_TEXT = """
			Russia, a founding member of the New Development Bank since 2015, welcomed Cuba's accession.
			Deputy Foreign Minister Sergey Ryabkov attended the FIHAV 2025 fair in Havana on behalf of Russia.
			""";

	private static Map<String, Object> cite(String quote) {
		return Map.of("source",
				Map.of("title", "Russia welcomes Cuba to the BRICS bank", "url", ARTICLE_URL, "text", ARTICLE_TEXT),
				"quote", quote);
	}

	private GraphQlTester.Response mutate(String mutation, String selection, Map<String, Object> input) {
		return asCurator()
			.document("mutation($input: %sInput!) { %s(input: $input) { %s } }"
				.formatted(Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1), mutation, selection))
			.variable("input", input)
			.execute();
	}

	private String idOf(String query, String path) {
		return this.graphQl.document(query).execute().path(path).entity(String.class).get();
	}

	@Test
	@DisplayName("a person already in the graph is found under another spelling, not added twice")
	void shouldFindAnExistingPersonUnderAnotherSpelling() {
		String lavrov = idOf("{ persons(name: \"lavrov\") { edges { node { id } } } }", "persons.edges[0].node.id");
		mutate("createPerson", "created person { id name }", Map.of("name", "  SERGEY  lavrov "))
			.path("createPerson.created")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("createPerson.person.id")
			.entity(String.class)
			.isEqualTo(lavrov);
	}

	@Test
	@DisplayName("a new official, the post he holds, and his attendance at FIHAV 2025, all cited")
	void shouldRecordANewOfficialHisPostAndAnAttendance() {
		String ryabkov = mutate("createPerson", "created person { id }",
				Map.of("name", "Sergey Ryabkov", "aliases", List.of("Sergei Ryabkov")))
			.path("createPerson.person.id")
			.entity(String.class)
			.get();
		mutate("recordTenure", "tenure { post within { name } citations { quote } }",
				Map.of("personId", ryabkov, "post", "Deputy Minister of Foreign Affairs", "within", "RU", "citations",
						List.of(cite("Deputy Foreign Minister Sergey Ryabkov"))))
			.path("recordTenure.tenure.within.name")
			.entity(String.class)
			.isEqualTo("Russia");
		String fihav = idOf("{ events(filter: { kinds: [FAIR] }) { edges { node { id } } } }",
				"events.edges[0].node.id");
		var attendance = Map.<String, Object>of("eventId", fihav, "attendee", ryabkov, "role", "On behalf of Russia",
				"citations", List.of(cite("attended the FIHAV 2025 fair in Havana on behalf of Russia")));
		mutate("recordAttendance", "attendance { role attendee { name } event { name } }", attendance)
			.path("recordAttendance.attendance.event.name")
			.entity(String.class)
			.isEqualTo("Havana International Fair (FIHAV 2025)");

		String before = graphSize();
		expectError(mutate("recordAttendance", "attendance { id }", attendance), ErrorType.BAD_REQUEST,
				"input.attendee", "already recorded as attending");
		assertThat(graphSize()).isEqualTo(before);

		this.graphQl.document("{ country(code: \"RU\") { events { name } } }")
			.execute()
			.path("country.events[*].name")
			.entityList(String.class)
			.contains("Havana International Fair (FIHAV 2025)");
	}

	@Test
	@DisplayName("memberships: an open one recorded again is the same one, and an end cannot precede the start")
	void shouldGuardMemberships() {
		String ndb = idOf("{ organizations(name: \"NDB\") { edges { node { id } } } }",
				"organizations.edges[0].node.id");
		String before = graphSize();
		expectError(
				mutate("recordMembership", "membership { id }",
						Map.of("member", "RU", "organizationId", ndb, "start", Map.of("value", "2015"), "end",
								Map.of("value", "2014-06"), "citations", List.of(cite("a founding member")))),
				ErrorType.BAD_REQUEST, "input.end.value", "must not be before the start");
		assertThat(graphSize()).isEqualTo(before);

		mutate("recordMembership", "membership { start { value precision } member { name } }",
				Map.of("member", "RU", "organizationId", ndb, "start", Map.of("value", "2015"), "citations",
						List.of(cite("a founding member of the New Development Bank since 2015"))))
			.path("recordMembership.membership.start.precision")
			.entity(String.class)
			.isEqualTo("YEAR");
		this.graphQl
			.document("query($id: ID!) { node(id: $id) { ... on Organization { members { member { name } } } } }")
			.variable("id", ndb)
			.execute()
			.path("node.members[*].member.name")
			.entityList(String.class)
			.containsExactly("Russia", "Cuba");
		String cubaInNdb = this.graphQl
			.document("query($id: ID!) { node(id: $id) { ... on Organization { members { id member { name } } } } }")
			.variable("id", ndb)
			.execute()
			.path("node.members[?(@.member.name == 'Cuba')].id")
			.entityList(String.class)
			.get()
			.getFirst();
		mutate("recordMembership", "membership { id }",
				Map.of("member", "CU", "organizationId", ndb, "citations", List.of(cite("welcomed Cuba's accession"))))
			.path("recordMembership.membership.id")
			.entity(String.class)
			.isEqualTo(cubaInNdb);
	}

	@Test
	@DisplayName("memberships: one recorded again after its retraction is recorded already, and the error names it")
	void shouldNameTheRetractedMembershipRecordedAgain() {
		String ndb = idOf("{ organizations(name: \"NDB\") { edges { node { id } } } }",
				"organizations.edges[0].node.id");
		Map<String, Object> ended = Map.of("member", "RU", "organizationId", ndb, "start", Map.of("value", "2015"),
				"end", Map.of("value", "2016"), "citations", List.of(cite("a founding member")));
		String membership = mutate("recordMembership", "membership { id }", ended)
			.path("recordMembership.membership.id")
			.entity(String.class)
			.get();
		asCurator().documentName("retract")
			.variable("id", membership)
			.variable("reason", "the bank has no such term")
			.execute()
			.path("retract.retraction.reason")
			.hasValue();
		String before = graphSize();

		mutate("recordMembership", "membership { id }", ended).errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("reason", "ALREADY_RECORDED")
					.containsEntry("argument", "input.member")
					.containsEntry("recordedId", membership)));
		assertThat(graphSize()).as("nothing written").isEqualTo(before);
	}

	@Test
	@DisplayName("a new venue in an existing city, and an event held there and organised by an existing body")
	void shouldCreateAPlaceAndAnEventThere() {
		String havana = idOf("query { events(filter: { kinds: [FAIR] }) { edges { node { venue { id } } } } }",
				"events.edges[0].node.venue.id");
		String expocuba = mutate("createPlace", "created place { id country { code } locatedIn { name } }",
				Map.of("name", "Pabexpo Fairgrounds", "kind", "VENUE", "locatedInId", havana))
			.path("createPlace.place.id")
			.entity(String.class)
			.get();
		String brics = idOf("{ organizations(name: \"BRICS\") { edges { node { id } } } }",
				"organizations.edges[0].node.id");
		var event = mutate("createEvent",
				"created event { name kind venue { name country { code } } organizers { name } citations { quote } }",
				Map.of("name", "BRICS business forum at FIHAV", "kind", "MEETING", "date", Map.of("value", "2025-11"),
						"venueId", expocuba, "organizerIds", List.of(brics), "citations",
						List.of(cite("attended the FIHAV 2025 fair in Havana"))));
		event.path("createEvent.created").entity(Boolean.class).isEqualTo(true);
		event.path("createEvent.event.venue.country.code").entity(String.class).isEqualTo("CU");
		event.path("createEvent.event.organizers[0].name").entity(String.class).isEqualTo("BRICS");
	}

	@Test
	@DisplayName("an existing ministry is found by name and country")
	void shouldFindAnExistingOrganization() {
		mutate("createOrganization", "created organization { acronym }",
				Map.of("name", "Ministry of Foreign Affairs of Cuba", "kind", "MINISTRY", "country", "CUB"))
			.path("createOrganization.created")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("createOrganization.organization.acronym")
			.entity(String.class)
			.isEqualTo("MINREX");
	}

	@Test
	@DisplayName("the seed's natural keys are the ones the service computes")
	void shouldKeyTheSeedAsTheServiceDoes() {
		var persons = this.neo4j
			.query("MATCH (p:Person) WHERE p.createdAt IS NULL RETURN p.name AS name, p.naturalKey AS key")
			.fetch()
			.all();
		assertThat(persons).hasSize(5)
			.allSatisfy(row -> assertThat(row.get("key")).isEqualTo(Text.fold((String) row.get("name")) + "|"));
	}

	@Test
	@DisplayName("an event with no name, an edition of 0 and a venue that is no place gets three errors at once, and nothing is written")
	void shouldReportEveryBadFieldOfAnEvent() {
		String before = graphSize();
		mutate("createEvent", "event { id }",
				Map.of("name", " ", "kind", "FAIR", "edition", 0, "venueId", "garbage", "citations",
						List.of(cite("attended the FIHAV 2025 fair in Havana"))))
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting((error) -> error.getExtensions().get("argument"))
				.containsExactly("input.name", "input.edition", "input.venueId"));
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	@DisplayName("a post of nobody, in no known country, with no title and no citation gets four errors at once, and nothing is written")
	void shouldReportEveryBadFieldOfAPost() {
		String before = graphSize();
		mutate("recordTenure", "tenure { id }",
				Map.of("personId", GlobalId.encode(NodeType.PERSON, "person-nobody"), "within", "XX", "post", " ",
						"citations", List.of()))
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting((error) -> error.getExtensions().get("argument"))
				.containsExactly("input.personId", "input.within", "input.post", "input.citations"));
		assertThat(graphSize()).isEqualTo(before);
	}

	static void expectError(GraphQlTester.Response response, ErrorType type, String argument, String reason) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(type);
			assertThat(error.getExtensions()).containsEntry("argument", argument);
			assertThat(error.getMessage()).contains(reason);
		}));
	}

}
