package org.treatygraph;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.treatygraph.system.CypherStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the tests that ask the running service what an analyst would ask: a real HTTP
 * server, a real embedded Neo4j on a fresh temporary directory, the migrations and the
 * seed article applied. All subclasses share this one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "treatygraph.embedded.ephemeral=true", "treatygraph.embedded.bolt-port=0",
				"spring.graphql.schema.locations=classpath:graphql/,classpath:graphql-probes/",
				"treatygraph.test.probes=true", "spring.transaction.default-timeout=10s",
				"treatygraph.limits.deadline=10s",
				// the rate limits have their own tests; the suite signs in wrongly and
				// plans
				// cold on purpose
				"treatygraph.rate-limits.failed-logins-per-minute=100000",
				"treatygraph.rate-limits.slow-requests-per-minute=100000", "treatygraph.warmup.enabled=false",
				"treatygraph.security.users[0].name=" + GraphQlIntegrationTest.CURATOR,
				"treatygraph.security.users[0].role=CURATOR",
				"treatygraph.security.users[0].password-hash=" + GraphQlIntegrationTest.CURATOR_HASH,
				"treatygraph.security.users[1].name=" + GraphQlIntegrationTest.READER,
				"treatygraph.security.users[1].role=READER",
				"treatygraph.security.users[1].password-hash=" + GraphQlIntegrationTest.READER_HASH,
				"treatygraph.security.users[2].name=" + GraphQlIntegrationTest.ADMIN,
				"treatygraph.security.users[2].role=ADMIN",
				"treatygraph.security.users[2].password-hash=" + GraphQlIntegrationTest.ADMIN_HASH })
public abstract class GraphQlIntegrationTest {

	protected static final String CURATOR = "curator";

	protected static final String CURATOR_PASSWORD = "curator-password";

	/**
	 * BCrypt of {@link #CURATOR_PASSWORD}; tests configure users as an operator would, by
	 * hash.
	 */
	protected static final String CURATOR_HASH = "$2a$10$uFTDuVHypqyo6zsWSKNNzuHichTiwzHti5bUN3hXK/9jqDfY5uesW";

	protected static final String READER = "reader";

	protected static final String READER_PASSWORD = "reader-password";

	static final String READER_HASH = "$2a$10$THzAjoUrP09YM.hzGXVKoOKziPUHtm5pjNiAl.KXIqmGgmcxcNgii";

	protected static final String ADMIN = "admin";

	protected static final String ADMIN_PASSWORD = "admin-password";

	static final String ADMIN_HASH = "$2a$10$qAMWUR.OF8am8YZ77QwFi.6LVsb6o8WbYiJDp2S/cihZXhXW6U7v2";

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

	/** The same tester, signed in with HTTP Basic. */
	protected HttpGraphQlTester as(String user, String password) {
		return this.graphQl.mutate().headers(headers -> headers.setBasicAuth(user, password)).build();
	}

	/**
	 * Every item of a connection, read a page at a time by following its cursors, as a
	 * client walking through the results would.
	 * @param document a query with an {@code $after: String} variable
	 * @param connection the path of the connection, such as {@code agreements}
	 * @param item the path of the value to collect within each node, such as
	 * {@code title}
	 */
	protected java.util.List<String> everyPage(String document, String connection, String item) {
		java.util.List<String> items = new java.util.ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = this.graphQl.document(document).variable("after", after).execute();
			items.addAll(page.path(connection + ".edges[*].node." + item).entityList(String.class).get());
			after = page.path(connection + ".pageInfo.endCursor").entity(String.class).get();
			more = page.path(connection + ".pageInfo.hasNextPage").entity(Boolean.class).get();
		}
		return items;
	}

	/** The body of an anonymous GET answered 200. */
	protected String got(String uri) {
		return bodyOf(uri, HttpStatus.OK);
	}

	/** The body of an anonymous GET answered 400. */
	protected String refused(String uri) {
		return bodyOf(uri, HttpStatus.BAD_REQUEST);
	}

	private String bodyOf(String uri, HttpStatus status) {
		return this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	protected HttpGraphQlTester asCurator() {
		return as(CURATOR, CURATOR_PASSWORD);
	}

}
