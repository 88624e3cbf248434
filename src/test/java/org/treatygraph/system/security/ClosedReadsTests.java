package org.treatygraph.system.security;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;

import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service whose operator closed reads ({@code TREATYGRAPH_SECURITY_OPENREADS=false}):
 * every question, subscription and export needs a user or an API token; the analyst page
 * and GraphiQL still load, so that an analyst can sign in from them.
 */
@DisplayName("Reads closed to anonymous callers")
@TestPropertySource(properties = "treatygraph.security.open-reads=false")
class ClosedReadsTests extends GraphQlIntegrationTest {

	@Test
	@DisplayName("an anonymous question gets 401 saying reads need a user or API token, and no data")
	void shouldRefuseAnonymousQuestions() {
		String body = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"{ countries(name: \\\"Cuba\\\") { name } }\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("UNAUTHORIZED", "reads need a user or API token").doesNotContain("Cuba\"");
	}

	@Test
	@DisplayName("an anonymous export and an anonymous question over GET get 401 too")
	void shouldRefuseAnonymousExportsAndGets() {
		this.http.get().uri("/export").exchange().expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
		this.http.get()
			.uri(uri -> uri.path("/graphql").queryParam("query", "{query}").build("{ __typename }"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	@DisplayName("a reader signed in reads, and so does an API token a curator made")
	void shouldAnswerReadersAndTokens() {
		as(READER, READER_PASSWORD).document("{ country(code: \"CU\") { name } }")
			.execute()
			.path("country.name")
			.entity(String.class)
			.isEqualTo("Cuba");
		String token = asCurator().document("mutation { createApiToken(input: { name: \"dashboard\" }) { token } }")
			.execute()
			.path("createApiToken.token")
			.entity(String.class)
			.get();
		this.graphQl.mutate()
			.headers(headers -> headers.setBearerAuth(token))
			.build()
			.document("{ country(code: \"RU\") { name } }")
			.execute()
			.path("country.name")
			.entity(String.class)
			.isEqualTo("Russia");
	}

	@Test
	@DisplayName("a wrong password is refused, not taken for anonymous")
	void shouldRefuseAWrongPassword() {
		this.http.post()
			.uri("/graphql")
			.headers(headers -> headers.setBasicAuth(READER, "not-the-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"{ __typename }\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	@DisplayName("an anonymous subscription is refused at the WebSocket's handshake; a reader's stays open")
	void shouldRefuseAnonymousSubscriptions() {
		String subscription = "subscription { factChanged(involving: \"CU\") { operation } }";
		assertThatThrownBy(() -> webSocket(null).document(subscription)
			.executeSubscription()
			.toFlux()
			.blockFirst(Duration.ofSeconds(20))).hasStackTraceContaining("401");
		// no change happens meanwhile: an open subscription just waits
		assertThatThrownBy(() -> webSocket(READER_PASSWORD).document(subscription)
			.executeSubscription()
			.toFlux()
			.blockFirst(Duration.ofSeconds(3))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Timeout");
	}

	private WebSocketGraphQlTester webSocket(@Nullable String readerPassword) {
		return WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient())
			.headers(headers -> {
				if (readerPassword != null) {
					headers.setBasicAuth(READER, readerPassword);
				}
			})
			.build();
	}

	@Test
	@DisplayName("the analyst page and GraphiQL still load, for an analyst to sign in from them")
	void shouldServeThePagesToSignInFrom() {
		assertThat(got("/")).containsIgnoringCase("<html");
		assertThat(got("/graphiql")).containsIgnoringCase("graphiql");
		assertThat(got("/page/app.js")).contains("treatygraph.token");
	}

}
