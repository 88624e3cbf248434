package org.treatygraph.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.SecurityException;
import org.treatygraph.GraphQlIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DisplayName("The embedded Neo4j's Bolt port")
class EmbeddedBoltTests extends GraphQlIntegrationTest {

	@Autowired
	private EmbeddedNeo4jConfiguration.EmbeddedNeo4j neo4j;

	@Test
	@DisplayName("refuses a local process without the password, or with a wrong one")
	void shouldRefuseAProcessWithoutThePassword() {
		for (AuthToken token : new AuthToken[] { AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
				AuthTokens.basic("neo4j", "guess-" + System.nanoTime()) }) {
			try (Driver driver = GraphDatabase.driver(this.neo4j.boltUri(), token)) {
				assertThatExceptionOfType(SecurityException.class).as(token.toString())
					.isThrownBy(driver::verifyConnectivity)
					.isInstanceOfAny(AuthenticationException.class, SecurityException.class);
			}
		}
	}

	@Test
	@DisplayName("lets in an operator's tool with the password kept owner-only in the data directory")
	void shouldLetInAToolWithThePasswordFromTheDataDirectory() throws Exception {
		Path file = this.neo4j.home().resolve(EmbeddedBoltPassword.FILE_NAME);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		String password = Files.readString(file).strip();
		try (Driver driver = GraphDatabase.driver(this.neo4j.boltUri(), AuthTokens.basic("neo4j", password))) {
			driver.verifyConnectivity();
			assertThat(driver.executableQuery("MATCH (c:Country {code: 'CU'}) RETURN c.name AS name")
				.execute()
				.records()
				.getFirst()
				.get("name")
				.asString()).isEqualTo("Cuba");
		}
		assertThat(this.neo4j.toString()).doesNotContain(password);
	}

	@Test
	@DisplayName("starts again on its own data directory with the same password, as an operator's restart does")
	void shouldRestartOnItsOwnDataDirectory(@TempDir Path home) throws Exception {
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(home, false, 0, DataSize.ofMegabytes(16),
				Duration.ofSeconds(10));
		String password = null;
		for (int start = 0; start < 2; start++) {
			try (var neo4j = EmbeddedNeo4jConfiguration.EmbeddedNeo4j.start(properties);
					Driver driver = GraphDatabase.driver(neo4j.boltUri(),
							AuthTokens.basic("neo4j", neo4j.password()))) {
				driver.verifyConnectivity();
				assertThat(neo4j.password()).isEqualTo(password == null ? neo4j.password() : password);
				password = neo4j.password();
			}
		}
	}

	@Test
	@DisplayName("takes a new password when an operator deleted the file while it was stopped, and refuses the old one")
	void shouldTakeANewPasswordAfterTheFileWasDeleted(@TempDir Path home) throws Exception {
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(home, false, 0, DataSize.ofMegabytes(16),
				Duration.ofSeconds(10));
		String old;
		try (var neo4j = EmbeddedNeo4jConfiguration.EmbeddedNeo4j.start(properties)) {
			old = neo4j.password();
		}
		Files.delete(home.resolve(EmbeddedBoltPassword.FILE_NAME));
		try (var neo4j = EmbeddedNeo4jConfiguration.EmbeddedNeo4j.start(properties)) {
			assertThat(neo4j.password()).isNotEqualTo(old);
			try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", neo4j.password()))) {
				driver.verifyConnectivity();
			}
			try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", old))) {
				assertThatExceptionOfType(AuthenticationException.class).isThrownBy(driver::verifyConnectivity);
			}
		}
	}

	@Test
	@DisplayName("ends a transaction that asked for no timeout of its own at TREATYGRAPH_TRANSACTION_TIMEOUT, a tool's runaway query too")
	void shouldEndATransactionAtItsTimeout(@TempDir Path home) throws Exception {
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(home, false, 0, DataSize.ofMegabytes(16),
				Duration.ofSeconds(2));
		try (var neo4j = EmbeddedNeo4jConfiguration.EmbeddedNeo4j.start(properties);
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", neo4j.password()));
				Session session = driver.session()) {
			long start = System.nanoTime();
			assertThatExceptionOfType(ClientException.class)
				.isThrownBy(() -> session.run(ProbeController.RUNAWAY).consume())
				.withMessageContaining("terminated");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		}
	}

	@Test
	@DisplayName("keeps its password across restarts and narrows a widened password file again")
	void shouldKeepThePasswordAndNarrowTheFile(@TempDir Path home) throws Exception {
		String first = EmbeddedBoltPassword.in(home);
		Path file = home.resolve(EmbeddedBoltPassword.FILE_NAME);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		assertThat(EmbeddedBoltPassword.in(home)).isEqualTo(first).hasSizeGreaterThanOrEqualTo(32);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(EmbeddedBoltPassword.in(Files.createDirectories(home.resolve("other")))).isNotEqualTo(first);
	}

}
