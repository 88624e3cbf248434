package org.treatygraph.search;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The search box")
class SearchTests extends GraphQlIntegrationTest {

	@Test
	@DisplayName("\"rodriguez\" finds both Rodríguez and marks the matched word")
	void shouldFindPeopleWithoutAccentsAndHighlight() {
		var response = this.graphQl.documentName("search").variable("query", "rodriguez").execute();
		response.path("search[*].node.name")
			.entityList(String.class)
			.containsExactly("Bruno Rodríguez Parrilla", "Rodolfo Reyes Rodríguez");
		response.path("search[*].matchedIn")
			.entityList(String.class)
			.satisfies(marked -> assertThat(marked)
				.allSatisfy(text -> assertThat(text).contains("<mark>Rodríguez</mark>")));
	}

	@Test
	@DisplayName("one box finds every kind of node, and types narrow it")
	void shouldFindEveryKindAndNarrowByType() {
		List<String> kinds = this.graphQl.documentName("search")
			.variable("query", "cuba")
			.variable("first", 50)
			.execute()
			.path("search[*].node.__typename")
			.entityList(String.class)
			.get();
		assertThat(kinds).contains("Country", "Organization", "Agreement", "Event", "Source");
		this.graphQl.documentName("search")
			.variable("query", "cuba")
			.variable("types", List.of("Country"))
			.execute()
			.path("search[*].node.name")
			.entityList(String.class)
			.containsExactly("Cuba");
	}

	@Test
	void shouldFindAgreementsByWordsOfTheirTitle() {
		this.graphQl.documentName("search")
			.variable("query", "consultation plan")
			.variable("types", List.of("Agreement", "Event"))
			.execute()
			.path("search[?(@.node.__typename == 'Agreement')].node.title")
			.entityList(String.class)
			.containsExactly("Cuba–Russia Political Consultation Plan");
	}

	@Test
	void shouldRefuseAQueryWithoutWords() {
		this.graphQl.documentName("search")
			.variable("query", " -- ")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "query");
			}));
	}

}
