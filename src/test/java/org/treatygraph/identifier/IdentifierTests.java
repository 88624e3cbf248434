package org.treatygraph.identifier;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.CuratorTest;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Which country is Q241 in Wikidata?": nodes found by the identifiers other registers
 * give them.
 */
@DisplayName("Identifiers")
class IdentifierTests extends CuratorTest {

	private static final String CUBA = GlobalId.encode(NodeType.COUNTRY, "CU");

	private static final String RUSSIA = GlobalId.encode(NodeType.COUNTRY, "RU");

	private static final String PLAN = GlobalId.encode(NodeType.AGREEMENT, "agr-cu-ru-political-consultation-plan");

	private GraphQlTester.Response add(String nodeId, String scheme, String value) {
		return asCurator().documentName("addIdentifier")
			.variable("input", Map.of("nodeId", nodeId, "scheme", scheme, "value", value))
			.execute();
	}

	private GraphQlTester.Response find(String scheme, String value) {
		return this.graphQl.documentName("nodeByIdentifierNames")
			.variable("scheme", scheme)
			.variable("value", value)
			.execute();
	}

	@Test
	@DisplayName("Cuba given its Wikidata item by address is found as Q241, beside its ISO codes")
	void shouldFindCubaByItsWikidataItem() {
		add(CUBA, "WIKIDATA", "https://www.wikidata.org/wiki/Q241").path("addIdentifier.identifier.value")
			.entity(String.class)
			.isEqualTo("Q241");

		find("WIKIDATA", "q241").path("nodeByIdentifier.name").entity(String.class).isEqualTo("Cuba");
		var hits = this.graphQl.document("{ search(query: \"Q241\") { matchedIn node { ... on Country { name } } } }")
			.execute();
		hits.path("search[0].node.name").entity(String.class).isEqualTo("Cuba");
		hits.path("search[0].matchedIn").entity(String.class).isEqualTo("<mark>Q241</mark>");
		find("ISO_3166", "CUB").path("nodeByIdentifier.name").entity(String.class).isEqualTo("Cuba");
		find("WIKIDATA", "Q159").path("nodeByIdentifier").valueIsNull();
		var identifiers = this.graphQl.document("{ country(code: \"CU\") { identifiers { scheme value url } } }")
			.execute();
		identifiers.path("country.identifiers[*].scheme")
			.entityList(String.class)
			.containsExactly("WIKIDATA", "ISO_3166", "ISO_3166");
		identifiers.path("country.identifiers[*].value").entityList(String.class).containsExactly("Q241", "CU", "CUB");
		identifiers.path("country.identifiers[0].url")
			.entity(String.class)
			.isEqualTo("https://www.wikidata.org/wiki/Q241");
		this.graphQl.document("query($id: ID!) { history(id: $id) { edges { node { operation after } } } }")
			.variable("id", CUBA)
			.execute()
			.path("history.edges[0].node.after")
			.entity(String.class)
			.satisfies((after) -> assertThat(after).contains("\"wikidata\":\"Q241\""));
	}

	@Test
	@DisplayName("an agreement is found by its UN Treaty Series registration")
	void shouldFindAnAgreementByItsRegistration() {
		add(PLAN, "UN_TREATY_SERIES", "i-99999").errors().verify();
		find("UN_TREATY_SERIES", "I-99999").path("nodeByIdentifier.title")
			.entity(String.class)
			.isEqualTo("Cuba–Russia Political Consultation Plan");
	}

	@Test
	@DisplayName("a value another node holds is refused naming it, and nothing is written")
	void shouldRefuseAValueAnotherNodeHolds() {
		add(CUBA, "WIKIDATA", "Q241").errors().verify();
		String before = graphSize();
		add(RUSSIA, "WIKIDATA", "Q241").errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("argument", "input.value");
				assertThat(error.getMessage())
					.contains("WIKIDATA Q241 already identifies Country 'Cuba'; one value names one node");
			}));
		assertThat(graphSize()).isEqualTo(before);
		find("WIKIDATA", "Q241").path("nodeByIdentifier.name").entity(String.class).isEqualTo("Cuba");
	}

	@Test
	@DisplayName("a value in the wrong form and a node that carries none are both reported, and ISO codes are not added")
	void shouldRefuseBadIdentifiers() {
		String citation = GlobalId.encode(NodeType.CITATION, "nowhere");
		String before = graphSize();
		add(citation, "WIKIDATA", "241").errors()
			.satisfy((errors) -> assertThat(errors).extracting((error) -> error.getExtensions().get("argument"))
				.containsExactly("input.nodeId", "input.value"));
		add(CUBA, "ISO_3166", "CU").errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("carry their ISO 3166 codes already")));
		find("WIKIDATA", "Cuba").errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage())
					.contains("'Cuba' is not a Wikidata item such as Q241")));
		assertThat(graphSize()).isEqualTo(before);
	}

}
