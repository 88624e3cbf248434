package org.treatygraph.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * Facts in and out of the generated graph at scale M (or the scale
 * {@code -Dtreatygraph.benchmark.exchangeScale} names), loaded once: every export read
 * over HTTP while the live heap is sampled, and the anchor the curators' import is
 * measured against, the graph written into an empty database by Neo4j's offline importer.
 * Part of the benchmark ({@code ./mvnw -Pbenchmark test}): loading M takes minutes.
 */
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Facts in and out of the generated graph at scale M")
class ExchangeAtScaleTests {

	/**
	 * What the curators' import counts as facts, as {@link ImportRoundTripTests} does.
	 */
	private static final List<String> FACT_LABELS = List.of("Agreement", "Party", "AgreementAction", "Signature",
			"AgreementLink", "Event", "Attendance", "Membership", "Tenure");

	private static final String NODES_BY_LABEL = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count";

	private static final String RELATIONSHIPS_BY_TYPE = "MATCH ()-[r]->() RETURN type(r) AS label, count(*) AS count";

	/** Live heap is sampled each time this much more of an export has arrived. */
	private static final long SAMPLE_EVERY = 4L << 20;

	/** The most an export of the whole graph may grow the heap while it streams. */
	private static final long MOST_GROWTH = 60_000_000;

	private final Scale scale = Scale
		.valueOf(System.getProperty("treatygraph.benchmark.exchangeScale", "M").strip().toUpperCase(Locale.ROOT));

	private ConfigurableApplicationContext service;

	private Driver driver;

	private BulkLoader.LoadReport load;

	private List<String> countries;

	@BeforeAll
	void loadTheGeneratedGraph() {
		this.service = new SpringApplicationBuilder(TreatygraphApplication.class).run(
				"--treatygraph.embedded.ephemeral=true", "--treatygraph.embedded.bolt-port=0", "--server.port=0",
				"--treatygraph.migrations.seed=true", "--treatygraph.warmup.enabled=false", "--logging.level.root=WARN",
				"--logging.level.org.treatygraph=WARN", "--spring.main.banner-mode=off");
		this.driver = this.service.getBean(Driver.class);
		BulkLoader loader = new BulkLoader(this.driver, "neo4j", System.out);
		SyntheticGraph graph = new SyntheticGraph(this.scale, 42, loader.countryCodes());
		this.load = loader.load(graph, 0);
		Map<String, String> codes = loader.countryCodes();
		this.countries = graph.countries().stream().map(codes::get).toList();
	}

	@AfterAll
	void stop() {
		this.service.close();
	}

	/**
	 * An export that gathered its lines before sending them would hold the graph in the
	 * heap: the service and its embedded Neo4j share this JVM, so the live heap sampled
	 * as the bytes arrive counts both. Until 2026-11-30 the whole graph's lines grew it
	 * by more than 180 MB between their first bytes and their last at scale M, and so did
	 * the citations table: rows a sort had taken in, each with its line. Each export is
	 * read once before it is measured, so that planning its statements does not count;
	 * then, after its first bytes, an export of the whole graph may grow the heap by no
	 * more than {@link #MOST_GROWTH}, half of what the whole graph's lines weigh at M, so
	 * the check means something from scale M up. The bound is that loose because two
	 * samples of the same idle service differ by up to 38 MB here (pooled buffers,
	 * caches); the statements' plans are checked exactly by {@code ExportStreamingTests}.
	 * What a request holds from its start (a filter's ids) is printed, not bounded.
	 */
	@Test
	@DisplayName("every export of the whole graph streams: none grows the heap by more than half of what its lines weigh")
	void shouldStreamEveryExportInConstantMemory() throws Exception {
		List<String> paths = new ArrayList<>(List.of("/export", "/export?involving=" + this.countries.getLast(),
				"/export?involving=" + this.countries.getFirst(), "/export/popolo"));
		List.of("agreements", "parties", "actions", "signatures", "memberships", "tenures", "citations", "claims")
			.forEach(table -> paths.add("/export/csv/" + table));
		StringBuilder figures = new StringBuilder(
				"Scale %s, each export read over HTTP, live heap sampled after a full collection every %d MB received (the time includes the collections):%n%n"
					.formatted(this.scale, SAMPLE_EVERY >> 20));
		figures.append(
				"| Export | Size | Lines | Time | Held at the first bytes | Grown after them |\n|---|---|---|---|---|---|\n");
		Map<String, HeapWhileReading> read = new LinkedHashMap<>();
		// a first read plans each statement and fills the parser's and planner's caches,
		// which would count as growth
		for (String path : paths) {
			HeapWhileReading.of(this.service, path, Long.MAX_VALUE);
		}
		for (String path : paths) {
			HeapWhileReading reading = HeapWhileReading.of(this.service, path, SAMPLE_EVERY);
			read.put(path, reading);
			figures.append("| `%s` | %.1f MB | %,d | %.1f s | %.0f MB | %.1f MB |%n".formatted(path,
					reading.bytes() / 1e6, reading.lines(), reading.took().toNanos() / 1e9,
					reading.atFirstBytes() / 1e6, reading.grown() / 1e6));
		}
		System.out.println("== " + figures);
		Path output = Path.of("target", "benchmark");
		Files.createDirectories(output);
		Files.writeString(output.resolve("export-memory.md"), figures);

		assertThat(read.get("/export").bytes()).as("the whole graph's lines against the bound")
			.isGreaterThan(2 * MOST_GROWTH);
		read.forEach((path, reading) -> {
			if (!path.contains("involving=")) {
				assertThat(reading.grown()).as("live heap grown while reading %s", path).isLessThan(MOST_GROWTH);
			}
		});
	}

	@Test
	@DisplayName("Neo4j's offline importer copies it into an empty database, counted as the original, and its rate is printed")
	void shouldCopyTheGraphThroughTheOfflineImporter(@TempDir Path directory) throws Exception {
		long written = System.nanoTime();
		GraphTables tables = GraphTables.write(this.driver, directory.resolve("tables"));
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

		List<String> schema = schemaOf(this.driver);
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
			Map<String, Long> relationships = counted(copy, RELATIONSHIPS_BY_TYPE);
			assertThat(nodes).as("nodes by label").isEqualTo(counted(this.driver, NODES_BY_LABEL));
			assertThat(relationships).as("relationships by type")
				.isEqualTo(counted(this.driver, RELATIONSHIPS_BY_TYPE));
			assertThat(schemaOf(copy)).as("constraints and indexes").containsExactlyInAnyOrderElementsOf(schema);

			long facts = FACT_LABELS.stream().mapToLong(label -> nodes.getOrDefault(label, 0L)).sum();
			long citations = nodes.getOrDefault("Citation", 0L);
			double seconds = importing.plus(indexing).toNanos() / 1e9;
			String figures = """
					Scale %s through Neo4j's offline importer (the anchor for a first load): %,d nodes and %,d \
					relationships read out as %d CSV tables in %.1f s; imported into an empty database in %.1f s \
					and given the original's %d constraints and indexes in %.1f s: %.1f s in all, **%,.0f facts \
					and citations/s** (%,.0f facts/s; %,d facts, %,d citations), %,.0f nodes and relationships/s. \
					The bulk loader wrote the same graph through Cypher at %,.0f facts/s. The copy counted as the \
					original on %d labels and %d relationship types.
					""".formatted(this.scale, tables.nodes(), tables.relationships(), tables.importArguments().size(),
					writing.toNanos() / 1e9, importing.toNanos() / 1e9, schema.size(), indexing.toNanos() / 1e9,
					seconds, (facts + citations) / seconds, facts / seconds, facts, citations,
					(tables.nodes() + tables.relationships()) / seconds, this.load.factsPerSecond(), nodes.size(),
					relationships.size());
			System.out.println("== " + figures);
			Path output = Path.of("target", "benchmark");
			Files.createDirectories(output);
			Files.writeString(output.resolve("offline-import-anchor.md"), figures);
		}
		finally {
			copies.shutdown();
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

}
