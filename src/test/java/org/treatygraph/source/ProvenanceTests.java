package org.treatygraph.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fact is traceable to the exact passage of the source that states it. */
@DisplayName("Provenance")
class ProvenanceTests extends GraphQlIntegrationTest {

	private static final List<String> FACT_LABELS = List.of("Agreement", "Party", "Signature", "AgreementAction",
			"Event", "Attendance", "Membership", "Tenure");

	@Autowired
	private Neo4jClient neo4j;

	@Test
	@DisplayName("Every fact in the graph has at least one citation")
	void everyFactIsCited() {
		// language=Cypher
		var uncited = this.neo4j.query("""
				MATCH (f) WHERE any(label IN labels(f) WHERE label IN $labels)
				  AND NOT EXISTS { (f)<-[:SUPPORTS]-(:Citation)-[:FROM_SOURCE]->(:Source) }
				RETURN f.id AS id
				""").bind(FACT_LABELS).to("labels").fetchAs(String.class).all();
		long facts = this.neo4j.query("MATCH (f) WHERE any(label IN labels(f) WHERE label IN $labels) RETURN count(f)")
			.bind(FACT_LABELS)
			.to("labels")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(facts).isGreaterThan(30);
		assertThat(uncited).isEmpty();
	}

	@Test
	@DisplayName("Every quote occurs word for word in its source's text, listed in the order of the text")
	void everyQuoteOccursInItsSource() {
		// language=GraphQL
		String query = """
				{ sources { edges { node { text citations { quote fact { __typename id } } } } } }
				""";
		var response = this.graphQl.document(query).execute();
		String text = response.path("sources.edges[0].node.text").entity(String.class).get();
		List<String> quotes = response.path("sources.edges[0].node.citations[*].quote").entityList(String.class).get();
		assertThat(quotes).hasSizeGreaterThan(30).allSatisfy(quote -> assertThat(text).contains(quote));
		assertThat(quotes).isSortedAccordingTo((a, b) -> Integer.compare(text.indexOf(a), text.indexOf(b)));
	}

	@Test
	@DisplayName("A source without a URL is identified by the SHA-256 of its text")
	void sourceWithoutUrlIsIdentifiedByItsTextsHash() throws Exception {
		// language=GraphQL
		String query = "{ sources { edges { node { url text contentHash published { precision note } } } } }";
		var response = this.graphQl.document(query).execute();
		String text = response.path("sources.edges[0].node.text").entity(String.class).get();
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		response.path("sources.edges[0].node.url").valueIsNull();
		response.path("sources.edges[0].node.contentHash").entity(String.class).isEqualTo(hash);
		response.path("sources.edges[0].node.published.precision").entity(String.class).isEqualTo("UNKNOWN");
		assertThat(text).startsWith("Categories: Trade Relations").contains("Information sourced:");
	}

	@Test
	@DisplayName("A citation leads back to its fact, whatever the fact's type")
	void citationLeadsBackToItsFact() {
		// language=GraphQL
		String query = """
				{ sources { edges { node { citations { fact { __typename
				  ... on Agreement { title } ... on Membership { organization { name } } } } } } } }
				""";
		var types = this.graphQl.document(query)
			.execute()
			.path("sources.edges[0].node.citations[*].fact.__typename")
			.entityList(String.class)
			.get();
		assertThat(types).contains("Agreement", "Party", "Signature", "AgreementAction", "Event", "Attendance",
				"Membership", "Tenure");
	}

}
