package org.treatygraph.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.importer.ImportCommand;
import org.treatygraph.TreatygraphApplication;
import org.treatygraph.bulk.BulkLoader;
import org.treatygraph.bulk.Scale;
import org.treatygraph.bulk.SyntheticGraph;
import picocli.CommandLine;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anchor the curators' import is measured against: the generated graph, read out as
 * CSV tables and written into an empty database by Neo4j's offline importer (what
 * {@code neo4j-admin database import full} runs), then given the original's constraints
 * and indexes. The copy must count as the original does, label by label and type by type,
 * before the rate is printed. Nothing is checked, cited or recorded on the way: it is the
 * fastest a first load of this graph can be on this machine. Part of the benchmark
 * ({@code ./mvnw -Pbenchmark test}); scale M unless
 * {@code -Dtreatygraph.benchmark.anchorScale} names another.
 */
@Tag("benchmark")
@DisplayName("The generated graph through Neo4j's offline importer")
class OfflineImportAnchorTests {

	/**
	 * What the curators' import counts as facts, as {@link ImportRoundTripTests} does.
	 */
	private static final List<String> FACT_LABELS = List.of("Agreement", "Party", "AgreementAction", "Signature",
			"AgreementLink", "Event", "Attendance", "Membership", "Tenure");

	private static final String NODES_BY_LABEL = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count";

	private static final String RELATIONSHIPS_BY_TYPE = "MATCH ()-[r]->() RETURN type(r) AS label, count(*) AS count";

	@Test
	@DisplayName("the copy counts as the original, label by label, and the importer's rate is printed")
	void shouldCopyTheGraphThroughTheOfflineImporter(@TempDir Path directory) throws Exception {
		Scale scale = Scale
			.valueOf(System.getProperty("treatygraph.benchmark.anchorScale", "M").strip().toUpperCase(Locale.ROOT));
		try (ConfigurableApplicationContext original = start()) {
			Driver driver = original.getBean(Driver.class);
			BulkLoader loader = new BulkLoader(driver, "neo4j", System.out);
			BulkLoader.LoadReport load = loader.load(new SyntheticGraph(scale, 42, loader.countryCodes()), 0);

			long written = System.nanoTime();
			GraphTables tables = GraphTables.write(driver, directory.resolve("tables"));
			Duration writing = Duration.ofNanos(System.nanoTime() - written);

			Path home = directory.resolve("copy");
			List<String> arguments = new ArrayList<>(List.of("--array-delimiter=U+001F", "--multiline-fields=true",
					"--threads=" + Runtime.getRuntime().availableProcessors(),
					"--report-file=" + directory.resolve("import.report")));
			arguments.addAll(tables.importArguments());
			long imported = System.nanoTime();
			int exit = new CommandLine(new ImportCommand.Full(new ExecutionContext(home, home.resolve("conf"))))
				.execute(arguments.toArray(String[]::new));
			Duration importing = Duration.ofNanos(System.nanoTime() - imported);
			assertThat(exit).as("the importer's exit code").isZero();

			List<String> schema = schemaOf(driver);
			DatabaseManagementService copies = new DatabaseManagementServiceBuilder(home)
				.setConfig(BoltConnector.enabled, false)
				.build();
			try {
				GraphDatabaseService copy = copies.database("neo4j");
				long indexed = System.nanoTime();
				schema.forEach(copy::executeTransactionally);
				copy.executeTransactionally("CALL db.awaitIndexes(3600)");
				Duration indexing = Duration.ofNanos(System.nanoTime() - indexed);

				Map<String, Long> nodes = counted(copy, NODES_BY_LABEL);
				assertThat(nodes).as("nodes by label").isEqualTo(counted(driver, NODES_BY_LABEL));
				assertThat(counted(copy, RELATIONSHIPS_BY_TYPE)).as("relationships by type")
					.isEqualTo(counted(driver, RELATIONSHIPS_BY_TYPE));
				assertThat(schemaOf(copy)).as("constraints and indexes").containsExactlyInAnyOrderElementsOf(schema);

				long facts = FACT_LABELS.stream().mapToLong(label -> nodes.getOrDefault(label, 0L)).sum();
				long citations = nodes.getOrDefault("Citation", 0L);
				double seconds = importing.plus(indexing).toNanos() / 1e9;
				String figures = """
						Scale %s through Neo4j's offline importer (the anchor for a first load): %,d nodes and %,d \
						relationships read out as %d CSV tables in %.1f s; imported into an empty database in %.1f s \
						and given the original's %d constraints and indexes in %.1f s: %.1f s in all, **%,.0f facts \
						and citations/s** (%,d facts, %,d citations), %,.0f nodes and relationships/s. The bulk \
						loader wrote the same graph through Cypher at %,.0f facts/s. The copy counted as the original \
						on %d labels and %d relationship types.
						""".formatted(scale, tables.nodes(), tables.relationships(), tables.importArguments().size(),
						writing.toNanos() / 1e9, importing.toNanos() / 1e9, schema.size(), indexing.toNanos() / 1e9,
						seconds, (facts + citations) / seconds, facts, citations,
						(tables.nodes() + tables.relationships()) / seconds, load.factsPerSecond(), nodes.size(),
						counted(copy, RELATIONSHIPS_BY_TYPE).size());
				System.out.println("== " + figures);
				Path output = Path.of("target", "benchmark");
				Files.createDirectories(output);
				Files.writeString(output.resolve("offline-import-anchor.md"), figures);
			}
			finally {
				copies.shutdown();
			}
		}
	}

	/** The statements that create the original's constraints and indexes. */
	private static List<String> schemaOf(Driver driver) {
		List<String> statements = new ArrayList<>();
		try (var session = driver.session()) {
			// a constraint's backing index is created with it
			session.run("SHOW CONSTRAINTS YIELD createStatement")
				.forEachRemaining(row -> statements.add(row.get(0).asString()));
			session.run(
					"SHOW INDEXES YIELD createStatement, owningConstraint, type WHERE owningConstraint IS NULL AND type <> 'LOOKUP'")
				.forEachRemaining(row -> statements.add(row.get(0).asString()));
		}
		return statements;
	}

	private static List<String> schemaOf(GraphDatabaseService database) {
		List<String> statements = new ArrayList<>();
		database.executeTransactionally("SHOW CONSTRAINTS YIELD createStatement", Map.of(), result -> {
			result.forEachRemaining(row -> statements.add((String) row.get("createStatement")));
			return null;
		});
		database.executeTransactionally(
				"SHOW INDEXES YIELD createStatement, owningConstraint, type WHERE owningConstraint IS NULL AND type <> 'LOOKUP'",
				Map.of(), result -> {
					result.forEachRemaining(row -> statements.add((String) row.get("createStatement")));
					return null;
				});
		return statements;
	}

	private static Map<String, Long> counted(Driver driver, String statement) {
		Map<String, Long> counts = new TreeMap<>();
		try (var session = driver.session()) {
			session.run(statement)
				.forEachRemaining(row -> counts.put(row.get("label").asString(), row.get("count").asLong()));
		}
		return counts;
	}

	private static Map<String, Long> counted(GraphDatabaseService database, String statement) {
		Map<String, Long> counts = new TreeMap<>();
		database.executeTransactionally(statement, Map.of(), result -> {
			result.forEachRemaining(row -> counts.put((String) row.get("label"), (Long) row.get("count")));
			return null;
		});
		return counts;
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TreatygraphApplication.class).run("--treatygraph.embedded.ephemeral=true",
				"--treatygraph.embedded.bolt-port=0", "--server.port=0", "--treatygraph.migrations.seed=true",
				"--treatygraph.warmup.enabled=false", "--logging.level.root=WARN",
				"--logging.level.org.treatygraph=WARN", "--spring.main.banner-mode=off");
	}

}
