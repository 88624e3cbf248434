package org.treatygraph.system;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

/**
 * Runs Neo4j inside the service when no external server is configured, so one command
 * starts everything on a fresh machine. Only Bolt on localhost is opened; the driver
 * connects to it like to any server, so the code above it cannot tell the difference.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isBlank()")
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	/**
	 * The database {@link EmbeddedNeo4jEarlyStart} began to start while Spring was still
	 * setting up; started here when nothing began it.
	 */
	@Bean
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties, Environment environment) throws IOException {
		CompletableFuture<EmbeddedNeo4j> early = EmbeddedNeo4jEarlyStart.take(environment);
		if (early == null) {
			return EmbeddedNeo4j.start(properties);
		}
		try {
			return early.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw ex;
		}
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return neo4j.boltUri();
			}

			@Override
			public org.neo4j.driver.AuthToken getAuthToken() {
				return AuthTokens.basic(EmbeddedNeo4j.USER, neo4j.password());
			}
		};
	}

	/**
	 * The running database and where it keeps its files; stops and cleans up on close.
	 */
	record EmbeddedNeo4j(DatabaseManagementService service, Path home, boolean ephemeral, URI boltUri,
			String password) implements AutoCloseable {

		static final String USER = "neo4j";

		/**
		 * Sets the kept password on every start, so a data directory made before Bolt
		 * asked for one, or whose password file was replaced, is brought along.
		 */
		private static final String SET_PASSWORD = "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED";

		static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) throws IOException {
			long started = System.nanoTime();
			Path home = properties.ephemeral() ? Files.createTempDirectory("treatygraph-neo4j")
					: properties.dataDirectory().toAbsolutePath();
			Files.createDirectories(home);
			String password = EmbeddedBoltPassword.in(home);
			DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				// any local process could otherwise read everything and write around
				// curation and history
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				// Preallocation reserves 256 MiB of transaction log per database up
				// front.
				.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
				.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				// The diagnostics dump (JVM, classpath, disks) took about 3 s of every
				// start
				// on a 2-core machine; debug.log keeps the rest.
				.setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
				// Netty otherwise waits a quiet period of several seconds on every stop.
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
				.build();
			var system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
			try {
				// a restart finds it set already: checking costs milliseconds, where
				// setting it again cost 3 s of every restart (the first Cypher a fresh
				// JVM plans)
				if (!acceptsPassword(system, password)) {
					setPassword(system, password);
				}
			}
			catch (RuntimeException ex) {
				// Neo4j's threads would otherwise keep a failed start's JVM alive
				service.shutdown();
				throw ex;
			}
			var port = system.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT);
			URI uri = URI.create("bolt://" + port.getHost() + ":" + port.getPort());
			log.info("Embedded Neo4j started in {} ms at {} with data in {}", (System.nanoTime() - started) / 1_000_000,
					uri, home);
			return new EmbeddedNeo4j(service, home, properties.ephemeral(), uri, password);
		}

		private static boolean acceptsPassword(GraphDatabaseAPI system, String password) {
			try {
				return system.getDependencyResolver()
					.resolveDependency(AuthManager.class)
					.login(AuthToken.newBasicAuthToken("neo4j", password), ClientConnectionInfo.EMBEDDED_CONNECTION)
					.subject()
					.getAuthenticationResult() == AuthenticationResult.SUCCESS;
			}
			catch (InvalidAuthTokenException ex) {
				return false;
			}
		}

		private static void setPassword(GraphDatabaseAPI system, String password) {
			try {
				system.executeTransactionally(SET_PASSWORD, Map.of("password", password));
			}
			catch (QueryExecutionException ex) {
				// on every start but the first the password is already the kept one
				if (!String.valueOf(ex.getMessage()).contains("Old password and new password cannot be the same")) {
					throw ex;
				}
			}
		}

		/** Never with the password: records print every component. */
		@Override
		public String toString() {
			return "EmbeddedNeo4j[" + this.boltUri + ", " + this.home + "]";
		}

		@Override
		public void close() throws IOException {
			this.service.shutdown();
			if (this.ephemeral) {
				FileSystemUtils.deleteRecursively(this.home);
			}
		}
	}

}
