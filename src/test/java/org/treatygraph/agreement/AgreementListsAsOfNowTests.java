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
	@DisplayName("give what the present-time read gives, from one party, two, a party's organisation, a signer, a text and every agreement, with and without the rarer filters")
	void shouldAnswerAsOfNowAsThePresentDoes() {
		String organization = GlobalId.encode(NodeType.ORGANIZATION, this.neo4j
			.query("MATCH (o:Organization)<-[:ACTOR]-(:Party)-[:OF_AGREEMENT]->(:Agreement) RETURN o.id LIMIT 1")
			.fetchAs(String.class)
			.one()
			.orElseThrow());
		String signer = GlobalId.encode(NodeType.PERSON, this.neo4j.query(
				"MATCH (p:Person)<-[:SIGNER]-(:Signature)-[:OF_AGREEMENT]->(:Agreement) RETURN p.id ORDER BY p.id LIMIT 1")
			.fetchAs(String.class)
			.one()
			.orElseThrow());
		List<Map<String, Object>> filters = List.of(Map.of("involving", List.of("CU")),
				Map.of("involving", List.of("CU", "RU")), Map.of("involving", List.of("RU", "CU")),
				Map.of("involving", List.of("CU", "RU", "US")), Map.of("involving", List.of(organization)),
				Map.of("involving", List.of("RU", organization)), Map.of("text", "plan", "involving", List.of("CU")),
				Map.of("text", "accord"), Map.of("kinds", List.of("CONSULTATION_PLAN", "TRADE_ACCORD")),
				// each anchor once more with the filters that take the heavier texts
				Map.of("signers", List.of(signer)), Map.of("signers", List.of(signer), "involving", List.of("RU")),
				Map.of("statuses", List.of("SIGNED", "CONCLUDED")),
				Map.of("statuses", List.of("SIGNED"), "involving", List.of("CU")),
				Map.of("statuses", List.of("CONCLUDED"), "involving", List.of(organization)),
				Map.of("statuses", List.of("SIGNED"), "text", "plan"), Map.of("venueCountries", List.of("US")),
				Map.of("venueCountries", List.of("US"), "involving", List.of("CU")),
				Map.of("steps", List.of(Map.of("party", "CU", "kinds", List.of("SIGNED"))), "involving", List.of("CU")),
				Map.of("steps", List.of(Map.of("party", "RU", "kinds", List.of("SIGNED"))), "text", "plan"),
				// steps beside a rarer filter take texts of their own
				Map.of("steps", List.of(Map.of("party", "CU", "kinds", List.of("SIGNED"))), "involving", List.of("CU"),
						"venueCountries", List.of("US")),
				Map.of("steps", List.of(Map.of("party", "CU", "kinds", List.of("SIGNED"))), "involving",
						List.of("CU", "RU"), "signers", List.of(signer)),
				Map.of("steps", List.of(Map.of("party", "CU", "kinds", List.of("SIGNED"))), "involving", List.of("CU"),
						"statuses", List.of("SIGNED")),
				Map.of("steps", List.of(Map.of("party", "RU", "kinds", List.of("SIGNED"))), "text", "plan", "from",
						"1990-01-01", "statuses", List.of("SIGNED")));
		String now = Instant.now().toString();
		int nonEmpty = 0;
		for (Map<String, Object> filter : filters) {
			Map<String, Object> present = answer(filter, null);
			assertThat(answer(filter, now)).as("as of now: %s", filter).isEqualTo(present);
			nonEmpty += ((Integer) present.get("totalCount") > 0) ? 1 : 0;
		}
		// the comparison means something only where there is something to compare
		assertThat(nonEmpty).isGreaterThanOrEqualTo(16);
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
