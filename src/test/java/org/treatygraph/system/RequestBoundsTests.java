package org.treatygraph.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.treatygraph.GraphQlIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one admitted request may cost the service itself, with tight settings so each
 * bound is reached on the seed data: a deadline of 3 s (room for a cold plan: the slowest
 * of this class's questions plans in about 1 s on a cold JVM), unpaged lists cut at 2
 * items, responses of at most 2,000 characters (the seed article alone is longer), a
 * mutation's transaction ended after 2 s, a request's body given 2 s to arrive. Short,
 * since each stopped request waits its bound out.
 */
@DisplayName("Bounds of one request")
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "treatygraph.limits.deadline=3s", "treatygraph.limits.max-list-items=2",
		"treatygraph.limits.max-response-size=2000B", "spring.transaction.default-timeout=2s",
		"treatygraph.limits.body-timeout=2s" })
class RequestBoundsTests extends GraphQlIntegrationTest {

	@Autowired
	private Neo4jClient neo4j;

	@Test
	@DisplayName("A list longer than its cap is cut, and the response says which list, where and how long it was")
	void shouldCutAListAtItsCapAndSaySo() {
		GraphQlTester.Response response = this.graphQl.document("{ country(code: \"CU\") { events { name } } }")
			.execute();
		response.errors().verify().path("country.events").entityList(Object.class).hasSize(2);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> truncated = (List<Map<String, Object>>) response.returnResponse()
			.getExtensions()
			.get("truncated");
		assertThat(truncated).singleElement().satisfies((list) -> {
			assertThat(list).containsEntry("path", "/country/events")
				.containsEntry("limit", 2)
				.containsEntry("returned", 2);
			assertThat((Integer) list.get("available")).isGreaterThan(2);
		});
	}

	@Test
	@DisplayName("A list within its cap comes whole, with no truncation reported")
	void shouldLeaveAShortListWhole() {
		GraphQlTester.Response response = this.graphQl.document("{ country(code: \"CU\") { memberships { id } } }")
			.execute();
		response.errors().verify();
		assertThat(response.returnResponse().getExtensions()).doesNotContainKey("truncated");
	}

	@Test
	@DisplayName("Java-side work past the deadline is stopped: TIMEOUT within the deadline, not after 10 s of work")
	void shouldStopJavaSideWorkAtTheDeadline(CapturedOutput log) {
		long start = System.nanoTime();
		GraphQlTester.Response response = this.graphQl.document("{ slowItemsProbe(count: 100, millis: 100) { index } }")
			.execute();
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).hasToString("TIMEOUT");
			assertThat(error.getMessage()).contains("deadline of 3 s").contains("treatygraph.limits.deadline");
		}));
		assertThat((Object) response.returnResponse().getData()).as("data of a stopped request").isNull();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
		assertThat(log.getAll().lines().filter((line) -> line.contains(" ERROR "))).isEmpty();
	}

	@Test
	@DisplayName("Database work past the deadline is ended too: the request's read transaction times out with it, and is gone, with no ERROR in the log")
	void shouldEndDatabaseWorkAtTheDeadline(CapturedOutput log) {
		long start = System.nanoTime();
		this.graphQl.document("{ runawayProbe }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("TIMEOUT");
				assertThat(error.getMessage()).contains("3 s").doesNotContain("UNWIND");
				assertThat(error.getPath()).isEqualTo("runawayProbe");
			}));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(7));
		long stillRunning = this.neo4j.query(
				"SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH 'UNWIND range(1, 2000000000)' RETURN count(*)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(stillRunning).isZero();
		// a TIMEOUT is the client's answer, logged as a warning; an ERROR would page an
		// operator for nothing
		assertThat(log.getAll().lines().filter((line) -> line.contains(" ERROR "))).isEmpty();
	}

	@Test
	@DisplayName("A field that outlasts the request's read transaction ends it without an ERROR in the log")
	void shouldLetATimedOutReadTransactionGoQuietly(CapturedOutput log) {
		// one fetch that sleeps past the deadline: Neo4j ends the transaction meanwhile
		this.graphQl.document("{ slowItemsProbe(count: 1, millis: 3500) { index } }").execute();
		assertThat(log.getAll().lines().filter((line) -> line.contains(" ERROR "))).isEmpty();
	}

	@Test
	@DisplayName("A mutation's database work past TREATYGRAPH_QUERY_TIMEOUT is ended: a TIMEOUT on the field, nothing of it written, no ERROR in the log")
	void shouldEndAMutationsDatabaseWorkAtTheQueryTimeout(CapturedOutput log) {
		long start = System.nanoTime();
		asCurator().document("mutation { runawayWriteProbe }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("TIMEOUT");
				assertThat(error.getPath()).isEqualTo("runawayWriteProbe");
				assertThat(error.getMessage()).doesNotContain("UNWIND", "MATCH");
			}));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
		assertThat(this.neo4j.query("MATCH (c:Country {id: 'CU'}) RETURN c.runawayProbe IS NULL")
			.fetchAs(Boolean.class)
			.one()).contains(true);
		assertThat(this.neo4j.query("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery = $probe RETURN count(*)")
			.bind(ProbeController.RUNAWAY_WRITE)
			.to("probe")
			.fetchAs(Long.class)
			.one()).contains(0L);
		assertThat(log.getAll().lines().filter((line) -> line.contains(" ERROR "))).isEmpty();
	}

	@Test
	@DisplayName("A response growing past its size cap is stopped with RESPONSE_TOO_LARGE naming the setting")
	void shouldStopAResponseGrowingPastItsCap() {
		this.graphQl.document("{ sources(first: 5) { edges { node { text } } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("RESPONSE_TOO_LARGE");
				assertThat(error.getExtensions()).containsEntry("limit", "treatygraph.limits.max-response-size");
			}));
	}

	@Test
	@DisplayName("After a stopped request the next one is answered as usual")
	void shouldAnswerTheNextRequestAfterAStoppedOne() {
		this.graphQl.document("{ slowItemsProbe(count: 100, millis: 100) { index } }").execute();
		this.graphQl.document("{ country(code: \"RU\") { name } }")
			.execute()
			.errors()
			.verify()
			.path("country.name")
			.entity(String.class)
			.isEqualTo("Russia");
	}

	@Test
	@DisplayName("A body still arriving after its time is answered 408 naming the setting, and the connection let go")
	void shouldLetGoOfABodyArrivingTooSlowly() throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 1000\r\n\r\n{\"query\": \"")
				.getBytes(StandardCharsets.US_ASCII));
			long start = System.nanoTime();
			String answer = "";
			// a byte every 300 ms, for at most 8 s: well past the 2 s the body is given
			while (answer.isEmpty() && Duration.ofNanos(System.nanoTime() - start).toSeconds() < 8) {
				try {
					out.write(' ');
					out.flush();
				}
				catch (IOException closed) {
					break;
				}
				Thread.sleep(300);
				if (socket.getInputStream().available() > 0) {
					answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				}
			}
			if (answer.isEmpty()) {
				answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
			assertThat(answer).startsWith("HTTP/1.1 408")
				.contains("treatygraph.limits.body-timeout", "\"classification\":\"BAD_REQUEST\"");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
		}
	}

	@Test
	@DisplayName("Clients holding more requests open than Tomcat has workers (250 bodies that never arrive) leave everyone else answered")
	void shouldAnswerOthersWhileManyClientsHoldRequestsOpen() throws IOException {
		List<Socket> held = new ArrayList<>();
		try {
			for (int i = 0; i < 250; i++) {
				Socket socket = new Socket("localhost", this.port);
				socket.getOutputStream()
					.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
							+ "Content-Length: 1000\r\n\r\n{")
						.getBytes(StandardCharsets.US_ASCII));
				held.add(socket);
			}
			long start = System.nanoTime();
			this.graphQl.document("{ country(code: \"RU\") { name } }")
				.execute()
				.path("country.name")
				.entity(String.class)
				.isEqualTo("Russia");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		}
		finally {
			for (Socket socket : held) {
				socket.close();
			}
		}
	}

}
