package org.treatygraph.person;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatygraph.GraphQlIntegrationTest;

@DisplayName("People")
class PersonQueriesTests extends GraphQlIntegrationTest {

	@Test
	@DisplayName("\"Rodriguez\" finds both Rodríguez, accents and case ignored")
	void shouldFindNamesWithoutTheirAccents() {
		this.graphQl.documentName("personsByName")
			.variable("name", "rodriguez")
			.execute()
			.path("persons.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Bruno Rodríguez Parrilla", "Rodolfo Reyes Rodríguez");
	}

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@CsvSource({ "Díaz-Canel, Miguel Díaz-Canel", "diaz can, Miguel Díaz-Canel", "Sergei Lavrov, Sergey Lavrov",
			"von hoensbr, Alexis von Hoensbroech" })
	void shouldFindByPrefixesOfNamesAndAliases(String typed, String expected) {
		this.graphQl.documentName("personsByName")
			.variable("name", typed)
			.execute()
			.path("persons.edges[*].node.name")
			.entityList(String.class)
			.containsExactly(expected);
	}

	@Test
	@DisplayName("a person's posts, signatures and attendances, each cited")
	void shouldNavigateFromAPersonToTheirFacts() {
		// language=GraphQL
		String query = """
				{ persons(name: "Lavrov") { edges { node {
				  tenures { post within { name } citations { quote } }
				  signatures { agreement { title } onBehalfOf { name } }
				  attendances { event { name } role }
				} } } }
				""";
		this.graphQl.document(query)
			.execute()
			.path("persons.edges[0].node.tenures[0].within.name")
			.entity(String.class)
			.isEqualTo("Ministry of Foreign Affairs of the Russian Federation")
			.path("persons.edges[0].node.signatures[0].agreement.title")
			.entity(String.class)
			.isEqualTo("Cuba–Russia Political Consultation Plan")
			.path("persons.edges[0].node.attendances[0].role")
			.entity(String.class)
			.isEqualTo("Signatory");
	}

	@Test
	void shouldListEveryoneWithoutAName() {
		this.graphQl.documentName("personsByName")
			.execute()
			.path("persons.totalCount")
			.entity(Integer.class)
			.isEqualTo(5);
	}

}
