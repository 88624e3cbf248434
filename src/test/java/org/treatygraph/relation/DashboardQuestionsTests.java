package org.treatygraph.relation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboards' aggregates and the bilateral summary, asked of the sample article. */
@DisplayName("Dashboard aggregates on the sample article")
class DashboardQuestionsTests extends GraphQlIntegrationTest {

	@Test
	@DisplayName("What do Cuba and Russia share? Three agreements by kind and status, and the signing ceremony")
	void shouldSummariseCubaAndRussia() {
		var response = this.graphQl.documentName("summariseCubaAndRussia").execute();
		response.path("relations.agreements.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("relations.agreementTally[*].count")
			.entityList(Integer.class)
			.satisfies(counts -> assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(3));
		response.path("relations.agreementTally[?(@.status == 'SIGNED')].kind")
			.entityList(String.class)
			.containsExactly("CONSULTATION_PLAN");
		response.path("relations.events.edges[*].node.kind").entityList(String.class).contains("SIGNING_CEREMONY");
		response.path("relations.sharedMemberships").entityList(Object.class).hasSize(0);
	}

	@Test
	@DisplayName("A dashboard asking several things at once, one with a mistyped date or an unknown code, gets the others answered and one error for each refused question, with no empty list standing in for it")
	void shouldAnswerTheOtherQuestionsWhenOneIsRefused() {
		var response = this.graphQl.documentName("dashboardWithRefusedQuestions").execute();
		response.errors()
			.satisfy((errors) -> assertThat(errors).extracting((error) -> error.getPath())
				.containsExactlyInAnyOrder("mistyped", "unknown", "pair.events", "pair.timeline"));
		response.path("mistyped").valueIsNull();
		response.path("unknown").valueIsNull();
		response.path("pair.events").valueIsNull();
		response.path("pair.timeline").valueIsNull();
		response.path("pair.agreements.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("partners[0].partner.name").entity(String.class).isEqualTo("Russia");
	}

	@Test
	@DisplayName("What happened in November 2025, or in 2025? A month or a year in a filter stands for its days")
	void shouldTakeAMonthOrAYearForItsDays() {
		String events = "query($filter: EventFilter) { events(filter: $filter) { edges { node { name } } } }";
		Function<Map<String, Object>, List<String>> names = (filter) -> this.graphQl.document(events)
			.variable("filter", filter)
			.execute()
			.path("events.edges[*].node.name")
			.entityList(String.class)
			.get();
		assertThat(names.apply(Map.of("from", "2025-11", "to", "2025-11")))
			.isEqualTo(names.apply(Map.of("from", "2025-11-01", "to", "2025-11-30")))
			.contains("Havana International Fair (FIHAV 2025)");
		assertThat(names.apply(Map.of("from", "2025", "to", "2025")))
			.isEqualTo(names.apply(Map.of("from", "2025-01-01", "to", "2025-12-31")))
			.contains("Havana International Fair (FIHAV 2025)", "17th BRICS Summit (BRICS 2025)");
		assertThat(names.apply(Map.of("to", "2024"))).isEmpty();
		this.graphQl.document("{ timeline(of: \"CU\", from: \"2025-13\") { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage())
					.isEqualTo("from: '2025-13' is not a date such as 2025-11-03, 2025-11 or 2025 (ISO 8601)")));
	}

	@Test
	@DisplayName("How many agreements did Cuba make per year and kind? Undated ones are counted apart")
	void shouldCountCubasAgreementsPerYearAndKind() {
		var response = this.graphQl.document("{ agreementsPerYear(of: \"CU\") { year kind count } }").execute();
		List<Map<String, Object>> tallies = response.path("agreementsPerYear").entityList(mapType()).get();
		assertThat(tallies.stream().mapToInt(tally -> (Integer) tally.get("count")).sum()).isEqualTo(3);
		this.graphQl.document("{ agreementsPerYear(of: \"CU\", fromYear: 2030) { year } }")
			.execute()
			.path("agreementsPerYear")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	@DisplayName("Who are Cuba's top partners? Russia, through Russia itself and through Skolkovo")
	void shouldRankCubasPartners() {
		var response = this.graphQl
			.document("{ topPartners(of: \"CU\") { partner { name ... on Country { code } } agreements } }")
			.execute();
		response.path("topPartners[0].partner.code").entity(String.class).isEqualTo("RU");
		response.path("topPartners[0].agreements").entity(Integer.class).isEqualTo(3);
	}

	@Test
	@DisplayName("Who signs most? Lavrov and Rodríguez, one signature each; for Russia only Lavrov")
	void shouldRankSignatories() {
		this.graphQl.document("{ topSignatories { person { name } signatures } }")
			.execute()
			.path("topSignatories[*].person.name")
			.entityList(String.class)
			.contains("Bruno Rodríguez Parrilla", "Sergey Lavrov")
			.hasSize(2);
		this.graphQl.document("{ topSignatories(onBehalfOf: \"RU\") { person { name } signatures } }")
			.execute()
			.path("topSignatories[*].person.name")
			.entityList(String.class)
			.containsExactly("Sergey Lavrov");
	}

	@Test
	@DisplayName("Which organisations have the most members? The New Development Bank, with Cuba")
	void shouldCountMembers() {
		this.graphQl.document("{ membershipCounts { organization { name } members } }")
			.execute()
			.path("membershipCounts[0].organization.name")
			.entity(String.class)
			.isEqualTo("New Development Bank");
	}

	@Test
	@DisplayName("Agreements signed by Lavrov, at the UN in the United States, or titled with 'consultation', newest first")
	void shouldFilterAgreementsBySignerVenueAndText() {
		String lavrov = this.graphQl.document("{ persons(name: \"Lavrov\") { edges { node { id } } } }")
			.execute()
			.path("persons.edges[0].node.id")
			.entity(String.class)
			.get();
		String query = "query ($filter: AgreementFilter, $orderBy: AgreementOrder) { agreements(filter: $filter, orderBy: $orderBy) { totalCount edges { node { title } } } }";
		this.graphQl.document(query)
			.variable("filter", Map.of("signers", List.of(lavrov)))
			.execute()
			.path("agreements.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Cuba–Russia Political Consultation Plan");
		this.graphQl.document(query)
			.variable("filter", Map.of("venueCountries", List.of("US")))
			.execute()
			.path("agreements.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Cuba–Russia Political Consultation Plan");
		this.graphQl.document(query)
			.variable("filter", Map.of("text", "consultation"))
			.execute()
			.path("agreements.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Cuba–Russia Political Consultation Plan");
		List<String> ascending = this.graphQl.document(query)
			.variable("orderBy", Map.of("field", "DATE"))
			.execute()
			.path("agreements.edges[*].node.title")
			.entityList(String.class)
			.get();
		List<String> descending = this.graphQl.document(query)
			.variable("orderBy", Map.of("field", "DATE", "direction", "DESC"))
			.execute()
			.path("agreements.edges[*].node.title")
			.entityList(String.class)
			.get();
		assertThat(ascending).isNotEmpty().hasSameElementsAs(descending);
		assertThat(ascending.getFirst())
			.isEqualTo(descending.stream().filter(title -> ascending.indexOf(title) == 0).findFirst().orElseThrow());
	}

	@Test
	@DisplayName("Events held in Cuba, found by a word of their name, latest first")
	void shouldFilterEventsByVenueAndText() {
		String query = "query ($filter: EventFilter, $orderBy: EventOrder) { events(filter: $filter, orderBy: $orderBy) { edges { node { name date { value } } } } }";
		this.graphQl.document(query)
			.variable("filter", Map.of("text", "fihav"))
			.execute()
			.path("events.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Havana International Fair (FIHAV 2025)");
		List<String> names = this.graphQl.document(query)
			.variable("filter", Map.of("venueCountries", List.of("CU")))
			.variable("orderBy", Map.of("field", "NAME", "direction", "DESC"))
			.execute()
			.path("events.edges[*].node.name")
			.entityList(String.class)
			.get();
		assertThat(names).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	@DisplayName("Events by date, latest first, read one at a time with cursors, give the same list as one page")
	void shouldPageEventsLatestFirstWithCursors() {
		List<String> onePage = this.graphQl
			.document("{ events(orderBy: { field: DATE, direction: DESC }, first: 50) { edges { node { name } } } }")
			.execute()
			.path("events.edges[*].node.name")
			.entityList(String.class)
			.get();
		List<String> oneAtATime = everyPage("""
				query ($after: String) {
				  events(orderBy: { field: DATE, direction: DESC }, first: 1, after: $after) {
				    edges { node { name } } pageInfo { hasNextPage endCursor }
				  }
				}""", "events", "name");
		assertThat(onePage).hasSizeGreaterThan(1);
		assertThat(oneAtATime).isEqualTo(onePage);
		List<String> dates = this.graphQl.document(
				"{ events(orderBy: { field: DATE, direction: DESC }, first: 50) { edges { node { date { value } } } } }")
			.execute()
			.path("events.edges[*].node.date.value")
			.entityList(String.class)
			.get();
		assertThat(dates.stream().filter(java.util.Objects::nonNull).toList())
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@SuppressWarnings("unchecked")
	private static Class<Map<String, Object>> mapType() {
		return (Class<Map<String, Object>>) (Class<?>) Map.class;
	}

}
