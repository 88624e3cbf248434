package org.treatygraph.agreement;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.CuratorTest;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("An agreement's status follows its steps at once")
class AgreementStateTests extends CuratorTest {

	private static final String TEXT = "Cuba and Russia announced a fisheries protocol in January 2025 and ratified it in March.";

	private String protocol;

	private Map<String, Object> source;

	@BeforeEach
	void createTheProtocol() {
		this.source = Map.of("title", "Fisheries protocol", "language", "en", "text", TEXT);
		this.protocol = asCurator().documentName("createAgreementId")
			.variable("input", Map.of("title", "Cuba-Russia fisheries protocol", "kind", "OTHER", "parties",
					List.of(Map.of("actor", "CU"), Map.of("actor", "RU")), "citations",
					List.of(Map.of("source", this.source, "quote", "Cuba and Russia announced a fisheries protocol"))))
			.execute()
			.path("createAgreement.agreement.id")
			.entity(String.class)
			.get();
	}

	@Test
	@DisplayName("a recorded step moves the status, a retracted one moves it back, and asOf still sees the past")
	void shouldFollowStepsAndRetractions() {
		assertThat(statusOfProtocol(null)).isEqualTo("UNKNOWN");
		record("ANNOUNCED", "2025-01");
		assertThat(statusOfProtocol(null)).isEqualTo("ANNOUNCED");
		String ratified = record("RATIFIED", "2025-03");
		assertThat(statusOfProtocol(null)).isEqualTo("RATIFIED");
		String beforeRetraction = this.neo4j.query("RETURN toString(datetime()) AS now")
			.fetchAs(String.class)
			.one()
			.orElseThrow();

		asCurator().documentName("retractTheMisreportedRatification")
			.variable("id", ratified)
			.execute()
			.path("retract.node.id")
			.entity(String.class)
			.isEqualTo(ratified);

		assertThat(statusOfProtocol(null)).isEqualTo("ANNOUNCED");
		assertThat(statusOfProtocol(beforeRetraction)).isEqualTo("RATIFIED");
	}

	@Test
	@DisplayName("filters, order by date and tallies read the kept status and first date")
	void shouldFilterSortAndCountByTheKeptState() {
		record("ANNOUNCED", "1990-01-02");
		this.graphQl.documentName("cubaRussiaAgreementsByStatus")
			.variable("statuses", List.of("ANNOUNCED"))
			.execute()
			.path("agreements.edges[*].node.title")
			.entityList(String.class)
			.contains("Cuba-Russia fisheries protocol");
		// the earliest dated agreement comes last when the newest come first
		List<String> newestFirst = this.graphQl.documentName("cubaRussiaAgreementsByStatus")
			.execute()
			.path("agreements.edges[*].node.title")
			.entityList(String.class)
			.get();
		List<String> dated = this.neo4j
			.query("""
					MATCH (:Country {id: 'CU'})<-[:ACTOR]-(:Party)-[:OF_AGREEMENT]->(a:Agreement)<-[:OF_AGREEMENT]-(:Party)-[:ACTOR]->(:Country {id: 'RU'})
					WHERE a.firstDate IS NOT NULL RETURN DISTINCT a.title
					""")
			.fetchAs(String.class)
			.all()
			.stream()
			.toList();
		assertThat(newestFirst.get(dated.size() - 1)).isEqualTo("Cuba-Russia fisheries protocol");
		this.graphQl.documentName("cubaRussiaTally")
			.execute()
			.path("relations.agreementTally[?(@.kind == 'OTHER' && @.status == 'ANNOUNCED')].count")
			.entityList(Integer.class)
			.containsExactly(1);
	}

	private String record(String kind, String date) {
		return asCurator().documentName("recordActionId")
			.variable("input",
					Map.of("agreementId", this.protocol, "kind", kind, "date", Map.of("value", date), "citations",
							List.of(Map.of("source", this.source, "quote", "ratified it in March"))))
			.execute()
			.path("recordAgreementAction.action.id")
			.entity(String.class)
			.get();
	}

	private String statusOfProtocol(String asOf) {
		return this.graphQl.documentName("protocolStatusAsOf")
			.variable("asOf", asOf)
			.execute()
			.path("agreements.edges[?(@.node.id == '" + this.protocol + "')].node.status")
			.entityList(String.class)
			.get()
			.getFirst();
	}

}
