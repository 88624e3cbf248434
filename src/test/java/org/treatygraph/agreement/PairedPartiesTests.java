package org.treatygraph.agreement;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;

@DisplayName("Agreements two parties share")
class PairedPartiesTests extends GraphQlIntegrationTest {

	@Test
	@DisplayName("Cuba and Russia share the plan, the pharmaceuticals accord through their organisations, and the trade talks")
	void shouldListWhatCubaAndRussiaShare() {
		var answer = this.graphQl.documentName("sharedAgreements")
			.variable("between", java.util.List.of("CU", "RU"))
			.execute();
		answer.path("relations.agreements.totalCount").entity(Integer.class).isEqualTo(3);
		answer.path("relations.agreementTally[*].count").entityList(Integer.class).containsExactly(1, 1, 1);
	}

	@Test
	@DisplayName("a Cuban company named beside Cuba counts once for both: its accord with the Skolkovo Center")
	void shouldCountOnePartyThatStandsForBoth() {
		String bioCubaFarma = GlobalId.encode(NodeType.ORGANIZATION, "org-biocubafarma");
		this.graphQl.documentName("sharedAgreements")
			.variable("between", java.util.List.of("CU", bioCubaFarma))
			.execute()
			.path("relations.agreements.edges[*].node.title")
			.entityList(String.class)
			.satisfies(titles -> org.assertj.core.api.Assertions.assertThat(titles)
				.singleElement()
				.asString()
				.contains("BioCubaFarma"));
	}

}
