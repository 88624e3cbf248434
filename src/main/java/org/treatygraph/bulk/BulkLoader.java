package org.treatygraph.bulk;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.summary.SummaryCounters;
import org.treatygraph.agreement.AgreementState;

/**
 * Writes batches through the Java driver, one UNWIND statement and one transaction per
 * batch, against the same constraints and indexes as the service. This is also how a
 * large existing data set is best imported: rows shaped as {@link BulkStatements}
 * documents.
 */
public class BulkLoader {

	private final Driver driver;

	private final String database;

	private final PrintStream progress;

	public BulkLoader(Driver driver, String database, PrintStream progress) {
		this.driver = driver;
		this.database = database;
		this.progress = progress;
	}

	/** ISO codes by id of the Country nodes the migrations created. */
	public Map<String, String> countryCodes() {
		try (Session session = this.driver.session(SessionConfig.forDatabase(this.database))) {
			return session
				.executeRead(tx -> tx.run("MATCH (c:Country) RETURN c.id AS key, c.code AS code")
					.list(row -> Map.entry(row.get("key").asString(), row.get("code").asString())))
				.stream()
				.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		}
	}

	/**
	 * Loads a synthetic graph, drawing a progress bar of {@code expectedFacts}.
	 */
	public LoadReport load(SyntheticGraph graph, long expectedFacts) {
		long start = System.nanoTime();
		Totals totals = new Totals();
		try (Session session = this.driver.session(SessionConfig.forDatabase(this.database))) {
			Consumer<Batch> writer = batch -> {
				long batchStart = System.nanoTime();
				ResultSummary summary = session.executeWrite(tx -> {
					ResultSummary written = tx.run(batch.statement(), Map.of("rows", batch.rows())).consume();
					if (batch.statement().equals(BulkStatements.AGREEMENTS)) {
						// the status reads take from the node, by the same rule curation
						// follows
						tx.run(AgreementState.REFRESH,
								AgreementState.refreshing(batch.rows().stream().map(row -> row.get("id")).toList()))
							.consume();
					}
					return written;
				});
				SummaryCounters counters = summary.counters();
				totals.nodes += counters.nodesCreated();
				totals.relationships += counters.relationshipsCreated();
				totals.facts += batch.facts();
				totals.batches++;
				totals.nanosByKind.merge(kindOf(batch.statement()), System.nanoTime() - batchStart, Long::sum);
				draw(totals, expectedFacts, System.nanoTime() - start);
			};
			graph.generate(writer);
			totals.drawnAt = Long.MIN_VALUE / 2;
			draw(totals, expectedFacts, System.nanoTime() - start);
		}
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		this.progress.println();
		return new LoadReport(totals.nodes, totals.relationships, totals.facts, totals.batches, took,
				Map.copyOf(totals.nanosByKind));
	}

	private void draw(Totals totals, long expectedFacts, long nanos) {
		// twice a second is enough for a terminal, and keeps captured logs small
		if (nanos - totals.drawnAt < 500_000_000L) {
			return;
		}
		totals.drawnAt = nanos;
		double seconds = nanos / 1e9;
		int width = 40;
		int done = (int) Math.min(width, expectedFacts == 0 ? width : totals.facts * width / expectedFacts);
		this.progress.printf("\r[%s%s] %,d facts, %,d relationships, %,.0f facts/s, %,.0f relationships/s   ",
				"#".repeat(done), " ".repeat(width - done), totals.facts, totals.relationships, totals.facts / seconds,
				totals.relationships / seconds);
		this.progress.flush();
	}

	private static final class Totals {

		long nodes;

		long relationships;

		long facts;

		int batches;

		long drawnAt = -1_000_000_000L;

		final Map<String, Long> nanosByKind = new java.util.TreeMap<>();

	}

	/** The first label a statement creates, to tell where load time goes. */
	static String kindOf(String statement) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("CREATE \\(\\w*:(\\w+)").matcher(statement);
		return matcher.find() ? matcher.group(1) : "other";
	}

	/** What a load wrote and how fast. */
	public record LoadReport(long nodes, long relationships, long facts, int batches, Duration took,
			Map<String, Long> nanosByKind) {

		public double factsPerSecond() {
			return this.facts / (this.took.toNanos() / 1e9);
		}

		public double relationshipsPerSecond() {
			return this.relationships / (this.took.toNanos() / 1e9);
		}

	}

}
