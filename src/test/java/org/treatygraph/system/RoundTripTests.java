package org.treatygraph.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.treatygraph.CuratorTest;
import org.treatygraph.history.ChangeLog;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested fields are fetched a level at a time for all parents together, so the statements
 * sent to Neo4j per request depend on the shape of the query, not on how many results it
 * has.
 */
@DisplayName("Cypher round trips per request")
class RoundTripTests extends CuratorTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private ChangeLog changes;

	@Autowired
	private PlatformTransactionManager transactions;

	/**
	 * 60 agreements of one shape between Cuba and Japan, each signed at its own ceremony
	 * and cited.
	 */
	@BeforeEach
	void manyAgreementsOfOneShape() {
		// language=Cypher
		this.neo4j
			.query("""
					MATCH (cu:Country {code: 'CU'}), (jp:Country {code: 'JP'}), (s:Source {id: 'src-9f9a7992a81a878d'}),
					      (signer:Person {id: 'person-bruno-rodriguez-parrilla'}), (venue:Place {id: 'place-havana'})
					UNWIND range(1, 60) AS i
					CREATE (a:Agreement {id: 'rt-agr-' + i, title: 'Round-trip agreement ' + i, kind: 'MEMORANDUM', createdAt: datetime()})
					CREATE (p1:Party {id: 'rt-p1-' + i, role: 'PARTY', createdAt: datetime()})-[:OF_AGREEMENT]->(a), (p1)-[:ACTOR]->(cu)
					CREATE (p2:Party {id: 'rt-p2-' + i, role: 'PARTY', createdAt: datetime()})-[:OF_AGREEMENT]->(a), (p2)-[:ACTOR]->(jp)
					CREATE (e:Event {id: 'rt-evt-' + i, name: 'Ceremony ' + i, kind: 'SIGNING_CEREMONY', createdAt: datetime()})-[:HELD_AT]->(venue)
					CREATE (sig:Signature {id: 'rt-sig-' + i, post: 'Minister', createdAt: datetime()})-[:OF_AGREEMENT]->(a)
					CREATE (sig)-[:SIGNER]->(signer), (sig)-[:ON_BEHALF_OF]->(cu), (sig)-[:AT_EVENT]->(e)
					CREATE (x:AgreementAction {id: 'rt-act-' + i, kind: 'SIGNED', date: '2024-0' + (1 + i % 9), createdAt: datetime()})-[:OF_AGREEMENT]->(a)
					CREATE (t:Attendance {id: 'rt-att-' + i, role: 'Signatory', createdAt: datetime()})-[:AT_EVENT]->(e), (t)-[:ATTENDEE]->(signer)
					WITH a, p1, p2, sig, x, e, s
					UNWIND [a, p1, p2, sig, x, e] AS fact
					CREATE (c:Citation {id: 'rt-cit-' + fact.id, quote: 'Cuba', factKey: fact.id, createdAt: datetime()})-[:SUPPORTS]->(fact)
					CREATE (c)-[:FROM_SOURCE]->(s)
					""")
			.run();
	}

	@ParameterizedTest(name = "first: {0}")
	@ValueSource(ints = { 10, 60 })
	@DisplayName("a deep page of agreements costs as many statements for many agreements as for one")
	void shouldNotGrowWithTheNumberOfResults(int first) {
		// The first request after start-up also reads the ISO codes, once.
		statementsFor(1);
		long forOne = statementsFor(1);
		long forMany = statementsFor(first);
		assertThat(forMany).isEqualTo(forOne);
		// The query's depth bounds the count: one statement per nested field or node type
		// at
		// each level.
		assertThat(forOne).isLessThanOrEqualTo(30);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			"{ country(code: \"CU\") { name agreements(first: 20) { totalCount edges { node { title kind status parties { role actor { name } } } } } } }",
			"{ relations(between: [\"CU\", \"JP\"]) { agreements(first: 10) { totalCount edges { node { title } } } agreementTally { kind status count } } }",
			"{ agreements(filter: { involving: [\"CU\"], kinds: [MEMORANDUM] }, first: 20) { totalCount edges { cursor node { title status parties { actor { name } } } } } }",
			"{ agreements(filter: { involving: [\"CU\", \"RUS\"] }) { totalCount edges { node { title status parties { actor { name } } citations { quote source { title publisher } } } } } }",
			"{ topPartners(of: \"CU\", first: 10) { partner { name } agreements } }" })
	@DisplayName("an analyst's page with its parties, a bilateral summary, a filtered page, the README's first question (with citations and their sources) and a dashboard's top partners each cost at most two statements")
	void shouldAnswerTheUsualPagesInTwoStatements(String question) {
		Asked asked = askedAgain(question);
		asked.answer().path("").entity(Object.class).isNotEqualTo(null);
		assertThat(asked.statements()).isLessThanOrEqualTo(2);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			"{ relations(between: [\"CU\", \"RU\"]) { agreements(first: 10) { totalCount edges { node { title } } } agreementTally { kind status count } } }",
			"{ topPartners(of: \"CU\", first: 10) { partner { name } agreements } }" })
	@DisplayName("a bilateral summary and a country's top partners cost one statement: the ISO countries named need no existence check")
	void shouldAnswerQuestionsAboutCountriesInOneStatement(String question) {
		Asked asked = askedAgain(question);
		asked.answer().path("").entity(Object.class).isNotEqualTo(null);
		assertThat(asked.statements()).isEqualTo(1);
	}

	@Test
	@DisplayName("the README's first question, with each agreement's parties and its citations with their sources, costs one statement and cites what each agreement's own citations say")
	void shouldAnswerTheFirstQuestionInOneStatement() {
		// language=GraphQL
		String question = """
				{ agreements(filter: { involving: ["CU", "RUS"] }) { totalCount
				  edges { node { id title status parties { actor { name } } citations { id quote source { title publisher } } } } } }""";
		Asked asked = askedAgain(question);
		GraphQlTester.Response answer = asked.answer();
		assertThat(asked.statements()).isEqualTo(1);
		List<String> ids = answer.path("agreements.edges[*].node.id").entityList(String.class).get();
		assertThat(ids).hasSize(3);
		for (int i = 0; i < ids.size(); i++) {
			Object onThePage = answer.path("agreements.edges[" + i + "].node.citations").entity(Object.class).get();
			this.graphQl.document(
					"query ($id: ID!) { node(id: $id) { ... on Agreement { citations { id quote source { title publisher } } } } }")
				.variable("id", ids.get(i))
				.execute()
				.path("node.citations")
				.entity(Object.class)
				.isEqualTo(onThePage);
		}
		answer.path("agreements.edges[*].node.citations[*].source.title")
			.entityList(String.class)
			.contains("Russia and Cuba Relations Continue to Flourish");
	}

	@Test
	@DisplayName("how Rodríguez and Lavrov are connected, hop by hop with the nodes' ids and the citations, costs two statements: the hops' nodes need no read")
	void shouldAnswerAConnectionPathInTwoStatements() {
		// language=GraphQL
		String question = """
				query ($from: String!, $to: String!) { connections(from: $from, to: $to, maxHops: 4, first: 3) {
				  length hops { statement from { __typename id } to { id } fact { id } citations { quote } } } }""";
		String rodriguez = GlobalId.encode(NodeType.PERSON, "person-bruno-rodriguez-parrilla");
		String lavrov = GlobalId.encode(NodeType.PERSON, "person-sergey-lavrov");
		this.graphQl.document(question).variable("from", rodriguez).variable("to", lavrov).execute();
		long before = this.statements.count();
		GraphQlTester.Response answer = this.graphQl.document(question)
			.variable("from", rodriguez)
			.variable("to", lavrov)
			.execute();
		assertThat(this.statements.count() - before).isLessThanOrEqualTo(2);
		answer.path("connections[0].hops[0].from.id").entity(String.class).isEqualTo(rodriguez);
		answer.path("connections[0].hops[0].from.__typename").entity(String.class).isEqualTo("Person");
		answer.path("connections[0].hops[0].fact.id")
			.entity(String.class)
			.satisfies(id -> assertThat(GlobalId.decode(id)).isPresent());
		answer.path("connections[*].hops[*].citations[*].quote")
			.entityList(String.class)
			.satisfies(quotes -> assertThat(quotes).isNotEmpty());
	}

	@Test
	@DisplayName("a hop's nodes asked for their names come with the path; asked for more, they are read, each as its own type")
	void shouldReadAHopsNodeWhenMoreThanItsIdAndNameIsAsked() {
		// language=GraphQL
		String names = """
				query ($from: String!, $to: String!) { connections(from: $from, to: $to, maxHops: 4, first: 1) {
				  hops { from { id ... on Person { name } } to { __typename ... on Agreement { title } ... on Event { name } } } } }""";
		// language=GraphQL
		String more = """
				query ($from: String!, $to: String!) { connections(from: $from, to: $to, maxHops: 4, first: 1) {
				  hops { from { ... on Person { name aliases } } to { __typename ... on Agreement { title status } } } } }""";
		Map<String, Object> ends = Map.of("from", GlobalId.encode(NodeType.PERSON, "person-bruno-rodriguez-parrilla"),
				"to", GlobalId.encode(NodeType.PERSON, "person-sergey-lavrov"));
		this.graphQl.document(names).variables(ends).execute();
		this.graphQl.document(more).variables(ends).execute();
		long before = this.statements.count();
		GraphQlTester.Response withNames = this.graphQl.document(names).variables(ends).execute();
		assertThat(this.statements.count() - before).isEqualTo(1);
		withNames.path("connections[0].hops[0].from.name").entity(String.class).isEqualTo("Bruno Rodríguez Parrilla");
		before = this.statements.count();
		GraphQlTester.Response withMore = this.graphQl.document(more).variables(ends).execute();
		assertThat(this.statements.count() - before).isGreaterThan(1);
		withMore.path("connections[0].hops[0].from.aliases")
			.entityList(String.class)
			.contains("Bruno Rodríguez")
			.path("connections[0].hops[0].to.__typename")
			.entity(String.class)
			.satisfies(type -> assertThat(type).isIn("Agreement", "Event", "Country", "Organization", "Place"));
		String firstStep = withMore.path("connections[0].hops[0].to.__typename").entity(String.class).get();
		if (firstStep.equals("Agreement")) {
			withNames.path("connections[0].hops[0].to.title")
				.entity(String.class)
				.isEqualTo(withMore.path("connections[0].hops[0].to.title").entity(String.class).get());
		}
	}

	@Test
	@DisplayName("who signed the plan for whom costs a statement for the page and one for the signatures, the names read with them")
	void shouldNameSignersAndPrincipalsFromTheSignaturesRead() {
		// language=GraphQL
		String signed = """
				{ agreements(filter: { involving: ["CU", "RU"] }) { edges { node { title
				  signatures { signer { id name } onBehalfOf { __typename ... on Country { id name } ... on Organization { id name } } } } } } }""";
		Asked asked = askedAgain(signed);
		GraphQlTester.Response answer = asked.answer();
		assertThat(asked.statements()).isEqualTo(2);
		List<Map<String, Object>> signatures = answer.path("agreements.edges[*].node.signatures[*]")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(signatures).hasSizeGreaterThanOrEqualTo(2);
		List<Map<String, Object>> named = new java.util.ArrayList<>();
		for (Map<String, Object> signature : signatures) {
			for (String role : List.of("signer", "onBehalfOf")) {
				if (signature.get(role) instanceof Map<?, ?> node) {
					@SuppressWarnings("unchecked")
					Map<String, Object> found = (Map<String, Object>) node;
					named.add(found);
				}
			}
		}
		assertNamedAsTheirOwnLoadersName(named);
		assertThat(signatures).anySatisfy(signature -> assertThat(signature.get("onBehalfOf")).isNotNull());
	}

	@Test
	@DisplayName("Cuba's events with their venues and attendees by name cost a statement for the country, the events and the attendances, the names read with them")
	void shouldNameVenuesAndAttendeesFromTheEventsRead() {
		// language=GraphQL
		String events = """
				{ country(code: "CU") { events { name venue { id name } attendances { role attendee { __typename ... on Person { id name } ... on Country { id name } ... on Organization { id name } } } } } }""";
		Asked asked = askedAgain(events);
		GraphQlTester.Response answer = asked.answer();
		assertThat(asked.statements()).isEqualTo(3);
		// events whose venue no source names have none
		List<Map<String, Object>> named = nodesAt(answer, "country.events[*].venue",
				"country.events[*].attendances[*].attendee");
		assertThat(named).hasSizeGreaterThan(3);
		assertNamedAsTheirOwnLoadersName(named);
	}

	@Test
	@DisplayName("where Cuba's events were held, with the place each venue lies in and its country, costs a statement for the venues: their places and countries are named from their read")
	void shouldNameAVenuesPlaceAndCountryFromTheVenuesRead() {
		// language=GraphQL
		String venues = """
				{ country(code: "CU") { events { name venue { id name kind locatedIn { id name } country { id name } } } } }""";
		Asked asked = askedAgain(venues);
		GraphQlTester.Response answer = asked.answer();
		assertThat(asked.statements()).as("the country, its events, their venues").isEqualTo(3);
		List<Map<String, Object>> named = nodesAt(answer, "country.events[*].venue.locatedIn",
				"country.events[*].venue.country");
		assertThat(named).extracting((node) -> node.get("name")).contains("New York City", "United States");
		assertNamedAsTheirOwnLoadersName(named);
	}

	@Test
	@DisplayName("organisations with the country each is based in and the organisation it is part of cost one statement: both are named from the organisations' read")
	void shouldNameAnOrganisationsCountryAndParentFromItsRead() {
		// language=GraphQL
		String organizations = """
				{ organizations(first: 100) { edges { node { id name country { id name } partOf { id name } } } } }""";
		Asked asked = askedAgain(organizations);
		GraphQlTester.Response answer = asked.answer();
		assertThat(asked.statements()).isEqualTo(1);
		List<Map<String, Object>> named = nodesAt(answer, "organizations.edges[*].node.country",
				"organizations.edges[*].node.partOf");
		assertThat(named).extracting((node) -> node.get("name")).contains("Cuba", "Russia");
		assertNamedAsTheirOwnLoadersName(named);
	}

	@Test
	@DisplayName("Cuba's memberships with their organisations' names and aliases cost a statement for the memberships: the organisations come with them")
	void shouldNameAMembershipsOrganisationFromTheMembershipsRead() {
		// language=GraphQL
		String memberships = """
				{ country(code: "CU") { memberships { kind organization { id name aliases } } } }""";
		Asked asked = askedAgain(memberships);
		GraphQlTester.Response answer = asked.answer();
		assertThat(asked.statements()).as("the country, its memberships").isEqualTo(2);
		answer.path("country.memberships[*].organization.aliases[*]")
			.entityList(String.class)
			.contains("BRICS New Development Bank");
		List<Map<String, Object>> named = nodesAt(answer, "country.memberships[*].organization");
		assertThat(named).extracting((node) -> node.get("name")).contains("New Development Bank");
		assertNamedAsTheirOwnLoadersName(named);
		// the README's question, with the memberships' dates and citations
		assertThat(askedAgain(
				"""
						{ country(code: "CU") { memberships { kind organization { name aliases } start { precision note } citations { quote } } } }""")
			.statements()).as("the country, its memberships, their citations").isEqualTo(3);
	}

	@Test
	@DisplayName("the README's signing question names each signature's event from the signatures' read")
	void shouldNameASignaturesEventFromTheSignaturesRead() {
		// language=GraphQL
		String signing = """
				{ agreements(filter: { involving: ["CU", "RU"], kinds: [CONSULTATION_PLAN] }) { edges { node {
				    signatures { signer { name } post onBehalfOf { name } date { precision note }
				      event { id name venue { name locatedIn { name } } attendances { role attendee { name } } }
				      citations { quote } } } } } }""";
		Asked asked = askedAgain(signing);
		GraphQlTester.Response answer = asked.answer();
		assertThat(asked.statements()).as("the page, its signatures, their venues, attendances and citations")
			.isEqualTo(5);
		answer.path("agreements.edges[*].node.signatures[*].event.venue.locatedIn.name")
			.entityList(String.class)
			.contains("New York City");
		List<Map<String, Object>> named = nodesAt(answer, "agreements.edges[*].node.signatures[*].event");
		assertThat(named).extracting((node) -> node.get("name")).isNotEmpty().doesNotContainNull();
		assertNamedAsTheirOwnLoadersName(named);
	}

	@Test
	@DisplayName("a dashboard of Cuba's agreements per year, its partners, the top signatories and the largest organisations costs one statement per tally, the names read with them")
	void shouldAnswerADashboardWithOneStatementPerTally() {
		// language=GraphQL
		String dashboard = """
				{ agreementsPerYear(of: "CU") { year kind count } topPartners(of: "CU", first: 5) { partner { name } agreements }
				  topSignatories(first: 5) { person { id name } signatures }
				  membershipCounts(first: 5) { organization { id name } members byKind { kind count } } }""";
		Asked asked = askedAgain(dashboard);
		GraphQlTester.Response answer = asked.answer();
		assertThat(asked.statements()).isEqualTo(4);
		List<Map<String, Object>> named = nodesAt(answer, "topSignatories[*].person",
				"membershipCounts[*].organization");
		assertThat(named).hasSizeGreaterThan(2);
		assertNamedAsTheirOwnLoadersName(named);
	}

	/**
	 * A question's answer, asked again once its plans are made, and the statements it
	 * cost.
	 */
	private record Asked(GraphQlTester.Response answer, long statements) {
	}

	private Asked askedAgain(String question) {
		this.graphQl.document(question).execute();
		long before = this.statements.count();
		GraphQlTester.Response answer = this.graphQl.document(question).execute();
		return new Asked(answer, this.statements.count() - before);
	}

	/** The nodes an answer holds at these paths, those absent left out. */
	private static List<Map<String, Object>> nodesAt(GraphQlTester.Response answer, String... paths) {
		List<Map<String, Object>> nodes = new java.util.ArrayList<>();
		for (String path : paths) {
			nodes.addAll(answer.path(path).entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get());
		}
		nodes.removeIf(java.util.Objects::isNull);
		return nodes;
	}

	/** Each node's name is the one the node's own loader gives through node(id:). */
	private void assertNamedAsTheirOwnLoadersName(List<Map<String, Object>> nodes) {
		for (Map<String, Object> node : nodes) {
			this.graphQl.documentName("nodeNames")
				.variable("id", node.get("id"))
				.execute()
				.path("node.name")
				.entity(String.class)
				.isEqualTo((String) node.get("name"));
		}
	}

	@Test
	@DisplayName("the sources with their citations and the types of facts they state cost three statements, whatever the types; the facts are those the nodes themselves are")
	void shouldAnswerSourcesWithTheirFactsTypesWithoutReadingTheFacts() {
		// language=GraphQL
		String sources = """
				{ sources { edges { node { title informationFrom { name } citations { quote fact { __typename id } } } } } }""";
		Asked asked = askedAgain(sources);
		GraphQlTester.Response answer = asked.answer();
		assertThat(asked.statements()).isEqualTo(3);
		List<String> types = answer.path("sources.edges[*].node.citations[*].fact.__typename")
			.entityList(String.class)
			.get();
		// the seed's sources state agreements, parties, signatures, steps, events,
		// attendances, memberships and posts
		assertThat(types).contains("Agreement", "Party", "Signature", "Event", "Membership");
		List<String> ids = answer.path("sources.edges[*].node.citations[*].fact.id").entityList(String.class).get();
		for (int i = 0; i < ids.size(); i++) {
			this.graphQl.document("query ($id: ID!) { node(id: $id) { __typename id } }")
				.variable("id", ids.get(i))
				.execute()
				.path("node.__typename")
				.entity(String.class)
				.isEqualTo(types.get(i));
		}
	}

	@Test
	@DisplayName("the search box's hits with their titles and names cost one statement, and show what the nodes themselves show")
	void shouldAnswerASearchWithNamesInOneStatement() {
		// language=GraphQL
		String search = """
				{ search(query: "cuba", first: 20) { score node { __typename ... on Node { id } ... on Agreement { title } ... on Country { name } ... on Organization { name } ... on Event { name } } } }""";
		Asked asked = askedAgain(search);
		GraphQlTester.Response hits = asked.answer();
		List<String> ids = hits.path("search[*].node.id").entityList(String.class).get();
		assertThat(asked.statements()).isEqualTo(1);
		assertThat(ids).hasSizeGreaterThan(3);
		for (int i = 0; i < ids.size(); i++) {
			Object shown = hits.path("search[" + i + "].node").entity(Object.class).get();
			this.graphQl.documentName("nodeTitlesAndNames")
				.variable("id", ids.get(i))
				.execute()
				.path("node")
				.entity(Object.class)
				.isEqualTo(shown);
		}
	}

	@Test
	@DisplayName("a curator's cited agreement with two parties costs at most six statements, retry id and answer included")
	void shouldCreateACitedAgreementInAtMostSixStatements() {
		// the first create also reads the ISO codes, once
		createCitedAgreement("Warm-up accord", null);
		long before = this.statements.count();
		String id = createCitedAgreement("Accord on round trips", "round-trip-create-1")
			.path("createAgreement.agreement.id")
			.entity(String.class)
			.get();
		// checking the sources, the one write, the retry id looked up and kept, and the
		// agreement read back for the answer
		assertThat(this.statements.count() - before).isLessThanOrEqualTo(6);
		this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Agreement { parties { actor { name } } } } }")
			.variable("id", id)
			.execute()
			.path("node.parties[*].actor.name")
			.entityList(String.class)
			.contains("Cuba", "Japan")
			.hasSize(2);
	}

	@Test
	@DisplayName("the history a create writes in its one statement is what the graph holds")
	void shouldRecordEachCreatedNodeAsTheGraphHoldsIt() {
		String id = createCitedAgreement("Accord on faithful history", null).path("createAgreement.agreement.id")
			.entity(String.class)
			.get();
		// language=Cypher
		var records = this.neo4j
			.query("""
					MATCH (a:Agreement {title: 'Accord on faithful history'})
					MATCH (n)<-[:CHANGED]-(c:Change)
					WHERE n = a OR (n)-[:OF_AGREEMENT]->(a) OR (n)-[:SUPPORTS]->(a) OR (n)-[:SUPPORTS]->(:Party)-[:OF_AGREEMENT]->(a)
					RETURN labels(n)[0] AS label, n.id AS key, c.operation AS operation, c.after AS after, c.at = n.createdAt AS atCreation
					""")
			.fetch()
			.all();
		assertThat(records).extracting(row -> row.get("label") + ":" + row.get("operation"))
			.as("every record names the mutation the curator called")
			.containsExactlyInAnyOrder("Agreement:createAgreement", "Party:createAgreement", "Party:createAgreement",
					"Citation:createAgreement", "Citation:createAgreement", "Citation:createAgreement");
		assertRecordedAsTheGraphHoldsIt(records);
		assertThat(id).isNotBlank();
	}

	@Test
	@DisplayName("a curator's cited signature, step, membership, tenure or attendance costs at most six statements, written with its history and citation in one")
	void shouldRecordEachCitedFactInAtMostSixStatements() {
		// the first create also reads the ISO codes, once
		createCitedAgreement("Warm-up accord", null);
		Map<String, Map<String, Object>> inputs = new LinkedHashMap<>();
		inputs.put("recordSignature.signature",
				Map.of("agreementId", id(NodeType.AGREEMENT, "rt-agr-1"), "signerId",
						id(NodeType.PERSON, "person-miguel-diaz-canel"), "post", "President", "onBehalfOf", "CU",
						"eventId", id(NodeType.EVENT, "rt-evt-1"), "date", Map.of("value", "2024-03-05")));
		inputs.put("recordAgreementAction.action", Map.of("agreementId", id(NodeType.AGREEMENT, "rt-agr-2"), "kind",
				"RATIFIED", "party", "JP", "date", Map.of("value", "2024-05")));
		inputs.put("recordMembership.membership", Map.of("member", "JP", "organizationId",
				id(NodeType.ORGANIZATION, "org-ndb"), "start", Map.of("value", "2024-01", "approximate", true)));
		inputs.put("recordTenure.tenure", Map.of("personId", id(NodeType.PERSON, "person-alexis-von-hoensbroech"),
				"post", "Ambassador", "within", "JP", "start", Map.of("value", "2023")));
		inputs.put("recordAttendance.attendance", Map.of("eventId", id(NodeType.EVENT, "rt-evt-1"), "attendee",
				id(NodeType.PERSON, "person-sergey-lavrov"), "role", "Guest"));
		inputs.forEach((made, input) -> {
			String mutation = made.substring(0, made.indexOf('.'));
			String payload = made.substring(made.indexOf('.') + 1);
			String inputType = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
			Map<String, Object> cited = new HashMap<>(input);
			cited.put("citations",
					List.of(Map.of("sourceId", id(NodeType.SOURCE, "src-9f9a7992a81a878d"), "quote", "Cuba")));
			long before = this.statements.count();
			String id = asCurator()
				.document("mutation($input: %s!) { %s(input: $input) { %s { id } } }".formatted(inputType, mutation,
						payload))
				.variable("input", cited)
				.execute()
				.path(made + ".id")
				.entity(String.class)
				.get();
			assertThat(this.statements.count() - before).as(mutation + "'s statements").isLessThanOrEqualTo(6);
			GlobalId fact = GlobalId.decode(id).orElseThrow();
			var records = recordsOf(fact);
			assertThat(records).extracting(row -> row.get("label") + ":" + row.get("operation"))
				.as("the fact and its citation, each recorded as made by " + mutation)
				.containsExactlyInAnyOrder(fact.type().label() + ":" + mutation, "Citation:" + mutation);
			assertRecordedAsTheGraphHoldsIt(records);
		});
	}

	private static String id(NodeType type, String key) {
		return GlobalId.encode(type, key);
	}

	@Test
	@DisplayName("a curator's new source, person, organisation or place costs two statements, a cited event five, each recorded in history as the graph holds it")
	void shouldRecordEachNewEntityAsTheGraphHoldsIt() {
		// the first create also reads the ISO codes, once
		createCitedAgreement("Warm-up accord", null);
		String source = GlobalId.encode(NodeType.SOURCE, "src-9f9a7992a81a878d");
		Map<String, Map<String, Object>> inputs = new LinkedHashMap<>();
		inputs.put("addSource.source", Map.of("source", Map.of("title", "Entities in one statement", "url",
				"https://example.org/round-trips/entities", "publisher", "Round Trip Wire", "language", "en")));
		inputs.put("createPerson.person", Map.of("name", "Ana Round-Trip", "aliases", List.of("A. Round-Trip")));
		inputs.put("createOrganization.organization",
				Map.of("name", "Round Trip Institute", "acronym", "RTI", "kind", "MINISTRY", "country", "JP"));
		inputs.put("createPlace.place", Map.of("name", "Round Trip Hall", "kind", "VENUE", "country", "JP"));
		inputs.put("createEvent.event", Map.of("name", "Round Trip Summit", "kind", "SUMMIT", "date",
				Map.of("value", "2024-06"), "citations", List.of(Map.of("sourceId", source, "quote", "Cuba"))));
		Map<String, Long> statements = new LinkedHashMap<>();
		inputs.forEach((made, input) -> {
			String mutation = made.substring(0, made.indexOf('.'));
			String payload = made.substring(made.indexOf('.') + 1);
			String inputType = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
			long before = this.statements.count();
			String id = asCurator()
				.document("mutation($input: %s!) { %s(input: $input) { created %s { id } } }".formatted(inputType,
						mutation, payload))
				.variable("input", input)
				.execute()
				.path(mutation + ".created")
				.entity(Boolean.class)
				.isEqualTo(true)
				.path(made + ".id")
				.entity(String.class)
				.get();
			statements.put(mutation, this.statements.count() - before);
			GlobalId entity = GlobalId.decode(id).orElseThrow();
			var records = recordsOf(entity);
			assertThat(records).extracting(row -> row.get("label") + ":" + row.get("operation"))
				.as("what " + mutation + " made, each recorded as made by it")
				.containsExactlyInAnyOrderElementsOf(
						mutation.equals("createEvent") ? List.of("Event:createEvent", "Citation:createEvent")
								: List.of(entity.type().label() + ":" + mutation));
			assertRecordedAsTheGraphHoldsIt(records);
		});
		// the write and its record; the event also checks its source and cites it
		assertThat(statements).containsExactly(Map.entry("addSource", 2L), Map.entry("createPerson", 2L),
				Map.entry("createOrganization", 2L), Map.entry("createPlace", 2L), Map.entry("createEvent", 5L));
	}

	/** The history records of a node and of the citations that support it. */
	private Collection<Map<String, Object>> recordsOf(GlobalId node) {
		// language=Cypher
		return this.neo4j.query("""
				MATCH (node:$($label) {id: $key})
				MATCH (n)<-[:CHANGED]-(c:Change) WHERE n = node OR (n)-[:SUPPORTS]->(node)
				RETURN labels(n)[0] AS label, n.id AS key, c.operation AS operation, c.after AS after,
				       c.at = n.createdAt AS atCreation
				""").bindAll(Map.of("label", node.type().label(), "key", node.key())).fetch().all();
	}

	private void assertRecordedAsTheGraphHoldsIt(Collection<Map<String, Object>> records) {
		for (var row : records) {
			assertThat(row.get("atCreation")).isEqualTo(true);
			GlobalId node = new GlobalId(NodeType.fromLabel((String) row.get("label")).orElseThrow(),
					(String) row.get("key"));
			assertThat(JSON.readTree((String) row.get("after"))).as("history of " + node)
				.isEqualTo(JSON.readTree(JSON.writeValueAsString(
						new TransactionTemplate(this.transactions).execute(status -> this.changes.snapshot(node)))));
		}
	}

	private GraphQlTester.Response createCitedAgreement(String title, @Nullable String clientMutationId) {
		Map<String, Object> input = new HashMap<>();
		input.put("title", title);
		input.put("kind", "MEMORANDUM");
		input.put("parties", List.of(Map.of("actor", "CU"), Map.of("actor", "JP")));
		input.put("citations",
				List.of(Map.of("sourceId", GlobalId.encode(NodeType.SOURCE, "src-9f9a7992a81a878d"), "quote", "Cuba")));
		input.put("clientMutationId", clientMutationId);
		return asCurator().documentName("createAgreementWithTitle").variable("input", input).execute();
	}

	private long statementsFor(int agreements) {
		long before = this.statements.count();
		this.graphQl.documentName("deepAgreementPage")
			.variable("first", agreements)
			.execute()
			.path("agreements.edges")
			.entityList(Object.class)
			.hasSize(agreements);
		return this.statements.count() - before;
	}

}
