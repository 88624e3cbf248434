package org.treatygraph.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Query depth limit")
class QueryLimitsTests extends GraphQlIntegrationTest {

	/**
	 * A query nested {@code depth} levels deep, walking a country's signatures back to
	 * itself.
	 */
	private static String nested(int depth) {
		StringBuilder query = new StringBuilder("{ country(code: \"CU\") {");
		int level = 1;
		StringBuilder closing = new StringBuilder("}");
		while (level + 2 <= depth) {
			query.append(" signatures { agreement { parties { actor { ... on Country {");
			closing.append(" } } } } }");
			level += 4;
		}
		query.append(" name ");
		return query + closing.toString() + " }";
	}

	@Test
	@DisplayName("14 levels, just under the limit of 15, are answered")
	void shouldAnswerAQueryUnderTheLimit() {
		var response = this.graphQl.document(nested(14)).execute();
		response.errors().verify();
		response.path("country.signatures[0].agreement.parties[0].actor.signatures").hasValue();
	}

	@Test
	@DisplayName("deeper queries are refused whole, naming the limit and the depth found")
	void shouldRefuseADeeperQuery() {
		this.graphQl.document(nested(30))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("maximum query depth exceeded")
					.contains("> 15")));
	}

}
