package org.treatygraph.country;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.treatygraph.GraphQlIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Countries")
class CountryQueriesTests extends GraphQlIntegrationTest {

	@Nested
	@DisplayName("country(code:)")
	class ByCode {

		@ParameterizedTest(name = "\"{0}\" is Cuba")
		@ValueSource(strings = { "CU", "cu", "CUB", "cub", " Cu " })
		void shouldFindCubaByEitherCodeInAnyCase(String code) {
			var response = CountryQueriesTests.this.graphQl
				.document("query($code: String!) { country(code: $code) { code alpha3 name } }")
				.variable("code", code)
				.execute();
			response.path("country.code").entity(String.class).isEqualTo("CU");
			response.path("country.alpha3").entity(String.class).isEqualTo("CUB");
			response.path("country.name").entity(String.class).isEqualTo("Cuba");
		}

		@Test
		void shouldAnswerNullForAnUnknownCode() {
			CountryQueriesTests.this.graphQl.document("{ country(code: \"XX\") { name } }")
				.execute()
				.path("country")
				.valueIsNull();
		}

		@Test
		void shouldKnowRussiaAlsoAsTheRussianFederation() {
			CountryQueriesTests.this.graphQl.document("{ country(code: \"RU\") { name aliases } }")
				.execute()
				.path("country.aliases")
				.entityList(String.class)
				.contains("Russian Federation");
		}

	}

	@Nested
	@DisplayName("countries(name:)")
	class ByName {

		@Test
		void shouldHoldEveryIsoCountry() {
			CountryQueriesTests.this.graphQl.document("{ countries(first: 0) { totalCount edges { cursor } } }")
				.execute()
				.path("countries.totalCount")
				.entity(Integer.class)
				.satisfies(total -> assertThat(total).isGreaterThanOrEqualTo(249));
		}

		@Test
		void shouldFindACountryByPartOfAnAlias() {
			CountryQueriesTests.this.graphQl
				.document("{ countries(name: \"russian fed\") { edges { node { code } } } }")
				.execute()
				.path("countries.edges[*].node.code")
				.entityList(String.class)
				.containsExactly("RU");
		}

	}

}
