package org.treatygraph.relation;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How two countries are connected and what happened between them, asked of the sample
 * article.
 */
@DisplayName("Relations, timelines and connections on the sample article")
class RelationQuestionsTests extends GraphQlIntegrationTest {

	@Test
	@DisplayName("What happened between Cuba and Russia? The plan's signing, each signature and the accord, cited")
	void shouldTellWhatHappenedBetweenCubaAndRussia() {
		var response = this.graphQl.documentName("tellWhatHappenedBetweenCubaAndRussia").execute();
		response.path("relations.between[*].code").entityList(String.class).containsExactly("CU", "RU");
		List<String> statements = response.path("relations.timeline.nodes[*].statement").entityList(String.class).get();
		assertThat(statements).contains(
				"Bruno Rodríguez Parrilla signed Cuba–Russia Political Consultation Plan for Cuba"
						+ " at Signing ceremony of the Cuba–Russia Political Consultation Plan",
				"Sergey Lavrov signed Cuba–Russia Political Consultation Plan for Russia"
						+ " at Signing ceremony of the Cuba–Russia Political Consultation Plan");
		response.path("relations.timeline.nodes[*].citations[*].quote")
			.entityList(String.class)
			.satisfies(quotes -> assertThat(quotes).isNotEmpty().allSatisfy(quote -> assertThat(quote).isNotBlank()));
		response.path("relations.timeline.nodes[*].citations")
			.entityList(Object.class)
			.satisfies(citations -> assertThat(citations).allSatisfy(list -> assertThat((List<?>) list).isNotEmpty()));
		response.path("relations.timeline.totalCount").entity(Integer.class).isEqualTo(statements.size());
	}

	@Test
	@DisplayName("Cuba's timeline lists every dated fact once, earliest first, undated last, and pages without gaps")
	void shouldPageCubasTimelineInDateOrder() {
		var whole = this.graphQl.documentName("timeline").variable("of", "CU").variable("first", 100).execute();
		List<String> all = whole.path("timeline.nodes[*].statement").entityList(String.class).get();
		List<String> dates = whole.path("timeline.nodes[*].date.value").entityList(String.class).get();
		assertThat(all).contains("Cuba joined New Development Bank").doesNotHaveDuplicates();
		whole.path("timeline.totalCount").entity(Integer.class).isEqualTo(all.size());
		List<String> sortable = dates.stream().map(date -> date == null ? "~" : date).toList();
		assertThat(sortable).isSorted();

		List<String> paged = new java.util.ArrayList<>();
		String after = null;
		do {
			var page = this.graphQl.documentName("timeline")
				.variable("of", "CU")
				.variable("first", 2)
				.variable("after", after)
				.execute();
			paged.addAll(page.path("timeline.nodes[*].statement").entityList(String.class).get());
			after = page.path("timeline.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("timeline.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		assertThat(paged).isEqualTo(all);
	}

	@Test
	@DisplayName("What did Sergey Lavrov do? He signed the plan and attended its ceremony")
	void shouldTellWhatLavrovDid() {
		String lavrov = personId("Sergey Lavrov");
		var response = this.graphQl.documentName("timeline").variable("of", lavrov).execute();
		response.path("timeline.nodes[*].kind").entityList(String.class).contains("SIGNATURE", "EVENT");
		response.path("timeline.nodes[*].statement")
			.entityList(String.class)
			.contains(
					"Signing ceremony of the Cuba–Russia Political Consultation Plan was held at United Nations Headquarters");
	}

	@Test
	@DisplayName("A timeline filtered by kind and by date keeps only those entries")
	void shouldFilterTimelineByKindAndDate() {
		this.graphQl.documentName("timeline")
			.variable("of", "CU")
			.variable("kinds", List.of("MEMBERSHIP_STARTED"))
			.execute()
			.path("timeline.nodes[*].statement")
			.entityList(String.class)
			.containsExactly("Cuba joined New Development Bank");
		this.graphQl.documentName("timeline")
			.variable("of", "CU")
			.variable("from", "2025-11-01")
			.variable("to", "2025-11-30")
			.execute()
			.path("timeline.nodes[*].date.value")
			.entityList(String.class)
			.satisfies(dates -> assertThat(dates).isNotEmpty().allSatisfy(date -> assertThat(date).startsWith("2025")));
	}

	@Test
	@DisplayName("How is Sergey Lavrov connected to Miguel Díaz-Canel? Hop by hop, in words, cited")
	void shouldExplainHowLavrovIsConnectedToDiazCanel() {
		var response = this.graphQl.documentName("explainHowLavrovIsConnectedToDiazCanel")
			.variable("from", personId("Sergey Lavrov"))
			.variable("to", personId("Miguel Díaz-Canel"))
			.execute();
		List<Integer> lengths = response.path("connections[*].length").entityList(Integer.class).get();
		assertThat(lengths).isNotEmpty().isSorted().allSatisfy(length -> assertThat(length).isBetween(1, 6));
		response.path("connections[0].hops[0].from.id").entity(String.class).isEqualTo(personId("Sergey Lavrov"));
		response.path("connections[0].hops[-1:].to.id")
			.entityList(String.class)
			.containsExactly(personId("Miguel Díaz-Canel"));
		response.path("connections[0].hops[*].statement")
			.entityList(String.class)
			.satisfies(hops -> assertThat(hops).hasSize(lengths.getFirst())
				.allSatisfy(hop -> assertThat(hop).isNotBlank()));
		response.path("connections[0].hops[?(@.referenceData == false)].citations[0].quote")
			.entityList(String.class)
			.satisfies(quotes -> assertThat(quotes).isNotEmpty());
	}

	@Test
	@DisplayName("Connections refuse more than six hops, the same node twice and unknown ids, naming the argument")
	void shouldRefuseBadConnectionArguments() {
		String query = "query ($from: String!, $to: String!, $maxHops: Int) { connections(from: $from, to: $to, maxHops: $maxHops) { length } }";
		this.graphQl.document(query)
			.variable("from", "CU")
			.variable("to", "RU")
			.variable("maxHops", 7)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("between 1 and 6, was 7");
				assertThat(error.getExtensions()).containsEntry("argument", "maxHops")
					.containsEntry("classification", "BAD_REQUEST");
			}));
		this.graphQl.document(query)
			.variable("from", "CU")
			.variable("to", "CUB")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "to")));
		String missing = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("Person:nobody".getBytes());
		this.graphQl.document(query)
			.variable("from", missing)
			.variable("to", "CU")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("argument", "from")
					.containsEntry("classification", "NOT_FOUND");
			}));
	}

	@Test
	@DisplayName("Relations need two to five distinct, existing nodes")
	void shouldRefuseBadRelationArguments() {
		String query = "query ($between: [String!]!) { relations(between: $between) { between { id } } }";
		this.graphQl.document(query)
			.variable("between", List.of("CU"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "between")));
		this.graphQl.document(query)
			.variable("between", List.of("CU", "CUB"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "between[1]")));
		String missing = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("Organization:nobody".getBytes());
		this.graphQl.document(query)
			.variable("between", List.of("CU", missing))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "between[1]")
					.containsEntry("classification", "NOT_FOUND")));
		// a country id outside the ISO list is looked up, not taken on trust
		String noCountry = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("Country:atlantis".getBytes());
		this.graphQl.document(query)
			.variable("between", List.of(noCountry, "CU"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "between[0]")
					.containsEntry("classification", "NOT_FOUND")));
	}

	private String personId(String name) {
		return this.graphQl.document("query ($name: String!) { persons(name: $name) { edges { node { id } } } }")
			.variable("name", name)
			.execute()
			.path("persons.edges[0].node.id")
			.entity(String.class)
			.get();
	}

}
