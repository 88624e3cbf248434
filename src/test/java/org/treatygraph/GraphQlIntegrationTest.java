package org.treatygraph;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.treatygraph.system.CypherStatementCounter;

/**
 * Base of the tests that ask the running service what an analyst would ask: a real HTTP
 * server, a real embedded Neo4j on a fresh temporary directory, the migrations and the
 * seed article applied. All subclasses share this one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "treatygraph.embedded.ephemeral=true", "treatygraph.embedded.bolt-port=0" })
public abstract class GraphQlIntegrationTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected CypherStatementCounter statements;

	protected HttpGraphQlTester graphQl;

	protected WebTestClient http;

	@BeforeEach
	void connect() {
		// Neo4j plans each new query shape once, which can take seconds on a cold 2-core
		// machine.
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(60))
			.build();
		this.graphQl = HttpGraphQlTester
			.create(this.http.mutate().baseUrl("http://localhost:" + this.port + "/graphql").build());
	}

}
