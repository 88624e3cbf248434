package org.treatygraph.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatygraph.GraphQlIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Long text filters")
class LongTextFiltersTests extends GraphQlIntegrationTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "agreements(filter: { text: $text }) { totalCount }|filter.text",
			"events(filter: { text: $text }) { totalCount }|filter.text", "persons(name: $text) { totalCount }|name" })
	@DisplayName("300 words get a BAD_REQUEST naming the argument and the cap, before any Cypher runs")
	void shouldRefuseTooManyWords(String field, String argument) {
		String words = "cuba ".repeat(300);
		long before = this.statements.count();
		this.graphQl.document("query($text: String) { " + field + " }")
			.variable("text", words)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", argument);
				assertThat(error.getMessage()).contains("at most");
			}));
		assertThat(this.statements.count()).as("statements run for a refused filter").isEqualTo(before);
	}

	@org.junit.jupiter.api.Test
	@DisplayName("32 words are searched for, a 33rd is refused, naming the word cap")
	void shouldSearchUpToTheWordCap() {
		String query = "query($text: String) { agreements(filter: { text: $text }) { totalCount } }";
		this.graphQl.document(query).variable("text", "plan ".repeat(32).strip()).execute().errors().verify();
		this.graphQl.document(query)
			.variable("text", "plan ".repeat(33).strip())
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("33 words; at most 32")));
	}

}
