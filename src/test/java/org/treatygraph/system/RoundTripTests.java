package org.treatygraph.system;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested fields are fetched a level at a time for all parents together, so the statements
 * sent to Neo4j per request depend on the shape of the query, not on how many results it
 * has.
 */
@DisplayName("Cypher round trips per request")
class RoundTripTests extends GraphQlIntegrationTest {

	@Test
	@DisplayName("a deep country profile of 100 countries costs about what it costs for Cuba alone")
	void shouldNotGrowWithTheNumberOfResults() {
		long forCuba = statementsFor("Cuba", 1);
		long forHundred = statementsFor(null, 100);
		// One statement per nested field at each level, plus one per node type referenced
		// there: a
		// larger result may meet one or two more node types, but never one statement per
		// item.
		assertThat(forCuba).isLessThanOrEqualTo(40);
		assertThat(forHundred).isBetween(forCuba - 3, forCuba + 3);
	}

	private long statementsFor(@Nullable String name, int countries) {
		long before = this.statements.count();
		this.graphQl.documentName("countryProfile")
			.variable("name", name)
			.variable("first", countries)
			.execute()
			.path("countries.edges")
			.entityList(Object.class)
			.hasSize(countries);
		return this.statements.count() - before;
	}

}
