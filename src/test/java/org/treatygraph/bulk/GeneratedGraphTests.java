package org.treatygraph.bulk;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.CypherStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysts' questions on a generated graph at scale S (about 100k relationships),
 * with hub countries party to a thousand agreements and more: answers match hand-written
 * Cypher, pages stay a fixed number of statements, and cursors stay stable while data is
 * added. Its own context, so the sample-article tests keep their small graph.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "treatygraph.embedded.ephemeral=true", "treatygraph.embedded.bolt-port=0",
				"treatygraph.warmup.enabled=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Questions on a generated graph")
class GeneratedGraphTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Driver driver;

	@Autowired
	private CypherStatementCounter statements;

	private HttpGraphQlTester graphQl;

	private SyntheticGraph graph;

	private BulkLoader.LoadReport load;

	private String hubCode;

	@BeforeAll
	void loadScaleS() {
		BulkLoader loader = new BulkLoader(this.driver, "neo4j", System.out);
		Map<String, String> codes = loader.countryCodes();
		this.graph = new SyntheticGraph(Scale.S, 42, codes);
		this.load = loader.load(this.graph, 0);
		this.hubCode = codes.get(this.graph.hub());
		this.graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.responseTimeout(Duration.ofSeconds(120))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(64 << 20))
			.build());
	}

	@Test
	@DisplayName("The generator writes about 100k relationships at scale S, the same graph for the same seed")
	void shouldLoadScaleS() {
		assertThat(this.load.relationships()).isBetween(80_000L, 200_000L);
		assertThat(this.load.facts()).isPositive();
		assertThat(
				new SyntheticGraph(Scale.S, 42, new BulkLoader(this.driver, "neo4j", System.out).countryCodes()).hub())
			.isEqualTo(this.graph.hub());
	}

	@Test
	@DisplayName("The fan-out through unpaged lists that once ran the heap out is refused before running; its widest admitted form on the hub is answered within the deadline, its long lists cut and reported")
	void shouldBoundTheFanOutThroughUnpagedLists() {
		this.graphQl.document(
				"{ country(code: \"%s\") { signatures { signer { signatures { agreement { signatures { signer { signatures { agreement { title } } } } } } } } } }"
					.formatted(this.hubCode))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("limit",
						"treatygraph.limits.max-cost")));

		LiveHeap liveHeap = LiveHeap.watch();
		long start = System.nanoTime();
		var response = this.graphQl.document(
				"{ country(code: \"%s\") { signatures { signer { signatures { agreement { signatures { signer { name } } } } } } } }"
					.formatted(this.hubCode))
			.execute();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		long peak = liveHeap.stop();
		int thirdLevel = response.path("country.signatures[*].signer.signatures[*].agreement.signatures[*]")
			.entityList(Object.class)
			.get()
			.size();
		System.out.printf(
				"Widest admitted fan-out on the hub: %d ms, live heap after GC at most %d MiB (%d MiB before), %d signatures at the third level, truncated lists reported: %s%n",
				took.toMillis(), peak >> 20, liveHeap.before >> 20, thirdLevel,
				response.returnResponse().getExtensions().containsKey("truncated"));
		assertThat(thirdLevel).isPositive();
		assertThat(response.returnResponse().getExtensions()).containsKey("truncated");
		assertThat(took).isLessThan(Duration.ofSeconds(30));
	}

	/**
	 * The heap still in use after each garbage collection while it watches: what a
	 * request holds, not the garbage it leaves for the next collection.
	 */
	private static final class LiveHeap implements NotificationListener {

		private final AtomicLong peak = new AtomicLong();

		private long before;

		static LiveHeap watch() {
			System.gc();
			LiveHeap watcher = new LiveHeap();
			watcher.before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			watcher.peak.set(watcher.before);
			ManagementFactory.getGarbageCollectorMXBeans()
				.forEach((collector) -> ((NotificationEmitter) collector).addNotificationListener(watcher, null, null));
			return watcher;
		}

		@Override
		public void handleNotification(Notification notification, Object handback) {
			if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				return;
			}
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			long used = info.getGcInfo()
				.getMemoryUsageAfterGc()
				.values()
				.stream()
				.mapToLong(MemoryUsage::getUsed)
				.sum();
			this.peak.accumulateAndGet(used, Math::max);
		}

		long stop() {
			ManagementFactory.getGarbageCollectorMXBeans().forEach((collector) -> {
				try {
					((NotificationEmitter) collector).removeNotificationListener(this);
				}
				catch (ListenerNotFoundException ex) {
					// never added
				}
			});
			return this.peak.get();
		}

	}

	@Test
	@DisplayName("The hub's agreements page in a fixed number of statements, its total counted as Cypher counts it")
	void shouldPageTheHubsAgreements() {
		long expected = count("""
				MATCH (c:Country {id: $key})
				CALL (c) {
				  MATCH (c)<-[:ACTOR]-(:Party)-[:OF_AGREEMENT]->(a:Agreement) RETURN a
				  UNION
				  MATCH (c)<-[:BASED_IN]-(:Organization)<-[:ACTOR]-(:Party)-[:OF_AGREEMENT]->(a:Agreement) RETURN a
				}
				RETURN count(DISTINCT a)""", this.graph.hub());
		assertThat(expected).as("the hub's agreements at scale S").isGreaterThan(500);
		String query = "query ($after: String) { agreements(filter: {involving: [\"%s\"]}, first: 50, after: $after) { totalCount pageInfo { endCursor } edges { node { title parties { actor { name } } signatures { signer { name } } citations { quote } } } } }"
			.formatted(this.hubCode);
		long before = this.statements.count();
		var first = this.graphQl.document(query).execute();
		long perPage = this.statements.count() - before;
		first.path("agreements.totalCount").entity(Long.class).isEqualTo(expected);
		first.path("agreements.edges").entityList(Object.class).hasSize(50);
		String cursor = first.path("agreements.pageInfo.endCursor").entity(String.class).get();
		before = this.statements.count();
		this.graphQl.document(query)
			.variable("after", cursor)
			.execute()
			.path("agreements.edges")
			.entityList(Object.class)
			.hasSize(50);
		assertThat(this.statements.count() - before).isEqualTo(perPage).isLessThanOrEqualTo(6);
	}

	@Test
	@DisplayName("A cursor stays valid while agreements are added before and after it: no item repeats or goes missing")
	void shouldKeepCursorsStableWhileDataIsAdded() {
		String query = "query ($after: String) { agreements(filter: {involving: [\"%s\"]}, first: 30, after: $after) { pageInfo { endCursor } edges { node { id } } } }"
			.formatted(this.hubCode);
		var first = this.graphQl.document(query).execute();
		List<String> seen = new ArrayList<>(first.path("agreements.edges[*].node.id").entityList(String.class).get());
		String cursor = first.path("agreements.pageInfo.endCursor").entity(String.class).get();
		List<String> expectedNext = this.graphQl.document(query)
			.variable("after", cursor)
			.execute()
			.path("agreements.edges[*].node.id")
			.entityList(String.class)
			.get();
		// one agreement sorts first of all, one last of all
		try (var session = this.driver.session()) {
			session
				.run("""
						MATCH (c:Country {id: $key})
						UNWIND ['  First added', '~ Last added'] AS title
						CREATE (a:Agreement {id: 'added-' + title, title: title, kind: 'OTHER', version: 1, naturalKey: 'added|' + title})
						CREATE (p:Party {id: 'added-party-' + title, role: 'PARTY'}), (p)-[:OF_AGREEMENT]->(a), (p)-[:ACTOR]->(c)
						""",
						Map.of("key", this.graph.hub()))
				.consume();
		}
		try {
			List<String> next = this.graphQl.document(query)
				.variable("after", cursor)
				.execute()
				.path("agreements.edges[*].node.id")
				.entityList(String.class)
				.get();
			assertThat(next).isEqualTo(expectedNext).doesNotContainAnyElementsOf(seen);
		}
		finally {
			try (var session = this.driver.session()) {
				session.run("MATCH (n) WHERE n.id STARTS WITH 'added-' DETACH DELETE n").consume();
			}
		}
	}

	@Test
	@DisplayName("The two biggest hubs' relations and timeline page through, each entry cited")
	void shouldPageTheRelationsOfTwoHubs() {
		String second = new BulkLoader(this.driver, "neo4j", System.out).countryCodes()
			.get(this.graph.countries().get(1));
		var response = this.graphQl.documentName("relationsOfTwoHubs")
			.variable("between", List.of(this.hubCode, second))
			.execute();
		long shared = response.path("relations.agreements.totalCount").entity(Long.class).get();
		assertThat(shared).isPositive();
		response.path("relations.agreementTally[*].count")
			.entityList(Long.class)
			.satisfies(counts -> assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(shared));
		response.path("relations.timeline.nodes").entityList(Object.class).hasSize(25);
		response.path("relations.timeline.nodes[*].citations")
			.entityList(List.class)
			.satisfies(citations -> assertThat(citations).allSatisfy(list -> assertThat(list).isNotEmpty()));
	}

	@Test
	@DisplayName("Top partners of the hub match a hand-written count; two officials of different countries are connected")
	void shouldAnswerDashboardsAndConnections() {
		var partners = this.graphQl
			.document("query ($of: String!) { topPartners(of: $of, first: 3) { partner { id } agreements } }")
			.variable("of", this.hubCode)
			.execute();
		String topPartner = partners.path("topPartners[0].partner.id").entity(String.class).get();
		String partnerKey = GlobalId.decode(topPartner).orElseThrow().key();
		long expected = count("""
				MATCH (:Country {id: $key})<-[:BASED_IN*0..1]-()<-[:ACTOR]-(:Party)-[:OF_AGREEMENT]->(a:Agreement)
				      <-[:OF_AGREEMENT]-(:Party)-[:ACTOR]->()-[:BASED_IN*0..1]->(:Country {id: $partner})
				RETURN count(DISTINCT a)""", this.graph.hub(), Map.of("partner", partnerKey));
		partners.path("topPartners[0].agreements").entity(Long.class).isEqualTo(expected);

		String from = GlobalId.encode(NodeType.PERSON, "gen-person-" + this.graph.hub() + "-0");
		String to = GlobalId.encode(NodeType.PERSON, "gen-person-" + this.graph.countries().get(5) + "-0");
		var paths = this.graphQl.document(
				"query ($from: String!, $to: String!) { connections(from: $from, to: $to, maxHops: 6) { length hops { statement } } }")
			.variable("from", from)
			.variable("to", to)
			.execute();
		paths.path("connections[0].length")
			.entity(Integer.class)
			.satisfies(length -> assertThat(length).isBetween(1, 6));
		paths.path("connections[*].hops[*].statement")
			.entityList(String.class)
			.satisfies(hops -> assertThat(new HashSet<>(hops)).allSatisfy(hop -> assertThat(hop).isNotBlank()));
	}

	private long count(String cypher, String key) {
		return count(cypher, key, Map.of());
	}

	private long count(String cypher, String key, Map<String, Object> more) {
		Map<String, Object> parameters = new java.util.HashMap<>(more);
		parameters.put("key", key);
		try (var session = this.driver.session()) {
			return session.run(cypher, parameters).single().get(0).asLong();
		}
	}

}
