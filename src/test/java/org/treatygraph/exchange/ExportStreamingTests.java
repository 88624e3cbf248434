package org.treatygraph.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.treatygraph.GraphQlIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export must send its first line before it has read its last: a statement whose rows
 * pass through a sort holds every one of them, lines and all, until it ends (at scale M,
 * 218 MB for the whole graph's lines; the benchmark samples the heap while it reads every
 * export). So no export statement may sort on the path its rows stream along, whether it
 * exports everything or what a filter keeps; a sort of one fact's claims or citations, or
 * a partial sort within one agreement's rows, is per row and stays. Statements whose
 * facts are few by nature (organisations and places, sorted so that a parent comes first;
 * identifiers, claims, retractions) are named here.
 */
@DisplayName("Exports stream")
class ExportStreamingTests extends GraphQlIntegrationTest {

	private static final Set<String> SORTED_BY_NATURE = Set.of("createOrganization", "createPlace", "addIdentifier",
			"addCitations", "rankClaim", "retract", "csv claims", "popolo organizations 1", "popolo posts 0");

	private static final Pattern RECORD = Pattern.compile("record: '(\\w+)'");

	@Autowired
	private Driver driver;

	@Test
	@DisplayName("no statement of the lines, the tables or Popolo sorts the facts it streams, filtered or not")
	void shouldSortNothingOnTheWayOut() {
		Map<String, String> statements = statements();
		assertThat(statements).hasSizeGreaterThanOrEqualTo(16 + 8 + 5);
		List<String> sorting = new ArrayList<>();
		for (var statement : statements.entrySet()) {
			for (Object keep : new Object[] { null, List.of("agreement-1", "party-1") }) {
				Map<String, Object> parameters = new HashMap<>();
				parameters.put("keep", keep);
				Plan plan;
				try (var session = this.driver.session()) {
					plan = session.run("EXPLAIN " + statement.getValue(), parameters).consume().plan();
				}
				String sort = sortOnTheWayOut(plan);
				if (sort != null && !SORTED_BY_NATURE.contains(statement.getKey())) {
					sorting.add("%s (keep %s): %s".formatted(statement.getKey(), keep, sort));
				}
			}
		}
		assertThat(sorting).as("export statements that sort what they stream").isEmpty();
	}

	/**
	 * The sort on the path from the plan's leaf to its results, following the left side
	 * of every operator with two (the right side runs per row), or null.
	 */
	private static String sortOnTheWayOut(Plan plan) {
		Plan step = plan;
		while (true) {
			if (step.operatorType().startsWith("Sort") || step.operatorType().startsWith("Top")) {
				return step.operatorType() + " " + step.arguments().get("Details");
			}
			if (step.children().isEmpty()) {
				return null;
			}
			step = step.children().getFirst();
		}
	}

	/** Every statement of the three exports, named by what it exports. */
	private static Map<String, String> statements() {
		Map<String, String> statements = new LinkedHashMap<>();
		for (String statement : GraphExport.STATEMENTS) {
			Matcher record = RECORD.matcher(statement);
			assertThat(record.find()).as("a line's record in %s", statement).isTrue();
			statements.put(record.group(1), statement);
		}
		CsvExport.TABLES.forEach((table, definition) -> statements.put("csv " + table, definition.statement()));
		PopoloExport.SECTIONS.forEach((section, sectionStatements) -> {
			for (int i = 0; i < sectionStatements.size(); i++) {
				statements.put("popolo " + section + " " + i, sectionStatements.get(i));
			}
		});
		return statements;
	}

}
