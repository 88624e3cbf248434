package org.treatygraph.system;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.Plan;
import org.treatygraph.GraphQlIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every complete Cypher statement the service holds as a constant, planned afresh
 * ({@code replan=force}) on the test database: each must plan, so a statement no test
 * happens to run cannot hide a syntax or schema error, and the time each takes to plan is
 * printed, the cost a first request pays before its answer (the closing notes quote it; a
 * timed assertion would be noise on a shared machine). The statements still assembled at
 * run time are listed by name: the list may only shrink. Statements kept in a constant
 * map by the case they serve are planned each under its key. Fragments that other
 * constants are composed of are not statements and are skipped.
 */
@DisplayName("Planning the service's statements")
class StatementPlanningTests extends GraphQlIntegrationTest {

	/**
	 * Texts completed at run time, not statements yet: a connection's path length and
	 * number of paths must be literals in Cypher, so its statement is this head, the path
	 * pattern and a tail, one text per pair asked (60 at most), whatever the types of its
	 * ends.
	 */
	private static final Set<String> ASSEMBLED_AT_RUN_TIME = Set.of("RelationRepository.CONNECTIONS_HEAD");

	/**
	 * Planned once more to tell a statement's own cost from the JVM's warm-up: those over
	 * the half second the issue allows a plan.
	 */
	private static final long SLOW_MILLIS = 500;

	private static final Pattern CYPHER = Pattern.compile(
			"(?s)^\\s*(//[^\\n]*\\n\\s*)*(CYPHER 25\\s+)?(MATCH|OPTIONAL MATCH|UNWIND|CALL|CREATE|MERGE|WITH|RETURN)\\b.*");

	@Autowired
	private Driver driver;

	@Test
	@DisplayName("every fixed statement plans; only the known templates are still assembled at run time")
	void shouldPlanEveryFixedStatement() throws Exception {
		Map<String, String> statements = fixedStatements();
		Map<String, Long> planMillis = new TreeMap<>();
		List<String> templates = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		List<String> everyNode = new ArrayList<>();
		try (var session = this.driver.session()) {
			for (var statement : statements.entrySet()) {
				try {
					long start = System.nanoTime();
					Plan plan = session.run("CYPHER replan=force EXPLAIN " + statement.getValue()).consume().plan();
					planMillis.put(statement.getKey(), (System.nanoTime() - start) / 1_000_000);
					if (scansEveryNode(plan)) {
						everyNode.add(statement.getKey());
					}
				}
				catch (ClientException ex) {
					if (isPartOfAnother(statement, statements)) {
						continue;
					}
					if (ASSEMBLED_AT_RUN_TIME.contains(statement.getKey())) {
						templates.add(statement.getKey());
					}
					else {
						failures.add(statement.getKey() + ": " + ex.getMessage());
					}
				}
			}
		}
		// the first statements planned also pay for a JVM that has not compiled the
		// planner yet: the slow ones are planned once more, which tells a statement's own
		// cost from the JVM's warm-up
		Map<String, Long> againMillis = new TreeMap<>();
		try (var session = this.driver.session()) {
			for (var planned : planMillis.entrySet()) {
				if (planned.getValue() > SLOW_MILLIS) {
					long start = System.nanoTime();
					session.run("CYPHER replan=force EXPLAIN " + statements.get(planned.getKey())).consume();
					againMillis.put(planned.getKey(), (System.nanoTime() - start) / 1_000_000);
				}
			}
		}
		planMillis.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
			.forEach((entry) -> System.out.printf("PLAN %6d ms %s %s%n", entry.getValue(),
					againMillis.containsKey(entry.getKey())
							? "(again %5d ms)".formatted(againMillis.get(entry.getKey())) : " ".repeat(16),
					entry.getKey()));
		assertThat(failures).as("fixed statements that do not plan").isEmpty();
		// one write read every node of the graph to find the one it names: at scale M an
		// import of tenures ran at 15 lines/s; a merge read every person, its label given
		// as a parameter
		assertThat(everyNode).as("statements that read every node of the graph, or of a label given as a parameter")
			.isEmpty();
		assertThat(templates).as("templates assembled at run time")
			.containsExactlyInAnyOrderElementsOf(ASSEMBLED_AT_RUN_TIME);
		assertThat(planMillis).hasSizeGreaterThan(100);
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

	/**
	 * A fragment that other constants are composed of (such as the history's record of a
	 * creation, which a feature's write includes), not a statement itself.
	 */
	private static boolean isPartOfAnother(Map.Entry<String, String> fragment, Map<String, String> statements) {
		return statements.entrySet()
			.stream()
			.anyMatch((other) -> !other.getKey().equals(fragment.getKey())
					&& other.getValue().length() > fragment.getValue().length()
					&& other.getValue().contains(fragment.getValue()));
	}

	private static Map<String, String> fixedStatements() throws Exception {
		Map<String, String> found = new TreeMap<>();
		ClassLoader loader = StatementPlanningTests.class.getClassLoader();
		for (Resource resource : new PathMatchingResourcePatternResolver(loader)
			.getResources("classpath*:org/treatygraph/**/*.class")) {
			String path = resource.getURL().getPath();
			if (path.contains("/test-classes/")) {
				continue;
			}
			String name = path.substring(path.indexOf("org/treatygraph/")).replace('/', '.').replace(".class", "");
			Class<?> type = Class.forName(name, false, loader);
			for (Field field : type.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())
						&& field.getType() == String.class) {
					field.setAccessible(true);
					if (field.get(null) instanceof String text && CYPHER.matcher(text).matches()) {
						found.put(type.getSimpleName() + "." + field.getName(), text);
					}
				}
				// statements kept by the case they serve, such as the as-of pages by
				// anchor
				if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())
						&& Map.class.isAssignableFrom(field.getType())) {
					field.setAccessible(true);
					if (field.get(null) instanceof Map<?, ?> texts) {
						texts.forEach((key, value) -> {
							if (value instanceof String text && CYPHER.matcher(text).matches()) {
								found.put(type.getSimpleName() + "." + field.getName() + "[" + key + "]", text);
							}
						});
					}
				}
			}
		}
		return found;
	}

}
