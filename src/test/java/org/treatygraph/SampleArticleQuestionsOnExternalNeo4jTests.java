package org.treatygraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same questions with {@code spring.neo4j.uri} set, as an operator does for a Neo4j
 * server: the service must start no database of its own and migrate and seed the server
 * it is given. Here the "server" is a separate Neo4j in this JVM, reached only over Bolt,
 * so the path runs where Docker does not. The URI is only known once the environment is
 * prepared, after the embedded database began to start; that one must be stopped.
 */
@DisplayName("The sample article's questions, with NEO4J_URI pointing at a separate Neo4j")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = { "treatygraph.embedded.ephemeral=false",
		"treatygraph.embedded.data-directory=" + SampleArticleQuestionsOnExternalNeo4jTests.EARLY_START })
class SampleArticleQuestionsOnExternalNeo4jTests extends SampleArticleQuestionsTests {

	/** Where the embedded database begun before the URI was known keeps its files. */
	static final String EARLY_START = "target/early-start-neo4j";

	private static Path home;

	private static DatabaseManagementService server;

	@Autowired
	private ApplicationContext context;

	@DynamicPropertySource
	static void separateNeo4j(DynamicPropertyRegistry registry) throws IOException {
		home = Files.createTempDirectory("treatygraph-external-neo4j");
		server = new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
			.build();
		var port = ((GraphDatabaseAPI) server.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
			.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		registry.add("spring.neo4j.uri", () -> "neo4j://" + port.getHost() + ":" + port.getPort());
	}

	@Test
	@DisplayName("no embedded Neo4j starts when NEO4J_URI is set")
	void shouldNotStartAnEmbeddedNeo4j() {
		assertThat(this.context.containsBean("embeddedNeo4j")).isFalse();
	}

	@Test
	@DisplayName("the embedded Neo4j begun before NEO4J_URI was known is stopped, its data directory free")
	void shouldStopTheEmbeddedNeo4jBegunEarly() {
		assertThat(this.context.getEnvironment().getProperty("treatygraph.embedded.ephemeral")).isEqualTo("false");
		assertThat(Path.of(EARLY_START, "data")).as("the early start ran").isDirectory();
		// Neo4j locks a store while it runs: a second one can only open it once stopped
		DatabaseManagementService reopened = new DatabaseManagementServiceBuilder(Path.of(EARLY_START))
			.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
			.build();
		try {
			assertThat(reopened.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable()).isTrue();
		}
		finally {
			reopened.shutdown();
		}
	}

	@AfterAll
	static void stopServer() throws IOException {
		server.shutdown();
		FileSystemUtils.deleteRecursively(home);
		FileSystemUtils.deleteRecursively(Path.of(EARLY_START));
	}

}
