package org.treatygraph.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator's Prometheus scrapes, and who may see the rest of the actuator. */
@DisplayName("Metrics")
class MetricsTests extends GraphQlIntegrationTest {

	@Test
	@DisplayName("a scraper without a user reads request timings per operation, JVM figures and the service's own counters")
	void shouldServePrometheusToAScraper() {
		this.graphQl.document("query seedCountry { country(code: \"CU\") { name } }").execute().errors().verify();
		this.graphQl.document("{ c1: country(code: \"CU\") { code } c2: country(code: \"CU\") { code } }").execute();
		this.graphQl
			.document("{ country(code: \"CU\") { organizations { " + "partOf { ".repeat(20) + "name" + " }".repeat(20)
					+ " } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("limit",
						"treatygraph.limits.max-depth")));
		String scrape = got("/actuator/prometheus");
		assertThat(scrape).contains("graphql_request_seconds_count")
			// per field only when asked for (TREATYGRAPH_METRICS_PERFIELD): it costs
			// every
			// request
			.doesNotContain("graphql_datafetcher_seconds_count")
			.contains("jvm_memory_used_bytes")
			.contains("treatygraph_statements_per_request_count")
			.contains("treatygraph_refused_total{limit=\"treatygraph.limits.max-depth\"}");
	}

	@Test
	@DisplayName("the rest of the actuator is for administrators: anonymous callers and curators are refused")
	void shouldKeepTheActuatorForAdministrators() {
		this.http.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
		this.http.get()
			.uri("/actuator/metrics")
			.headers((headers) -> headers.setBasicAuth(CURATOR, CURATOR_PASSWORD))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.get()
			.uri("/actuator/metrics")
			.headers((headers) -> headers.setBasicAuth(ADMIN, ADMIN_PASSWORD))
			.exchange()
			.expectStatus()
			.isOk();
	}

}
