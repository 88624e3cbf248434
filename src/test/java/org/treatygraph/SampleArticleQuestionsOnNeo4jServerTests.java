package org.treatygraph;

import org.junit.jupiter.api.DisplayName;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same questions against a Neo4j server instead of the embedded database, where
 * Docker is available: setting {@code spring.neo4j.uri} is all it takes to switch.
 * Skipped without Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
@DisplayName("The sample article's questions, against a Neo4j server (Docker)")
class SampleArticleQuestionsOnNeo4jServerTests extends SampleArticleQuestionsTests {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer(
			DockerImageName.parse(System.getProperty("neo4j.image", "neo4j:2026.08-community"))
				.asCompatibleSubstituteFor("neo4j"))
		.withoutAuthentication();

	@DynamicPropertySource
	static void neo4jServer(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
	}

}
