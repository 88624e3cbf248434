package org.treatygraph.benchmark;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.treatygraph.GraphQlIntegrationTest;
import org.treatygraph.system.ServiceStatements;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long each of the service's statements takes to plan on a database that has planned
 * nothing yet, the cost a first request pays before its answer, printed slowest first:
 * {@code ./mvnw -Pbenchmark test -Dtest=StatementPlanTimes}. One at a time, so that each
 * figure is one plan's; the first plans also pay for a JVM that has not compiled the
 * planner yet, so those over half a second are planned once more, which tells a
 * statement's own cost from the JVM's warm-up.
 */
@Tag("benchmark")
@DisplayName("Plan times of the service's statements")
class StatementPlanTimes extends GraphQlIntegrationTest {

	private static final long SLOW_MILLIS = 500;

	@Autowired
	private Driver driver;

	@Test
	void printPlanTimes() throws Exception {
		Map<String, String> statements = ServiceStatements.all();
		Map<String, Long> first = new TreeMap<>();
		Map<String, Long> again = new TreeMap<>();
		try (var session = this.driver.session()) {
			for (var statement : statements.entrySet()) {
				try {
					first.put(statement.getKey(), millisToPlan(session, statement.getValue()));
				}
				catch (ClientException ex) {
					// a fragment or a template: StatementPlanningTests tells which
				}
			}
			for (var planned : first.entrySet()) {
				if (planned.getValue() > SLOW_MILLIS) {
					again.put(planned.getKey(), millisToPlan(session, statements.get(planned.getKey())));
				}
			}
		}
		first.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
			.forEach(
					(entry) -> System.out.printf(
							"PLAN %6d ms %s %s%n", entry.getValue(), again.containsKey(entry.getKey())
									? "(again %5d ms)".formatted(again.get(entry.getKey())) : " ".repeat(16),
							entry.getKey()));
		System.out.printf("PLAN %d statements, %,d ms in all the first time; %d over %d ms, %,d ms for those again%n",
				first.size(), first.values().stream().mapToLong(Long::longValue).sum(), again.size(), SLOW_MILLIS,
				again.values().stream().mapToLong(Long::longValue).sum());
	}

	private static long millisToPlan(Session session, String statement) {
		long start = System.nanoTime();
		session.run("CYPHER replan=force EXPLAIN " + statement).consume();
		return (System.nanoTime() - start) / 1_000_000;
	}

}
