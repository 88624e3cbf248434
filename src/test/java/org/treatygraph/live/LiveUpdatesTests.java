package org.treatygraph.live;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.CuratorTest;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A dashboard subscribed over WebSocket hears of curators' changes as they commit. */
@DisplayName("Live updates over WebSocket")
class LiveUpdatesTests extends CuratorTest {

	private static final String SEED_SOURCE = GlobalId.encode(NodeType.SOURCE, "src-9f9a7992a81a878d");

	@Autowired
	private ChangeFeed feed;

	@Test
	@DisplayName("A dashboard watching Cuba is told of a new Cuba–France agreement, and not of a France–Germany one")
	void shouldTellADashboardOfANewAgreementInvolvingItsCountry() throws Exception {
		WebSocketGraphQlTester dashboard = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient())
			.build();
		CompletableFuture<List<Map<String, Object>>> heard = dashboard
			.documentName("tellADashboardOfANewAgreementInvolvingItsCountry")
			.executeSubscription()
			.toFlux("factChanged", Map.class)
			.map(change -> (Map<String, Object>) change)
			.take(1)
			.collectList()
			.toFuture();
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> this.feed.subscribers() > 0);

		create("France–Germany accord on a test subject", "FR", "DE");
		String cubaFrance = create("Cuba–France accord on a test subject", "CU", "FR");

		List<Map<String, Object>> changes = heard.get(30, TimeUnit.SECONDS);
		assertThat(changes).singleElement().satisfies(change -> {
			assertThat(change).containsEntry("operation", "createAgreement").containsEntry("curator", CURATOR);
			assertThat((Map<String, Object>) change.get("node")).containsEntry("id", cubaFrance)
				.containsEntry("title", "Cuba–France accord on a test subject");
			assertThat(Instant.parse((String) change.get("at"))).as("the change's time, as history has it")
				.isEqualTo(historyTimeOf(cubaFrance));
		});
		dashboard.stop().block(Duration.ofSeconds(10));
	}

	@Test
	@DisplayName("One connection holds at most 100 subscriptions: the 101st is refused naming the setting, and one completed makes room")
	void shouldBoundTheSubscriptionsOfOneConnection() {
		WebSocketGraphQlTester client = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient())
			.build();
		int before = this.feed.subscribers();
		List<Disposable> held = new ArrayList<>();
		try {
			for (int i = 0; i < 100; i++) {
				held.add(subscribe(client).subscribe());
			}
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> this.feed.subscribers() >= before + 100);

			assertThatThrownBy(() -> subscribe(client).blockFirst(Duration.ofSeconds(10)))
				.hasMessageContaining("treatygraph.limits.max-subscriptions-per-connection");

			held.removeFirst().dispose();
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> this.feed.subscribers() < before + 100);
			held.add(subscribe(client).subscribe());
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> this.feed.subscribers() >= before + 100);
		}
		finally {
			held.forEach(Disposable::dispose);
			client.stop().block(Duration.ofSeconds(10));
		}
	}

	@SuppressWarnings("rawtypes")
	private Flux<Map> subscribe(WebSocketGraphQlTester client) {
		return client.documentName("tellADashboardOfANewAgreementInvolvingItsCountry")
			.executeSubscription()
			.toFlux("factChanged", Map.class);
	}

	private Instant historyTimeOf(String id) {
		String at = this.graphQl.document("query($id: ID!) { history(id: $id) { edges { node { at } } } }")
			.variable("id", id)
			.execute()
			.path("history.edges[0].node.at")
			.entity(String.class)
			.get();
		return ZonedDateTime.parse(at).toInstant();
	}

	private String create(String title, String... parties) {
		Map<String, Object> input = Map.of("title", title, "kind", "COOPERATION_AGREEMENT", "parties",
				List.of(parties).stream().map(code -> Map.of("actor", code)).toList(), "citations",
				List.of(Map.of("sourceId", SEED_SOURCE, "quote",
						"The bilateral relations between Cuba and Russia continue to flourish.")));
		return asCurator().documentName("createAgreementId")
			.variable("input", input)
			.execute()
			.path("createAgreement.agreement.id")
			.entity(String.class)
			.get();
	}

}
