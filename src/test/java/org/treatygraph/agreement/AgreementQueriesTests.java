package org.treatygraph.agreement;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatygraph.GraphQlIntegrationTest;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Agreements")
class AgreementQueriesTests extends GraphQlIntegrationTest {

	private GraphQlTester.Response agreements(Map<String, Object> filter) {
		return this.graphQl.documentName("agreementsFiltered").variable("filter", filter).execute();
	}

	@Nested
	@DisplayName("filtered")
	class Filtered {

		@Test
		void shouldMatchACountryThroughItsOrganizations() {
			agreements(Map.of("involving", List.of("RU"))).path("agreements.edges[*].node.title")
				.entityList(String.class)
				.contains("BioCubaFarma–Skolkovo Center accord on exporting Cuban pharmaceuticals to Russia");
		}

		@Test
		void shouldMatchAnOrganizationByItsId() {
			String biocubafarma = AgreementQueriesTests.this.graphQl
				.document("{ organizations(name: \"biocuba\") { edges { node { id } } } }")
				.execute()
				.path("organizations.edges[0].node.id")
				.entity(String.class)
				.get();
			agreements(Map.of("involving", List.of(biocubafarma, "CU"))).path("agreements.edges[*].node.kind")
				.entityList(String.class)
				.containsExactly("TRADE_ACCORD");
		}

		@Test
		void shouldFindNothingBetweenCountriesWithoutAgreements() {
			agreements(Map.of("involving", List.of("CU", "US"))).path("agreements.totalCount")
				.entity(Integer.class)
				.isEqualTo(0);
		}

		@Test
		void shouldFilterByKindAndStatus() {
			agreements(Map.of("involving", List.of("CU"), "kinds", List.of("TRADE_ACCORD")))
				.path("agreements.totalCount")
				.entity(Integer.class)
				.isEqualTo(2);
			agreements(Map.of("statuses", List.of("SIGNED"))).path("agreements.edges[*].node.title")
				.entityList(String.class)
				.containsExactly("Cuba–Russia Political Consultation Plan");
			agreements(Map.of("statuses", List.of("ANNOUNCED", "CONCLUDED"))).path("agreements.totalCount")
				.entity(Integer.class)
				.isEqualTo(2);
		}

		@Test
		@DisplayName("a date range never matches agreements whose source gives no date")
		void shouldNotPlaceUndatedAgreementsInADateRange() {
			agreements(Map.of("involving", List.of("CU"), "from", "2020-01-01", "to", "2030-12-31"))
				.path("agreements.totalCount")
				.entity(Integer.class)
				.isEqualTo(0);
		}

		@Test
		void shouldListACountrysAgreementsFromTheCountry() {
			AgreementQueriesTests.this.graphQl.document(
					"{ country(code: \"RUS\") { agreements(first: 2) { totalCount edges { node { title } } pageInfo { hasNextPage } } } }")
				.execute()
				.path("country.agreements.totalCount")
				.entity(Integer.class)
				.isEqualTo(3)
				.path("country.agreements.edges")
				.entityList(Object.class)
				.hasSize(2)
				.path("country.agreements.pageInfo.hasNextPage")
				.entity(Boolean.class)
				.isEqualTo(true);
		}

	}

	@Nested
	@DisplayName("paged")
	class Paged {

		@Test
		@DisplayName("page by page, following endCursor, yields every agreement once")
		void shouldWalkThroughAllPagesWithCursors() {
			var first = AgreementQueriesTests.this.graphQl.documentName("agreementsFiltered")
				.variable("first", 2)
				.execute();
			first.path("agreements.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
			first.path("agreements.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
			String cursor = first.path("agreements.pageInfo.endCursor").entity(String.class).get();
			List<String> firstTitles = first.path("agreements.edges[*].node.title").entityList(String.class).get();

			var second = AgreementQueriesTests.this.graphQl.documentName("agreementsFiltered")
				.variable("first", 2)
				.variable("after", cursor)
				.execute();
			second.path("agreements.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
			second.path("agreements.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
			second.path("agreements.totalCount").entity(Integer.class).isEqualTo(3);
			List<String> secondTitles = second.path("agreements.edges[*].node.title").entityList(String.class).get();
			assertThat(secondTitles).hasSize(1).doesNotContainAnyElementsOf(firstTitles);
		}

		@Test
		void shouldAnswerAnEmptyPageForFirstZero() {
			var response = AgreementQueriesTests.this.graphQl.documentName("agreementsFiltered")
				.variable("first", 0)
				.execute();
			response.path("agreements.edges").entityList(Object.class).hasSize(0);
			response.path("agreements.totalCount").entity(Integer.class).isEqualTo(3);
			response.path("agreements.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		}

	}

	@Nested
	@DisplayName("bad input gets a BAD_REQUEST naming the argument")
	class BadInput {

		@ParameterizedTest(name = "first: {0}")
		@CsvSource({ "101", "-1", "100000" })
		void shouldRefuseAPageSizeOutsideTheLimit(int first) {
			expectBadRequest(AgreementQueriesTests.this.graphQl.documentName("agreementsFiltered")
				.variable("first", first)
				.execute(), "first", "between 0 and 100");
		}

		@Test
		void shouldRefuseACursorThisListDidNotIssue() {
			expectBadRequest(AgreementQueriesTests.this.graphQl.documentName("agreementsFiltered")
				.variable("after", "bm90LWEtY3Vyc29y")
				.execute(), "after", "not a cursor");
		}

		@Test
		void shouldRefuseAnUnknownCountryCode() {
			expectBadRequest(agreements(Map.of("involving", List.of("CU", "XX"))), "filter.involving[1]",
					"'XX' is not an ISO 3166-1 country code");
		}

		@Test
		void shouldRefuseTheIdOfANodeThatCannotBeParty() {
			String lavrov = AgreementQueriesTests.this.graphQl
				.document("{ persons(name: \"lavrov\") { edges { node { id } } } }")
				.execute()
				.path("persons.edges[0].node.id")
				.entity(String.class)
				.get();
			expectBadRequest(agreements(Map.of("involving", List.of(lavrov))), "filter.involving[0]",
					"is the id of a Person");
		}

		@Test
		void shouldRefuseSomethingThatIsNeitherCodeNorId() {
			expectBadRequest(agreements(Map.of("involving", List.of("Cuba and friends"))), "filter.involving[0]",
					"neither a country code nor a Treatygraph id");
		}

		@Test
		void shouldRefuseADateThatIsNotIso() {
			expectBadRequest(agreements(Map.of("from", "yesterday")), "filter.from",
					"is not a date such as 2025-11-03, 2025-11 or 2025");
		}

		@Test
		void shouldRefuseARangeEndingBeforeItStarts() {
			expectBadRequest(agreements(Map.of("from", "2025-11-02", "to", "2025-11-01")), "filter.to",
					"must not be before from");
		}

		private void expectBadRequest(GraphQlTester.Response response, String argument, String reason) {
			response.errors().satisfy(errors -> {
				assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getPath()).isEqualTo("agreements");
					assertThat(error.getExtensions()).containsEntry("argument", argument);
					assertThat(error.getMessage()).startsWith(argument + ":").contains(reason);
				});
			});
		}

	}

}
