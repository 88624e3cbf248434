package org.treatygraph.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator or a first-time user meets: health, GraphiQL, the schema. */
@DisplayName("The running service")
class ServiceTests extends GraphQlIntegrationTest {

	@Test
	@DisplayName("health reports the embedded Neo4j as up, in detail to an administrator")
	void shouldReportNeo4jInHealth() {
		this.http.get()
			.uri("/actuator/health")
			.headers((headers) -> headers.setBasicAuth(ADMIN, ADMIN_PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.neo4j.status")
			.isEqualTo("UP")
			.jsonPath("$.components.neo4j.details.edition")
			.isEqualTo("community");
	}

	@Test
	@DisplayName("Anonymous callers learn only UP or DOWN from the health check: no path, version or address")
	void shouldTellAnonymousCallersOnlyTheStatus() {
		String body = got("/actuator/health");
		assertThat(body).contains("\"status\":\"UP\"").doesNotContain("components", "neo4j", "details");
	}

	@Test
	@DisplayName("GraphiQL loads all its assets from the service itself, never from a CDN")
	void shouldServeGraphiQlWithoutInternetAccess() {
		String page = got("/graphiql");
		assertThat(page).contains("GraphiQL").doesNotContain("https://", "http://");
		for (String asset : new String[] { "/webjars/graphiql/graphiql.min.css", "/webjars/graphiql/graphiql.min.js",
				"/webjars/react/umd/react.production.min.js", "/webjars/react-dom/umd/react-dom.production.min.js" }) {
			assertThat(page).contains(asset);
			this.http.get().uri(asset).exchange().expectStatus().isOk();
		}
	}

	@Test
	@DisplayName("the analyst page at / loads its scripts and styles from the service itself, never from a CDN")
	void shouldServeTheAnalystPageWithoutInternetAccess() {
		String page = got("/");
		assertThat(page).contains("<title>Treatygraph</title>").doesNotContain("https://", "http://");
		assertThat(page).contains("/webjars/cytoscape/dist/cytoscape.min.js");
		this.http.get().uri("/webjars/cytoscape/dist/cytoscape.min.js").exchange().expectStatus().isOk();
		for (String asset : new String[] { "/page/app.css", "/page/app.js" }) {
			assertThat(page).contains(asset);
			String body = got(asset);
			assertThat(body).doesNotContain("https://cdn", "https://unpkg", "https://fonts.");
		}
	}

	@Test
	@DisplayName("every type and field in the schema carries a description for GraphiQL readers")
	void shouldDescribeEveryTypeAndField() {
		// language=GraphQL
		String introspection = """
				{ __schema { types { name description fields { name description } inputFields { name description } } } }
				""";
		var types = this.graphQl.document(introspection)
			.execute()
			.path("__schema.types[?(@.name =~ /^[A-Z].*/)]")
			.entityList(java.util.Map.class)
			.get();
		var undescribed = types.stream()
			.filter(type -> !String.valueOf(type.get("name")).startsWith("__"))
			.filter(type -> !java.util.Set.of("String", "Int", "Boolean", "ID", "Float").contains(type.get("name")))
			.flatMap(type -> {
				var missing = new java.util.ArrayList<String>();
				if (type.get("description") == null) {
					missing.add(String.valueOf(type.get("name")));
				}
				for (String list : new String[] { "fields", "inputFields" }) {
					if (type.get(list) instanceof java.util.List<?> fields) {
						fields.stream()
							.map(java.util.Map.class::cast)
							.filter(field -> field.get("description") == null)
							.forEach(field -> missing.add(type.get("name") + "." + field.get("name")));
					}
				}
				return missing.stream();
			})
			.toList();
		assertThat(undescribed).isEmpty();
	}

}
