package org.treatygraph;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions an analyst asks of the first source, the Cuba Business Report article on
 * Cuba and Russia signing a Political Consultation Plan at the UN, each answered with the
 * passage that says so.
 */
@DisplayName("The sample article's questions")
class SampleArticleQuestionsTests extends GraphQlIntegrationTest {

	private static final String ARTICLE = "Russia and Cuba Relations Continue to Flourish";

	@Test
	@DisplayName("Which agreements involve Cuba and Russia? The plan, the BioCubaFarma–Skolkovo accord and the announced trade agreements")
	void shouldListAgreementsInvolvingCubaAndRussia() {
		var response = this.graphQl.documentName("agreementsInvolving")
			.variable("involving", List.of("CU", "RU"))
			.execute();
		response.path("agreements.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("agreements.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("BioCubaFarma–Skolkovo Center accord on exporting Cuban pharmaceuticals to Russia",
					"Cuba–Russia Political Consultation Plan",
					"Further Cuba–Russia agreements on trade and bilateral relations");
		response.path("agreements.edges[0].node.parties[*].actor.name")
			.entityList(String.class)
			.containsExactly("BioCubaFarma", "Skolkovo Center");
		response.path("agreements.edges[0].node.citations[0].quote")
			.entity(String.class)
			.isEqualTo(
					"the accord between BioCubaFarma and the Skolkovo Center to export new Cuban pharmaceuticals to the Russia.");
		response.path("agreements.edges[*].node.status")
			.entityList(String.class)
			.containsExactly("CONCLUDED", "SIGNED", "ANNOUNCED");
		response.path("agreements.edges[1].node.citations[0].source.title").entity(String.class).isEqualTo(ARTICLE);
		response.path("agreements.edges[1].node.citations[0].source.url").valueIsNull();
	}

	@Test
	@DisplayName("Who signed the Political Consultation Plan, in which post, for whom, where, and who attended?")
	void shouldTellWhoSignedThePlanForWhomAndWhere() {
		var response = this.graphQl.documentName("consultationPlanSigning").execute();
		String plan = "agreements.edges[0].node";
		response.path(plan + ".title").entity(String.class).isEqualTo("Cuba–Russia Political Consultation Plan");
		response.path(plan + ".status").entity(String.class).isEqualTo("SIGNED");
		response.path(plan + ".signatures[*].signer.name")
			.entityList(String.class)
			.containsExactly("Bruno Rodríguez Parrilla", "Sergey Lavrov");
		response.path(plan + ".signatures[*].onBehalfOf.name")
			.entityList(String.class)
			.containsExactly("Cuba", "Russia");
		response.path(plan + ".signatures[*].post")
			.entityList(String.class)
			.containsExactly("Minister of Foreign Affairs", "Minister of Foreign Affairs");
		response.path(plan + ".signatures[0].citations[0].quote")
			.entity(String.class)
			.isEqualTo(
					"The Consultation Plan was signed by Mr. Rodriguez and Mr. Lavrov at a special signing ceremony.");
		response.path(plan + ".signatures[0].event.kind").entity(String.class).isEqualTo("SIGNING_CEREMONY");
		response.path(plan + ".signatures[0].event.venue.name")
			.entity(String.class)
			.isEqualTo("United Nations Headquarters");
		response.path(plan + ".signatures[0].event.venue.locatedIn.name")
			.entity(String.class)
			.isEqualTo("New York City");
		response.path(plan + ".signatures[0].event.venue.country.code").entity(String.class).isEqualTo("US");
		response.path(plan + ".signatures[0].event.attendances[*].attendee.name")
			.entityList(String.class)
			.containsExactly("Bruno Rodríguez Parrilla", "Permanent Mission of Cuba to the United Nations",
					"Rodolfo Reyes Rodríguez", "Sergey Lavrov");
		response.path(plan
				+ ".signatures[0].event.attendances[?(@.attendee.name == 'Rodolfo Reyes Rodríguez')].citations[0].quote")
			.entityList(String.class)
			.satisfies(quotes -> assertThat(quotes.getFirst())
				.contains("attended by Cuban Ambassador Rodolfo Reyes Rodríguez, Permanent Representative of Cuba"));
	}

	@Test
	@DisplayName("When was the plan signed? The article says 'yesterday' but has no date, so the date stays unknown")
	void shouldNotInventTheSigningDate() {
		var response = this.graphQl.documentName("consultationPlanSigning").execute();
		String plan = "agreements.edges[0].node";
		response.path(plan + ".actions[0].kind").entity(String.class).isEqualTo("SIGNED");
		response.path(plan + ".actions[0].date.value").valueIsNull();
		response.path(plan + ".actions[0].date.precision").entity(String.class).isEqualTo("UNKNOWN");
		response.path(plan + ".actions[0].date.note")
			.entity(String.class)
			.satisfies(note -> assertThat(note).contains("yesterday"));
		response.path(plan + ".signatures[0].event.date.precision").entity(String.class).isEqualTo("UNKNOWN");
	}

	@Test
	@DisplayName("Which organisation did Cuba join? The New Development Bank, with no date invented")
	void shouldTellWhichOrganizationCubaJoined() {
		var response = this.graphQl.documentName("countryMemberships").variable("code", "CU").execute();
		response.path("country.memberships[*].organization.name")
			.entityList(String.class)
			.containsExactly("New Development Bank");
		response.path("country.memberships[0].kind").entity(String.class).isEqualTo("FULL_MEMBER");
		response.path("country.memberships[0].organization.aliases")
			.entityList(String.class)
			.contains("BRICS New Development Bank");
		response.path("country.memberships[0].start.precision").entity(String.class).isEqualTo("UNKNOWN");
		response.path("country.memberships[0].start.note")
			.entity(String.class)
			.satisfies(note -> assertThat(note).contains("2 weeks ago"));
		response.path("country.memberships[0].citations[*].quote")
			.entityList(String.class)
			.contains("Cuba Joins the BRICS New Development Bank");
		response.path("country.memberships[0].citations[0].source.publisher")
			.entity(String.class)
			.isEqualTo("Cuba Business Report");
	}

	@Test
	@DisplayName("What happened around Cuba? BRICS 2025 (year), FIHAV 2025 (November), then the undated events")
	void shouldOrderCubasEventsByWhatTheSourceSaysOfTheirDates() {
		// language=GraphQL
		String query = """
				{ country(code: "CUB") { events { name date { value precision } venue { name } } } }
				""";
		var response = this.graphQl.document(query).execute();
		response.path("country.events[*].name")
			.entityList(String.class)
			.containsExactly("17th BRICS Summit (BRICS 2025)", "Havana International Fair (FIHAV 2025)",
					"Cuba joins the New Development Bank",
					"Signing ceremony of the Cuba–Russia Political Consultation Plan",
					"WestJet CEO Alexis von Hoensbroech meets President Miguel Díaz-Canel");
		response.path("country.events[0].date.precision").entity(String.class).isEqualTo("YEAR");
		response.path("country.events[1].date.value").entity(String.class).isEqualTo("2025-11");
		response.path("country.events[1].venue.name").entity(String.class).isEqualTo("Havana");
	}

	@Test
	@DisplayName("Where does the article's information come from? MINREX, Cuba's foreign ministry")
	void shouldNameWhereTheArticlesInformationCameFrom() {
		// language=GraphQL
		String query = """
				{ sources { totalCount edges { node { title author category language contentHash
				  informationFrom { acronym name country { code } } } } } }
				""";
		var response = this.graphQl.document(query).execute();
		response.path("sources.totalCount").entity(Integer.class).isEqualTo(1);
		response.path("sources.edges[0].node.author").entity(String.class).isEqualTo("Cuba Business Report Staff");
		response.path("sources.edges[0].node.informationFrom[0].acronym").entity(String.class).isEqualTo("MINREX");
		response.path("sources.edges[0].node.informationFrom[0].country.code").entity(String.class).isEqualTo("CU");
	}

}
