package org.treatygraph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.treatygraph.agreement.AgreementState;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Base of the tests that write. Everything written through the API carries
 * {@code createdAt}; it is removed after each test, with the history, receipts and
 * tokens, and the state kept on agreements is computed again, so the seed article stays
 * exactly as the read tests expect it.
 */
public abstract class CuratorTest extends GraphQlIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	protected Neo4jClient neo4j;

	@AfterEach
	void removeWhatTheTestWrote() {
		// seed facts a test refined or disputed take back the properties they had
		List<Map<String, Object>> changedSeed = List.copyOf(this.neo4j.query("""
				MATCH (n)<-[:CHANGED]-(c:Change) WHERE n.createdAt IS NULL AND c.before IS NOT NULL
				WITH n, c ORDER BY c.at
				RETURN elementId(n) AS node, head(collect(c.before)) AS before
				""").fetch().all());
		for (Map<String, Object> seed : changedSeed) {
			this.neo4j.query("MATCH (n) WHERE elementId(n) = $node SET n = $before")
				.bindAll(Map.of("node", seed.get("node"), "before",
						JSON.readValue((String) seed.get("before"), Map.class)))
				.run();
		}
		// language=Cypher
		this.neo4j.query("""
				MATCH (n)
				WHERE n.createdAt IS NOT NULL OR n:Change OR n:MutationReceipt OR n:ApiToken
				DETACH DELETE n
				""").run();
		this.neo4j.query("""
				MATCH (n) WHERE n.retractedAt IS NOT NULL
				REMOVE n:Retracted, n.retractedAt, n.retractedBy, n.retractionReason
				""").run();
		// the seed carries no identifiers; those a test gave its nodes go
		this.neo4j.query("""
				MATCH (n:Identified)
				REMOVE n:Identified, n.wikidata, n.untsRegistration, n.officialCode
				""").run();
		// steps a test added to a seed agreement are gone, so its status is what it was
		this.neo4j.query(AgreementState.REFRESH)
			.bind(this.neo4j.query("MATCH (a:Agreement) RETURN a.id").fetchAs(String.class).all())
			.to("keys")
			.run();
	}

	/**
	 * Nodes and relationships in the graph, to show that a refused mutation wrote
	 * nothing.
	 */
	protected String graphSize() {
		return this.neo4j.query("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + '/' + count(r)")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
	}

}
