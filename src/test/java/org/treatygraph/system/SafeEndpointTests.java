package org.treatygraph.system;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.treatygraph.GraphQlIntegrationTest;
import reactor.core.publisher.Flux;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint protects itself: unexpected failures reveal nothing but an id, and HTTP
 * behaves as the GraphQL-over-HTTP specification says. Runaway database work, ended by
 * the request's deadline, is in {@link RequestBoundsTests}, whose deadline is shorter.
 */
@DisplayName("A safe endpoint")
@ExtendWith(OutputCaptureExtension.class)
class SafeEndpointTests extends GraphQlIntegrationTest {

	private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	@Test
	@DisplayName("a subscription sent by POST gets 400 naming the WebSocket endpoint, never the engine's stream object")
	void shouldSendSubscriptionsToTheWebSocket() {
		String subscription = "{\"query\": \"subscription { factChanged { operation } }\"}";
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(GRAPHQL_RESPONSE)
			.bodyValue(subscription)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].message")
			.value(message -> assertThat((String) message).contains("ws://<host>/graphql", "graphql-transport-ws"))
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST");
		String legacy = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(subscription)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(legacy).contains("graphql-transport-ws").doesNotContain("upstreamPublisher");
	}

	@Test
	@DisplayName("An unexpected exception is an INTERNAL_ERROR with an id the log repeats, and no class names or Cypher")
	void shouldHideUnexpectedFailuresBehindAnId(CapturedOutput log) {
		this.graphQl.document("{ brokenProbe }").execute().errors().satisfy(errors -> {
			assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("classification", "INTERNAL_ERROR");
				assertThat(error.getMessage()).doesNotContain("MATCH", "Secret", "org.treatygraph", "Exception");
				String id = (String) error.getExtensions().get("errorId");
				assertThat(id).hasSize(12);
				assertThat(error.getMessage()).contains(id);
				assertThat(log.getAll()).contains("Internal error " + id).contains("IllegalStateException");
			});
		});
	}

	@Test
	@DisplayName("GET runs a query from URL parameters, variables included")
	void shouldRunAQueryOverGet() {
		this.http.get()
			.uri(uri -> uri.path("/graphql")
				.queryParam("query", "{query}")
				.queryParam("variables", "{variables}")
				.build("query ($code: String!) { country(code: $code) { name } }", "{\"code\": \"CU\"}"))
			.accept(GRAPHQL_RESPONSE)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(GRAPHQL_RESPONSE)
			.expectBody()
			.jsonPath("$.data.country.name")
			.isEqualTo("Cuba");
	}

	@Test
	@DisplayName("GET refuses a mutation with 405 and Allow: POST")
	void shouldRefuseAMutationOverGet() {
		this.http.get()
			.uri(uri -> uri.path("/graphql")
				.queryParam("query", "{query}")
				.build("mutation { revokeApiToken(input: {id: \"x\"}) { revoked } }"))
			.accept(GRAPHQL_RESPONSE)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectHeader()
			.valueEquals(HttpHeaders.ALLOW, "POST");
	}

	@Test
	@DisplayName("GET without a query, or with variables that are not JSON, is a 400")
	void shouldRefuseMalformedGets() {
		this.http.get().uri("/graphql").accept(GRAPHQL_RESPONSE).exchange().expectStatus().isBadRequest();
		this.http.get()
			.uri(uri -> uri.path("/graphql")
				.queryParam("query", "{q}")
				.queryParam("variables", "{v}")
				.build("{ __typename }", "not json"))
			.accept(GRAPHQL_RESPONSE)
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	@Test
	@DisplayName("A document that does not parse or validate is a 400 for graphql-response+json and a 200 for plain JSON")
	void shouldAnswerInvalidDocumentsWithTheStatusTheSpecPrescribes() {
		for (String document : List.of("{ country(code: ", "{ noSuchField }")) {
			this.http.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(GRAPHQL_RESPONSE)
				.bodyValue(Map.of("query", document))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].message")
				.exists()
				.jsonPath("$.data")
				.doesNotExist();
			this.http.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", document))
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

	@Test
	@DisplayName("A body over 8 MB is refused with 413 naming the limit, whether it says its length or streams in chunks; one under it is read")
	void shouldRefuseABodyOverItsLimit() {
		byte[] nine = ("{\"query\": \"query($x: String) { __typename }\", \"variables\": {\"x\": \""
				+ "a".repeat(9 * 1024 * 1024) + "\"}}")
			.getBytes(StandardCharsets.UTF_8);
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(nine)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectBody()
			.jsonPath("$.errors[0].extensions.limit")
			.isEqualTo("treatygraph.limits.max-request-size")
			.jsonPath("$.errors[0].extensions.measured")
			.isEqualTo(nine.length);
		// without a length: the body is read until it passes the limit
		Flux<DataBuffer> chunks = Flux.range(0, 10)
			.map((i) -> DefaultDataBufferFactory.sharedInstance
				.wrap(Arrays.copyOfRange(nine, i * nine.length / 10, (i + 1) * nine.length / 10)));
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(chunks, DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(String.class, (message) -> assertThat(message).isEqualTo(
					"the request body is larger, over the limit of 8388608 (treatygraph.limits.max-request-size)"));
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "query($x: ID!) { __typename node(id: $x) { id } }", "variables",
					Map.of("x", "a".repeat(7 * 1024 * 1024))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.__typename")
			.isEqualTo("Query");
	}

	@Test
	@DisplayName("A body that is not JSON or is a batch is a 400, a text/plain body a 415, an unacceptable Accept a 406, each with a GraphQL-shaped error")
	void shouldRefuseMalformedRequests() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(GRAPHQL_RESPONSE)
			.bodyValue("{\"query\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST");
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("[{\"query\": \"{ __typename }\"}, {\"query\": \"{ __typename }\"}]")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(String.class, (message) -> assertThat(message).contains("batches"));
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("{ __typename }")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST");
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_HTML)
			.bodyValue(Map.of("query", "{ __typename }"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.NOT_ACCEPTABLE);
		this.http.get()
			.uri(uri -> uri.path("/graphql").queryParam("query", "{q}").build("{ __typename }"))
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.NOT_ACCEPTABLE);
	}

	@Test
	@DisplayName("A request Tomcat itself refuses (a query written raw into the URL, a URL or header over 8 KB, an HTTP version it does not speak) gets a GraphQL-shaped error saying what to change, not Tomcat's HTML page")
	void shouldAnswerRequestsTomcatRefusesAsGraphQlErrors() throws IOException {
		List<String> refused = List.of("GET /graphql?query={__typename} HTTP/1.1\r\nHost: localhost\r\n",
				"GET /graphql?query=%7B__typename%7D&pad=" + "a".repeat(9_000) + " HTTP/1.1\r\nHost: localhost\r\n",
				"GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: localhost\r\nX-Pad: " + "a".repeat(20_000)
						+ "\r\n");
		for (String request : refused) {
			String response = rawExchange(request + "Connection: close\r\n\r\n");
			assertThat(response).as(request.substring(0, 40))
				.startsWith("HTTP/1.1 400")
				.containsIgnoringCase("Content-Type: application/json")
				.contains("\"classification\":\"BAD_REQUEST\"", "percent-encode", "POST")
				.doesNotContain("<html", "Tomcat");
		}
		assertThat(rawExchange("GET /graphql?query=%7B__typename%7D HTTP/9.9\r\nHost: localhost\r\n\r\n"))
			.startsWith("HTTP/1.1 505")
			.contains("\"classification\":\"BAD_REQUEST\"", "send HTTP/1.1");
		// what the service answers itself keeps its own body
		assertThat(rawExchange("GET /nothing-here HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
			.startsWith("HTTP/1.1 404")
			.contains("\"status\":404")
			.doesNotContain("percent-encode");
	}

	private String rawExchange(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
