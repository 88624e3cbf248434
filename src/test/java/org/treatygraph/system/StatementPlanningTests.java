package org.treatygraph.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.Plan;
import org.treatygraph.GraphQlIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every complete Cypher statement the service holds as a constant, planned afresh
 * ({@code replan=force}) on the test database: each must plan, so a statement no test
 * happens to run cannot hide a syntax or schema error, and none may read every node of
 * the graph. The statements still assembled at run time are listed by name: the list may
 * only shrink. Fragments that other constants are composed of are not statements and are
 * skipped. How long each takes to plan, the cost a first request pays before its answer,
 * is the benchmark's to print ({@code StatementPlanTimes}); here they are planned on
 * every core at once.
 */
@DisplayName("Planning the service's statements")
class StatementPlanningTests extends GraphQlIntegrationTest {

	@Autowired
	private Driver driver;

	@Test
	@DisplayName("every fixed statement plans; only the known templates are still assembled at run time")
	void shouldPlanEveryFixedStatement() throws Exception {
		Map<String, String> statements = ServiceStatements.all();
		List<String> planned = Collections.synchronizedList(new ArrayList<>());
		List<String> templates = Collections.synchronizedList(new ArrayList<>());
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		List<String> everyNode = Collections.synchronizedList(new ArrayList<>());
		try (ExecutorService planners = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
			for (var statement : statements.entrySet()) {
				planners.submit(() -> {
					try (var session = this.driver.session()) {
						Plan plan = session.run("CYPHER replan=force EXPLAIN " + statement.getValue()).consume().plan();
						planned.add(statement.getKey());
						if (scansEveryNode(plan)) {
							everyNode.add(statement.getKey());
						}
					}
					catch (ClientException ex) {
						if (ServiceStatements.isPartOfAnother(statement.getKey(), statements)) {
							return;
						}
						if (ServiceStatements.ASSEMBLED_AT_RUN_TIME.contains(statement.getKey())) {
							templates.add(statement.getKey());
						}
						else {
							failures.add(statement.getKey() + ": " + ex.getMessage());
						}
					}
				});
			}
		}
		assertThat(failures).as("fixed statements that do not plan").isEmpty();
		// one write read every node of the graph to find the one it names: at scale M an
		// import of tenures ran at 15 lines/s; a merge read every person, its label given
		// as a parameter
		assertThat(everyNode).as("statements that read every node of the graph, or of a label given as a parameter")
			.isEmpty();
		assertThat(templates).as("templates assembled at run time")
			.containsExactlyInAnyOrderElementsOf(ServiceStatements.ASSEMBLED_AT_RUN_TIME);
		assertThat(planned).hasSizeGreaterThan(100);
	}

	/**
	 * A placeholder substituted into a text block is a word the inserted text could
	 * itself contain, and leaves the statement that runs written nowhere; statements are
	 * their text blocks joined with the fragments they use.
	 */
	@Test
	@DisplayName("no statement is assembled by substituting into a text")
	void shouldJoinStatementsRatherThanSubstitute() throws Exception {
		Pattern substitution = Pattern.compile(
				"\"\"\"\\s*\\.(formatted|replace|replaceAll|replaceFirst)\\(|\\b[A-Z][A-Z_]+\\s*\\.(formatted|replace|replaceAll|replaceFirst)\\(");
		List<String> found = new ArrayList<>();
		try (var files = Files.walk(Path.of("src", "main", "java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				var matcher = substitution.matcher(Files.readString(file));
				while (matcher.find()) {
					found.add(file.getFileName() + ": " + matcher.group());
				}
			}
		}
		assertThat(found).as("statements assembled by substitution").isEmpty();
	}

	private static boolean scansEveryNode(Plan plan) {
		return plan.operatorType().startsWith("AllNodesScan")
				|| plan.operatorType().startsWith("DynamicLabelNodeLookup")
				|| plan.children().stream().anyMatch(StatementPlanningTests::scansEveryNode);
	}

}
