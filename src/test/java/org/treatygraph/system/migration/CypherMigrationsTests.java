package org.treatygraph.system.migration;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.treatygraph.GraphQlIntegrationTest;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@DisplayName("Migrations")
class CypherMigrationsTests extends GraphQlIntegrationTest {

	@Autowired
	private CypherMigrations migrations;

	@Autowired
	private Driver driver;

	@Autowired
	private Environment environment;

	@Autowired
	private Neo4jClient neo4j;

	@Test
	@DisplayName("each migration is recorded with its checksum")
	void shouldRecordEachMigration() {
		var versions = this.neo4j.query("MATCH (m:__Migration) RETURN m.version ORDER BY m.version")
			.fetchAs(Long.class)
			.all();
		assertThat(versions).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L,
				17L);
	}

	@Test
	@DisplayName("every type of node a statement looks up by id, merged duplicates too, has an index on its id")
	void shouldIndexTheIdOfEveryType() {
		var indexed = this.neo4j.query("""
				SHOW INDEXES YIELD labelsOrTypes, properties, entityType
				WHERE entityType = 'NODE' AND properties = ['id']
				RETURN labelsOrTypes[0]""").fetchAs(String.class).all();
		assertThat(indexed).containsAll(Arrays.stream(NodeType.values()).map(NodeType::label).toList())
			.contains("Merged");
	}

	@Test
	@DisplayName("the seed loads once: starting again writes nothing")
	void shouldNotLoadTheSeedTwice() throws Exception {
		long before = nodeCount();
		this.migrations.afterPropertiesSet();
		assertThat(nodeCount()).isEqualTo(before);
	}

	@Test
	@DisplayName("a migration edited after it was applied stops the start-up")
	void shouldRefuseAMigrationChangedAfterItWasApplied() {
		var edited = new CypherMigrations(this.driver,
				new MigrationProperties(true, "classpath:cypher-test/edited-migrations/", true), this.environment);
		assertThatIllegalStateException().isThrownBy(edited::afterPropertiesSet)
			.withMessageContaining("V0003")
			.withMessageContaining("changed after it was applied");
	}

	@Test
	@DisplayName("V0008 brings a graph of the earlier shape along: retractions labelled, status and first date kept on the agreement")
	void shouldBringAGraphOfTheEarlierShapeAlong() throws Exception {
		// language=Cypher
		this.neo4j
			.query("""
					CREATE (a:Agreement {id: 'old-shape-agreement', title: 'Old shape', kind: 'OTHER'})
					CREATE (:AgreementAction {id: 'old-shape-signed', kind: 'SIGNED', date: '2019-01-01', retractedAt: datetime()})-[:OF_AGREEMENT]->(a)
					CREATE (:AgreementAction {id: 'old-shape-announced', kind: 'ANNOUNCED', date: '2020-05'})-[:OF_AGREEMENT]->(a)
					""")
			.run();
		try {
			applyAgain("V0008__Agreement_status_and_retractions_stored.cypher");
			// language=Cypher
			var state = this.neo4j.query("""
					MATCH (a:Agreement {id: 'old-shape-agreement'}), (x:AgreementAction {id: 'old-shape-signed'})
					RETURN a.status AS status, a.firstDate AS firstDate, x:Retracted AS retracted
					""").fetch().one().orElseThrow();
			assertThat(state).containsEntry("status", "ANNOUNCED")
				.containsEntry("firstDate", "2020-05")
				.containsEntry("retracted", true);
		}
		finally {
			this.neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'old-shape-' DETACH DELETE n").run();
		}
	}

	@Test
	@DisplayName("V0010 brings older citations along: an analyst still reads them on their fact")
	void shouldLetOlderCitationsBeFoundFromTheirFact() throws Exception {
		// a citation as they were written before V0009: without the key of its fact
		// language=Cypher
		this.neo4j
			.query("""
					MATCH (s:Source {id: 'src-9f9a7992a81a878d'})
					CREATE (a:Agreement {id: 'old-shape-cited', title: 'Old shape, cited', kind: 'OTHER', status: 'UNKNOWN'})
					CREATE (:Citation {id: 'old-shape-citation', quote: 'Cuba'})-[:SUPPORTS]->(a)
					WITH s MATCH (c:Citation {id: 'old-shape-citation'}) CREATE (c)-[:FROM_SOURCE]->(s)
					""")
			.run();
		try {
			applyAgain("V0010__Citations_know_their_fact.cypher");
			this.graphQl.documentName("letOlderCitationsBeFoundFromTheirFact")
				.variable("id", GlobalId.encode(NodeType.AGREEMENT, "old-shape-cited"))
				.execute()
				.path("node.citations[*].source.title")
				.entityList(String.class)
				.containsExactly("Russia and Cuba Relations Continue to Flourish");
		}
		finally {
			this.neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'old-shape-' DETACH DELETE n").run();
		}
	}

	@Test
	@DisplayName("V0011 makes every membership recorded before kinds a full one, the seed's New Development Bank membership among them")
	void shouldMakeOlderMembershipsFullOnes() throws Exception {
		// a membership as they were written before V0011: without a kind
		// language=Cypher
		this.neo4j
			.query("""
					MATCH (:Membership {id: 'membership-cuba-ndb'})-[:OF_ORGANIZATION]->(ndb:Organization), (ru:Country {id: 'RU'})
					CREATE (m:Membership {id: 'old-shape-membership', start: '2015'})-[:MEMBER]->(ru)
					CREATE (m)-[:OF_ORGANIZATION]->(ndb)
					""")
			.run();
		try {
			applyAgain("V0011__Kinds_of_membership.cypher");
			this.graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Membership { kind } } }")
				.variable("ids",
						List.of(GlobalId.encode(NodeType.MEMBERSHIP, "old-shape-membership"),
								GlobalId.encode(NodeType.MEMBERSHIP, "membership-cuba-ndb")))
				.execute()
				.path("nodes[*].kind")
				.entityList(String.class)
				.containsExactly("FULL_MEMBER", "FULL_MEMBER");
		}
		finally {
			this.neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'old-shape-' DETACH DELETE n").run();
		}
	}

	/**
	 * Runs one migration file again, as the runner does: one transaction for the file.
	 */
	private void applyAgain(String file) throws Exception {
		String script = new ClassPathResource("cypher/migrations/" + file).getContentAsString(StandardCharsets.UTF_8);
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(
					tx -> CypherStatements.split(script).forEach(statement -> tx.run(statement).consume()));
		}
	}

	private long nodeCount() {
		return this.neo4j.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
	}

}
