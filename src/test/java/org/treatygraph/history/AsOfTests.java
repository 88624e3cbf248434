package org.treatygraph.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.CuratorTest;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Reading the graph as it stood at a moment")
class AsOfTests extends CuratorTest {

	private GraphQlTester.Response asOf(String moment) {
		return this.graphQl.documentName("cubaRussiaAgreementsAsOf").variable("asOf", moment).execute();
	}

	@Test
	@DisplayName("before, during and after a curator's changes, each moment shows what was then")
	void shouldAnswerAsTheGraphStoodThen() {
		String beforeAnything = Instant.now().toString();
		String protocol = asCurator().documentName("answerAsTheGraphStoodThen")
			.variable("input",
					Map.of("title", "Protocol on rice", "kind", "TRADE_ACCORD", "parties",
							List.of(Map.of("actor", "CU"), Map.of("actor", "RU")), "citations",
							List.of(Map.of("source", Map.of("title", "Rice", "text", "A protocol on rice was agreed."),
									"quote", "A protocol on rice was agreed."))))
			.execute()
			.path("createAgreement.agreement.id")
			.entity(String.class)
			.get();
		String afterCreation = Instant.now().toString();
		asCurator()
			.document("mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { clientMutationId } }")
			.variable("input",
					Map.of("id", protocol, "expectedVersion", 1, "title", "Protocol on rice and beans", "citations",
							List.of(Map.of("source", Map.of("title", "Rice", "text", "A protocol on rice was agreed."),
									"quote", "protocol on rice"))))
			.execute();
		String afterUpdate = Instant.now().toString();
		asCurator().document(
				"mutation($id: ID!) { retract(input: { id: $id, reason: \"wrong article\" }) { clientMutationId } }")
			.variable("id", protocol)
			.execute();

		asOf(beforeAnything).path("agreements.totalCount").entity(Integer.class).isEqualTo(3);
		asOf(afterCreation).path("agreements.totalCount")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("agreements.edges[?(@.node.title =~ /Protocol.*/)].node.title")
			.entityList(String.class)
			.containsExactly("Protocol on rice");
		asOf(afterUpdate).path("agreements.edges[?(@.node.title =~ /Protocol.*/)].node.title")
			.entityList(String.class)
			.containsExactly("Protocol on rice and beans");
		// the search index holds the title as it is now; read then, the hit shows the
		// title of then
		this.graphQl.documentName("searchRiceAsOf")
			.variable("asOf", afterCreation)
			.execute()
			.path("search[*].node.title")
			.entityList(String.class)
			.containsExactly("Protocol on rice");
		this.graphQl.documentName("cubaRussiaAgreementsAsOf")
			.execute()
			.path("agreements.totalCount")
			.entity(Integer.class)
			.isEqualTo(3);

		this.graphQl.document("query($id: ID!, $asOf: String) { node(id: $id, asOf: $asOf) { id } }")
			.variable("id", protocol)
			.variable("asOf", beforeAnything)
			.execute()
			.path("node")
			.valueIsNull();
	}

	@Test
	@DisplayName("read as of a moment after every change, pages in every order, cursor by cursor, match the present")
	void shouldPageTheSameAsThePresentInEveryOrder() {
		for (String order : List.of("{ field: DATE, direction: DESC }", "{ field: DATE, direction: ASC }",
				"{ field: TITLE, direction: DESC }")) {
			List<String> present = this.graphQl
				.document("{ agreements(orderBy: %s, first: 50) { edges { node { title status } } } }".formatted(order))
				.execute()
				.path("agreements.edges[*].node.title")
				.entityList(String.class)
				.get();
			List<String> asOf = everyPage("""
					query($after: String) {
					  agreements(orderBy: %s, first: 2, after: $after, asOf: "2099-01-01T00:00:00Z") {
					    edges { node { title } } pageInfo { hasNextPage endCursor }
					  }
					}""".formatted(order), "agreements", "title");
			assertThat(present).as(order).hasSizeGreaterThan(2);
			assertThat(asOf).as(order).isEqualTo(present);
		}
	}

	@Test
	@DisplayName("the seed reads the same at any moment")
	void shouldShowTheSeedAtAnyMoment() {
		asOf("2020-01-01T00:00:00Z").path("agreements.totalCount").entity(Integer.class).isEqualTo(3);
		// the list that names no party starts from every agreement, then and now
		String everything = "query ($asOf: String) { agreements(asOf: $asOf, first: 100) { totalCount edges { node { title } } } }";
		List<String> now = this.graphQl.document(everything)
			.execute()
			.path("agreements.edges[*].node.title")
			.entityList(String.class)
			.hasSize(3)
			.get();
		this.graphQl.document(everything)
			.variable("asOf", "2020-01-01T00:00:00Z")
			.execute()
			.path("agreements.edges[*].node.title")
			.entityList(String.class)
			.isEqualTo(now);
	}

	@Test
	void shouldRefuseAMomentThatIsNotIso() {
		asOf("yesterday").errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getExtensions()).containsEntry("argument", "asOf");
		}));
	}

	@Test
	@DisplayName("one request reads as of one moment")
	void shouldRefuseTwoMomentsInOneRequest() {
		this.graphQl.documentName("refuseTwoMomentsInOneRequest")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("same moment")));
	}

	@Test
	@DisplayName("a dashboard's counts as of a moment after everything equal its counts now, for a country and an organisation")
	void shouldCountTheSameAsOfTheLatestMoment() {
		String dashboard = """
				query($asOf: String, $of: String!) {
				  agreementsPerYear(of: $of, asOf: $asOf) { year kind count }
				  topPartners(of: $of, asOf: $asOf) { partner { name } agreements }
				  topSignatories(onBehalfOf: $of, asOf: $asOf) { person { name } signatures }
				}""";
		String organization = this.graphQl
			.document("{ organizations(name: \"BioCubaFarma\") { edges { node { id } } } }")
			.execute()
			.path("organizations.edges[0].node.id")
			.entity(String.class)
			.get();
		for (String of : List.of("CU", "RU", organization)) {
			Object now = this.graphQl.document(dashboard).variable("of", of).execute().returnResponse().getData();
			Object then = this.graphQl.document(dashboard)
				.variable("of", of)
				.variable("asOf", "2099-01-01T00:00:00Z")
				.execute()
				.returnResponse()
				.getData();
			assertThat(then).as(of).isEqualTo(now);
			assertThat(now.toString()).as(of).contains("agreements=");
		}
	}

}
