package org.treatygraph.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.treatygraph.GraphQlIntegrationTest;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neo4j going away under a running service, and coming back, as an operator meets it: the
 * service reaches a separate Neo4j in this JVM over Bolt only, which the test stops and
 * starts again on the same port and data.
 */
@DisplayName("Neo4j away and back")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class Neo4jOutageTests extends GraphQlIntegrationTest {

	private static final String QUESTION = "{ country(code: \"CU\") { name } }";

	private static Path home;

	private static int port;

	private static DatabaseManagementService server;

	@DynamicPropertySource
	static void separateNeo4j(DynamicPropertyRegistry registry) throws IOException {
		home = Files.createTempDirectory("treatygraph-outage-neo4j");
		server = start(0);
		port = ((GraphDatabaseAPI) server.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		registry.add("spring.neo4j.uri", () -> "neo4j://127.0.0.1:" + port);
	}

	private static DatabaseManagementService start(int boltPort) {
		return new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
			.build();
	}

	@Test
	@DisplayName("while Neo4j is away every caller gets a typed error within 2 s, the log one line each; once it is back, answers return without a restart")
	void shouldFailFastWhileAwayAndRecover(CapturedOutput log) {
		this.graphQl.document(QUESTION).execute().path("country.name").entity(String.class).isEqualTo("Cuba");
		server.shutdown();
		try {
			for (int attempt = 0; attempt < 3; attempt++) {
				long start = System.nanoTime();
				this.graphQl.document(QUESTION)
					.execute()
					.errors()
					.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
						assertThat(error.getErrorType()).hasToString("UNAVAILABLE");
						assertThat(error.getExtensions()).containsKey("errorId");
						assertThat(log).contains("Neo4j unavailable, error " + error.getExtensions().get("errorId"));
					}));
				assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to the error")
					.isLessThan(Duration.ofSeconds(3));
			}
			assertThat(log.toString().split("Neo4j unavailable, error ", -1)).as("log lines of the outage").hasSize(4);
			assertThat(log.toString().split("later failures of this outage are logged in one line", -1))
				.as("stack traces logged")
				.hasSize(2);

			asCurator()
				.document("mutation { addSource(input: { source: { title: \"During the outage\" } }) { created } }")
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getErrorType()).hasToString("UNAVAILABLE")));

			long start = System.nanoTime();
			EntityExchangeResult<String> health = this.http.get()
				.uri("/actuator/health")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectBody(String.class)
				.returnResult();
			assertThat(health.getResponseBody()).contains("\"status\":\"DOWN\"")
				.doesNotContain("components", "neo4j", "Exception", "127.0.0.1");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to DOWN")
				.isLessThan(Duration.ofSeconds(5));

			this.http.post()
				.uri("/graphql")
				.headers((headers) -> headers.setBearerAuth("tg_any-token"))
				.bodyValue(Map.of("query", QUESTION))
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.errors[0].extensions.classification")
				.isEqualTo("UNAVAILABLE");
		}
		finally {
			server = start(port);
		}
		long back = System.nanoTime();
		String name = null;
		while (name == null && System.nanoTime() - back < Duration.ofSeconds(30).toNanos()) {
			name = (String) this.graphQl.document(QUESTION).execute().returnResponse().field("country.name").getValue();
		}
		assertThat(name).isEqualTo("Cuba");
		assertThat(log).contains("Neo4j reachable again");
		this.http.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	@AfterAll
	static void stopServer() throws IOException {
		server.shutdown();
		FileSystemUtils.deleteRecursively(home);
	}

}
