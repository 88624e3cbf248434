package org.treatygraph.system;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.treatygraph.CuratorTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested fields are fetched a level at a time for all parents together, so the statements
 * sent to Neo4j per request depend on the shape of the query, not on how many results it
 * has.
 */
@DisplayName("Cypher round trips per request")
class RoundTripTests extends CuratorTest {

	// language=GraphQL
	private static final String DEEP = """
			query($first: Int) {
			  agreements(filter: { involving: ["CU", "JP"] }, first: $first) {
			    totalCount
			    edges { node {
			      title status
			      parties { role actor { name ... on Country { memberships { organization { name } } } } citations { quote source { title } } }
			      signatures { post signer { name tenures { post within { name } } } onBehalfOf { name }
			                   event { name venue { name country { code } } attendances { attendee { name } } } citations { quote } }
			      actions { kind date { value } citations { quote source { title publisher } } }
			      events { name }
			      citations { quote source { title informationFrom { name } } }
			    } }
			  }
			}
			""";

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
					CREATE (c:Citation {id: 'rt-cit-' + fact.id, quote: 'Cuba', createdAt: datetime()})-[:SUPPORTS]->(fact)
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
			"{ agreements(filter: { involving: [\"CU\"], kinds: [MEMORANDUM] }, first: 20) { totalCount edges { cursor node { title status parties { actor { name } } } } } }" })
	@DisplayName("an analyst's page with its parties, a bilateral summary and a filtered page each cost at most two statements")
	void shouldAnswerTheUsualPagesInTwoStatements(String question) {
		this.graphQl.document(question).execute();
		long before = this.statements.count();
		this.graphQl.document(question).execute().path("").entity(Object.class).isNotEqualTo(null);
		assertThat(this.statements.count() - before).isLessThanOrEqualTo(2);
	}

	private long statementsFor(int agreements) {
		long before = this.statements.count();
		this.graphQl.document(DEEP)
			.variable("first", agreements)
			.execute()
			.path("agreements.edges")
			.entityList(Object.class)
			.hasSize(agreements);
		return this.statements.count() - before;
	}

}
