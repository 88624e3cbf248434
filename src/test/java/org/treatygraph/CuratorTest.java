package org.treatygraph;

import org.junit.jupiter.api.AfterEach;
import org.treatygraph.agreement.AgreementState;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Base of the tests that write. Everything written through the API carries
 * {@code createdAt}; it is removed after each test, with the history, receipts and
 * tokens, and the state kept on agreements is computed again, so the seed article stays
 * exactly as the read tests expect it.
 */
public abstract class CuratorTest extends GraphQlIntegrationTest {

	@Autowired
	protected Neo4jClient neo4j;

	@AfterEach
	void removeWhatTheTestWrote() {
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
