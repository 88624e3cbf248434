package org.treatygraph.agreement;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists read as of a moment take their own path (the history), lists of the present
 * another (the state the writes keep): asked as of now, both must give the same answer,
 * from every place a list can start.
 */
@DisplayName("Agreement lists read as of now")
class AgreementListsAsOfNowTests extends GraphQlIntegrationTest {

	// language=GraphQL
	private static final String LIST = """
			query ($filter: AgreementFilter, $asOf: String) {
			  agreements(filter: $filter, asOf: $asOf, first: 100) { totalCount edges { node { title status } } }
			}""";

	@Autowired
	private Neo4jClient neo4j;

	@Test
	@DisplayName("give what the present-time read gives, from one party, two, a party's organisation, a text and every agreement")
	void shouldAnswerAsOfNowAsThePresentDoes() {
		String organization = GlobalId.encode(NodeType.ORGANIZATION, this.neo4j
			.query("MATCH (o:Organization)<-[:ACTOR]-(:Party)-[:OF_AGREEMENT]->(:Agreement) RETURN o.id LIMIT 1")
			.fetchAs(String.class)
			.one()
			.orElseThrow());
		List<Map<String, Object>> filters = List.of(Map.of("involving", List.of("CU")),
				Map.of("involving", List.of("CU", "RU")), Map.of("involving", List.of("RU", "CU")),
				Map.of("involving", List.of("CU", "RU", "US")), Map.of("involving", List.of(organization)),
				Map.of("involving", List.of("RU", organization)), Map.of("text", "plan", "involving", List.of("CU")),
				Map.of("text", "accord"), Map.of("kinds", List.of("CONSULTATION_PLAN", "TRADE_ACCORD")));
		String now = Instant.now().toString();
		int nonEmpty = 0;
		for (Map<String, Object> filter : filters) {
			Map<String, Object> present = answer(filter, null);
			assertThat(answer(filter, now)).as("as of now: %s", filter).isEqualTo(present);
			nonEmpty += ((Integer) present.get("totalCount") > 0) ? 1 : 0;
		}
		// the comparison means something only where there is something to compare
		assertThat(nonEmpty).isGreaterThanOrEqualTo(6);
	}

	private Map<String, Object> answer(Map<String, Object> filter, @Nullable String asOf) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("filter", filter);
		variables.put("asOf", asOf);
		return this.graphQl.document(LIST)
			.variables(variables)
			.execute()
			.path("agreements")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

}
