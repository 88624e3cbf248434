package org.treatygraph.agreement;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.CuratorTest;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Lineage between agreements")
class AgreementLineageTests extends CuratorTest {

	private static final String TEXT = "The amended protocol on rice changes the delivery quotas of the 2024 protocol on rice.";

	private String original;

	private String amended;

	private static List<Object> cite(String quote) {
		return List.of(Map.of("source", Map.of("title", "Rice protocols", "text", TEXT), "quote", quote));
	}

	private String create(String title) {
		return asCurator().documentName("createAgreementId")
			.variable("input", Map.of("title", title, "kind", "TRADE_ACCORD", "parties",
					List.of(Map.of("actor", "CU"), Map.of("actor", "VN")), "citations", cite("protocol on rice")))
			.execute()
			.path("createAgreement.agreement.id")
			.entity(String.class)
			.get();
	}

	@BeforeEach
	void twoProtocols() {
		this.original = create("Protocol on rice (2024)");
		this.amended = create("Amended protocol on rice");
	}

	private GraphQlTester.Response link(String from, String to) {
		return asCurator().documentName("linkAgreements")
			.variable("input",
					Map.of("agreementId", from, "relation", "AMENDS", "targetId", to, "citations",
							cite("changes the delivery quotas of the 2024 protocol")))
			.execute();
	}

	@Test
	@DisplayName("an amendment is linked to what it amends, both ways, with its citation")
	void shouldLinkAnAmendmentBothWays() {
		link(this.amended, this.original).path("linkAgreements.link.target.title")
			.entity(String.class)
			.isEqualTo("Protocol on rice (2024)");
		this.graphQl.document(
				"query($id: ID!) { node(id: $id) { ... on Agreement { linkedFrom { relation agreement { title } } } } }")
			.variable("id", this.original)
			.execute()
			.path("node.linkedFrom[0].relation")
			.entity(String.class)
			.isEqualTo("AMENDS")
			.path("node.linkedFrom[0].agreement.title")
			.entity(String.class)
			.isEqualTo("Amended protocol on rice");
	}

	@Test
	@DisplayName("an agreement cannot amend itself, nor be linked twice the same way")
	void shouldRefuseSelfAndDuplicateLinks() {
		String before = graphSize();
		link(this.original, this.original).errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "input.targetId");
			}));
		assertThat(graphSize()).isEqualTo(before);
		link(this.amended, this.original);
		link(this.amended, this.original).errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("recorded already")));
	}

}
