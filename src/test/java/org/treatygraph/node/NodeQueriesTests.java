package org.treatygraph.node;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Relay's global ids: any id handed out can be fetched again with {@code node(id:)}. */
@DisplayName("node(id:) and nodes(ids:)")
class NodeQueriesTests extends GraphQlIntegrationTest {

	@Test
	@DisplayName("every id in a response resolves to the same node again")
	void shouldResolveEveryIdHandedOut() {
		// language=GraphQL
		String everything = """
				{ sources { edges { node { id citations { id fact { __typename id
				  ... on Signature { signer { id } event { id venue { id } } }
				  ... on Tenure { holder { id } within { id } }
				  ... on Party { actor { id } agreement { id } } } } } } } }
				""";
		List<String> ids = this.graphQl.document(everything).execute().path("$..id").entityList(String.class).get();
		assertThat(ids).hasSizeGreaterThan(60);
		List<String> distinct = ids.stream().distinct().toList();
		var resolved = this.graphQl.documentName("nodeIds")
			.variable("ids", distinct.subList(0, Math.min(100, distinct.size())))
			.execute()
			.path("nodes[*].id")
			.entityList(String.class)
			.get();
		assertThat(resolved).isEqualTo(distinct.subList(0, Math.min(100, distinct.size())));
	}

	@Test
	void shouldResolveACountryByItsId() {
		String id = this.graphQl.document("{ country(code: \"CU\") { id } }")
			.execute()
			.path("country.id")
			.entity(String.class)
			.get();
		this.graphQl.document("query($id: ID!) { node(id: $id) { __typename ... on Country { name } } }")
			.variable("id", id)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo("Country")
			.path("node.name")
			.entity(String.class)
			.isEqualTo("Cuba");
	}

	@Test
	@DisplayName("an id this service never issued is null, not an error")
	void shouldAnswerNullForUnknownIds() {
		this.graphQl.documentName("nodeIds")
			.variable("ids", List.of("garbage", GlobalId.encode(NodeType.PERSON, "nobody")))
			.execute()
			.path("nodes")
			.entityList(Object.class)
			.containsExactly(null, null);
	}

	@Test
	void shouldRefuseMoreThanOneHundredIds() {
		this.graphQl.documentName("nodeIds")
			.variable("ids", java.util.Collections.nCopies(101, "x"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "ids")));
	}

}
