package org.treatygraph.system;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.treatygraph.GraphQlIntegrationTest;

import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

/**
 * Clients that guess passwords or keep sending slow requests, with tight allowances: 3
 * failed sign-ins per minute per address, 2 requests over 500 ms per minute per client.
 * The slow-request case signs in correctly, so it runs before the address has failed.
 */
@DisplayName("Rate limits per client")
@TestPropertySource(properties = { "treatygraph.rate-limits.failed-logins-per-minute=3",
		"treatygraph.rate-limits.slow-request=500ms", "treatygraph.rate-limits.slow-requests-per-minute=2" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitTests extends GraphQlIntegrationTest {

	private static final String SLOW = "{ slowItemsProbe(count: 6, millis: 100) { index } }";

	@Test
	@Order(1)
	@DisplayName("after 2 slow requests a reader waits: 429 with Retry-After, while other clients are served")
	void shouldMakeAClientOfSlowRequestsWait() {
		for (int i = 0; i < 2; i++) {
			as(READER, READER_PASSWORD).document(SLOW).execute().errors().verify();
		}
		this.http.post()
			.uri("/graphql")
			.headers((headers) -> headers.setBasicAuth(READER, READER_PASSWORD))
			.bodyValue(Map.of("query", "{ whoami { name } }"))
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("RATE_LIMITED")
			.jsonPath("$.errors[0].extensions.limit")
			.isEqualTo("treatygraph.rate-limits.slow-requests-per-minute");
		as(CURATOR, CURATOR_PASSWORD).document("{ whoami { name } }")
			.execute()
			.path("whoami.name")
			.entity(String.class)
			.isEqualTo(CURATOR);
	}

	@Test
	@Order(2)
	@DisplayName("after 3 failed sign-ins an address gets 429 with Retry-After, even with the right password; reads without credentials go on")
	void shouldMakeAGuesserWait() {
		for (int i = 0; i < 3; i++) {
			signIn(CURATOR, "guess " + i).expectStatus().isUnauthorized();
		}
		signIn(CURATOR, CURATOR_PASSWORD).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("RATE_LIMITED")
			.jsonPath("$.errors[0].extensions.limit")
			.isEqualTo("treatygraph.rate-limits.failed-logins-per-minute");
		this.http.post()
			.uri("/graphql")
			.headers((headers) -> headers.setBearerAuth("tg_guessed"))
			.bodyValue(Map.of("query", "{ whoami { name } }"))
			.exchange()
			.expectStatus()
			.isEqualTo(429);
		this.graphQl.document("{ country(code: \"CU\") { name } }")
			.execute()
			.path("country.name")
			.entity(String.class)
			.isEqualTo("Cuba");
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec signIn(String user,
			String password) {
		return this.http.post()
			.uri("/graphql")
			.headers((headers) -> headers.setBasicAuth(user, password))
			.bodyValue(Map.of("query", "{ whoami { name } }"))
			.exchange();
	}

}
