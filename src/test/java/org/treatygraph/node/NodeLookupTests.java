package org.treatygraph.node;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Finding a node of any type by its label and id")
class NodeLookupTests {

	@ParameterizedTest(name = "{0}")
	@EnumSource(NodeType.class)
	@DisplayName("every node type has its own index-backed branch, so a new type cannot be left out")
	void shouldFindEveryNodeTypeByItsOwnLabel(NodeType type) {
		assertThat(NodeLookup.NODE_BY_LABEL_AND_KEY)
			.contains("MATCH (n:%s {id: key}) WHERE label = '%s' RETURN n".formatted(type.label(), type.label()));
	}

}
