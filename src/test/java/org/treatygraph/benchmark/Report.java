package org.treatygraph.benchmark;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;
import org.treatygraph.benchmark.Benchmark.ScaleResult;
import org.treatygraph.benchmark.QueryMix.Query;
import org.treatygraph.bulk.Scale;

/**
 * The benchmark's figures as Markdown, CSV and a chart, each figure beside its target.
 * Targets are reported as met or missed; nothing here fails a build.
 */
final class Report {

	private static final double RATIO_TARGET = 1.3;

	private static final double ROUND_TRIPS_TARGET = 2;

	/** A create with one citation. */
	private static final double MUTATION_STATEMENTS_TARGET = 6;

	private static final double HUB_PAGE_P95_TARGET_MS = 50;

	private static final double LOAD_TARGET = 50_000;

	private static final double STARTUP_TARGET_MS = 10_000;

	private static final long HEAP_TARGET = 1L << 30;

	private final Benchmark.Settings settings;

	private final List<ScaleResult> results;

	private final StartupProbe.Startup startup;

	Report(Benchmark.Settings settings, StartupProbe.Startup startup, List<ScaleResult> results) {
		this.settings = settings;
		this.startup = startup;
		this.results = results;
	}

	void write() throws IOException {
		Files.createDirectories(this.settings.output());
		Path markdown = this.settings.output().resolve("report.md");
		Path csv = this.settings.output().resolve("results.csv");
		Path chart = this.settings.output().resolve("latency.png");
		Files.writeString(markdown, markdown());
		Files.writeString(csv, csv());
		chart(chart);
		System.out.println();
		System.out.println(targets());
		System.out.printf("Report: %s%nCSV:    %s%nChart:  %s%n", markdown.toAbsolutePath(), csv.toAbsolutePath(),
				chart.toAbsolutePath());
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("# Treatygraph benchmark\n\n");
		out.append("Run ")
			.append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
			.append(" on ")
			.append(machine())
			.append(".\n\n");
		out.append(this.startup.ownJvm()
				? "Service start as its own JVM, as `./mvnw spring-boot:run` runs it (Spring Boot's \"process running for\"): **%s** on existing data with the AOT cache the first start trained, %,d ms on a fresh data directory (migrations and seed included).\n\n"
					.formatted(restart(), this.startup.freshMillis())
				: "Service start in the benchmark's JVM (a smoke run does not start it as its own): %,d ms on a fresh data directory.\n\n"
					.formatted(this.startup.freshMillis()));
		out.append("Each query: %d warm-up requests, then %d requests from one client one after another (latencies), "
			.formatted(this.settings.warmup(), this.settings.requests()))
			.append("then %d clients at once for %d ms (throughput). The service and the benchmark share the JVM and the cores; "
				.formatted(this.settings.clients(), this.settings.concurrentFor().toMillis()))
			.append("the raw baseline is the same answer fetched by hand-written Cypher through the Java driver over Bolt, without GraphQL or HTTP.\n\n");
		out.append("## The README's questions on the seed data\n\n");
		SeedQuestions.Figures fresh = this.startup.freshAnswers();
		SeedQuestions.@Nullable Figures restarted = this.startup.restartAnswers();
		out.append(this.startup.ownJvm()
				? "Right after the service started as its own JVM, plan warm-up off, each question asked once:\n\n"
				: "Right after the service started in the benchmark's JVM (which ran other work before: not a first start), plan warm-up off, each question asked once:\n\n");
		out.append((restarted != null) ? "| question | after a fresh start, ms | after a restart, ms |\n|---|---|---|\n"
				: "| question | after a fresh start, ms |\n|---|---|\n");
		for (int i = 0; i < fresh.questions().size(); i++) {
			out.append("| `%s` | %,d |".formatted(fresh.questions().get(i).replaceAll("\\s+", " ").replace("|", "\\|"),
					fresh.firstMillis().get(i)));
			out.append((restarted != null) ? " %,d |\n".formatted(restarted.firstMillis().get(i)) : "\n");
		}
		SeedQuestions.Figures warm = this.startup.lastAnswers();
		out.append(
				"\nWarm, %d requests each after as many untimed: the first question p50 **%.1f ms**, `{ __typename }` p50 %.1f ms (%.2f×).\n\n"
					.formatted(this.settings.seedRequests(), warm.firstQuestionP50(), warm.typenameP50(),
							warm.firstQuestionP50() / warm.typenameP50()));
		for (ScaleResult result : this.results) {
			out.append("## Scale %s\n\n".formatted(result.scale()));
			out.append(
					"Graph: %,d nodes and %,d relationships (%,d facts) loaded in %.1f s: **%,.0f facts/s**, %,.0f relationships/s. "
						.formatted(result.load().nodes(), result.load().relationships(), result.load().facts(),
								result.load().took().toMillis() / 1000.0, result.load().factsPerSecond(),
								result.load().relationshipsPerSecond()))
				.append("The hub country is party to %,d agreements. ".formatted(result.hubAgreements()))
				.append("In-process start for this scale (fresh database): %,d ms. Heap after GC: **%,d MiB**; RSS: %,d MiB.\n\n"
					.formatted(result.startupMillis(), result.heapBytes() >> 20, result.rssBytes() >> 20));
			out.append(
					"| query | GraphQL p50 / p95 / p99 ms | Cypher p50 / p95 / p99 ms | p50 ratio | req/s 1 client | req/s %d clients | statements/request | response bytes | errors |\n"
						.formatted(this.settings.clients()));
			out.append("|---|---|---|---|---|---|---|---|---|\n");
			for (Query query : result.queries()) {
				Measurement g = result.graphQl().get(query.name());
				Measurement c = result.cypher().get(query.name());
				out.append(
						"| %s | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %.2f× | %.0f (Cypher %.0f) | %.0f (Cypher %.0f) | %.1f | %,.0f (Cypher %,.0f) | %d |\n"
							.formatted(query.name(), g.p50(), g.p95(), g.p99(), c.p50(), c.p95(), c.p99(),
									g.p50() / c.p50(), g.throughputOne(), c.throughputOne(), g.throughputMany(),
									c.throughputMany(), g.statementsPerRequest(), g.bytesPerResponse(),
									c.bytesPerResponse(), g.errors() + c.errors()));
			}
			out.append('\n');
			MixedLoad.Figures mixed = result.mixed();
			out.append(
					"Mixed reads, %d clients cycling through the read queries for %d s: p50 / p95 / p99 **%.1f / %.1f / %.1f ms**, %.0f req/s, **%d timeouts**, %d other errors.\n\n"
						.formatted(mixed.clients(), mixed.duration().toSeconds(), mixed.latencies().p50(),
								mixed.latencies().p95(), mixed.latencies().p99(), mixed.requestsPerSecond(),
								mixed.timeouts(), mixed.errors()));
			out.append("The analyst page on the hub country, in Chromium, from navigation to its network drawn: %s.\n\n"
				.formatted(result.page()));
			for (Query query : result.queries()) {
				out.append("- `%s`: %s\n".formatted(query.name(), query.description()));
			}
			out.append('\n');
		}
		out.append("## Targets\n\n```\n").append(targets()).append("```\n\n![latency](latency.png)\n");
		return out.toString();
	}

	/** Every target with the figure that meets or misses it. */
	String targets() {
		StringBuilder out = new StringBuilder(
				"Targets (M unless stated; the largest scale run stands in when M was not run):\n");
		ScaleResult target = this.results.stream()
			.filter(result -> result.scale() == Scale.M)
			.findFirst()
			.orElse(this.results.getLast());
		for (Query query : target.queries()) {
			Measurement g = target.graphQl().get(query.name());
			Measurement c = target.cypher().get(query.name());
			if (!query.mutation()) {
				line(out, "GraphQL p50 <= 1.3x raw Cypher, %s at %s".formatted(query.name(), target.scale()),
						"%.2fx (%.1f vs %.1f ms)".formatted(g.p50() / c.p50(), g.p50(), c.p50()),
						g.p50() / c.p50() <= RATIO_TARGET);
			}
		}
		for (ScaleResult result : this.results) {
			for (Query query : result.queries()) {
				double statements = result.graphQl().get(query.name()).statementsPerRequest();
				double most = query.mutation() ? MUTATION_STATEMENTS_TARGET : ROUND_TRIPS_TARGET;
				line(out, "statements per request <= %.0f, %s at %s".formatted(most, query.name(), result.scale()),
						"%.1f".formatted(statements), statements <= most);
			}
		}
		long slowest = Math.max(this.startup.freshAnswers().slowestFirstMillis(),
				(this.startup.restartAnswers() != null) ? this.startup.restartAnswers().slowestFirstMillis() : 0);
		int failures = this.startup.freshAnswers().failures()
				+ ((this.startup.restartAnswers() != null) ? this.startup.restartAnswers().failures() : 0);
		line(out,
				"README questions' first answers < 1 s after start, warm-up off"
						+ (this.startup.ownJvm() ? "" : " (in the benchmark's JVM)"),
				"slowest %,d ms".formatted(slowest), slowest < 1000 && failures == 0);
		SeedQuestions.Figures warm = this.startup.lastAnswers();
		line(out, "README's first question p50 <= 2x { __typename }",
				"%.2fx (%.1f vs %.1f ms)".formatted(warm.firstQuestionP50() / warm.typenameP50(),
						warm.firstQuestionP50(), warm.typenameP50()),
				warm.firstQuestionP50() <= 2 * warm.typenameP50());
		line(out, "mixed reads at " + target.scale() + ": no timeouts", "%d timeouts, p99 %.1f ms, %d clients"
			.formatted(target.mixed().timeouts(), target.mixed().latencies().p99(), target.mixed().clients()),
				target.mixed().timeouts() == 0);
		for (ScaleResult result : this.results) {
			line(out, "hub's network on the analyst page < 2 s at " + result.scale(),
					"%,d ms warm, %,d ms first".formatted(result.page().warmMillis(), result.page().firstMillis()),
					result.page().warmMillis() < 2000);
		}
		Measurement hub = target.graphQl().get("country-profile");
		line(out, "hub's first page p95 < 50 ms at " + target.scale(), "%.1f ms".formatted(hub.p95()),
				hub.p95() < HUB_PAGE_P95_TARGET_MS);
		for (ScaleResult result : this.results) {
			line(out, "bulk load >= 50k facts/s at " + result.scale(),
					"%,.0f facts/s".formatted(result.load().factsPerSecond()),
					result.load().factsPerSecond() >= LOAD_TARGET);
		}
		if (this.startup.restartMillis() != null) {
			line(out, "service start < 10 s, restart on existing data (AOT cache)", restart(),
					this.startup.restartMillis() < STARTUP_TARGET_MS);
		}
		if (this.startup.ownJvm()) {
			line(out, "service start < 10 s, first start (migrations, seed)",
					"%,d ms".formatted(this.startup.freshMillis()), this.startup.freshMillis() < STARTUP_TARGET_MS);
		}
		line(out, "heap < 1 GiB at " + target.scale(), "%,d MiB after GC".formatted(target.heapBytes() >> 20),
				target.heapBytes() < HEAP_TARGET);
		return out.toString();
	}

	private static void line(StringBuilder out, String target, String figure, boolean met) {
		out.append("  [%s] %-55s %s%n".formatted(met ? "met   " : "MISSED", target, figure));
	}

	String csv() {
		StringBuilder out = new StringBuilder(
				"scale,query,path,p50_ms,p95_ms,p99_ms,rps_1_client,clients,rps_clients,statements_per_request,bytes_per_response,errors,startup_ms,load_facts_per_s,heap_mib,rss_mib\n");
		for (ScaleResult result : this.results) {
			for (Query query : result.queries()) {
				row(out, result, query.name(), "graphql", result.graphQl().get(query.name()));
				row(out, result, query.name(), "cypher", result.cypher().get(query.name()));
			}
		}
		return out.toString();
	}

	private static void row(StringBuilder out, ScaleResult result, String query, String path, Measurement m) {
		out.append(String.format(Locale.ROOT, "%s,%s,%s,%.3f,%.3f,%.3f,%.1f,%d,%.1f,%.2f,%.0f,%d,%d,%.0f,%d,%d%n",
				result.scale(), query, path, m.p50(), m.p95(), m.p99(), m.throughputOne(), m.clients(),
				m.throughputMany(), m.statementsPerRequest(), m.bytesPerResponse(), m.errors(), result.startupMillis(),
				result.load().factsPerSecond(), result.heapBytes() >> 20, result.rssBytes() >> 20));
	}

	/** p50 latency per query, one bar per scale and path, on a log scale. */
	private void chart(Path file) throws IOException {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (ScaleResult result : this.results) {
			for (Query query : result.queries()) {
				data.addValue(Math.max(0.01, result.graphQl().get(query.name()).p50()), result.scale() + " GraphQL",
						query.name());
				data.addValue(Math.max(0.01, result.cypher().get(query.name()).p50()), result.scale() + " Cypher",
						query.name());
			}
		}
		JFreeChart chart = ChartFactory.createBarChart("p50 latency per query and scale", "query", "ms (log scale)",
				data, PlotOrientation.VERTICAL, true, false, false);
		CategoryPlot plot = chart.getCategoryPlot();
		LogAxis axis = new LogAxis("ms (log scale)");
		axis.setSmallestValue(0.01);
		plot.setRangeAxis(axis);
		plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		ChartUtils.saveChartAsPNG(file.toFile(), chart, 1200, 700);
	}

	private static String machine() {
		String cpu = "unknown CPU";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(line -> line.startsWith("model name"))
				.map(line -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse(cpu);
		}
		catch (IOException ex) {
			// not Linux
		}
		List<String> parts = new ArrayList<>();
		parts.add("%d cores (%s)".formatted(Runtime.getRuntime().availableProcessors(), cpu));
		parts.add("max heap %,d MiB".formatted(Runtime.getRuntime().maxMemory() >> 20));
		parts.add("%s %s".formatted(System.getProperty("os.name"), System.getProperty("os.version")));
		parts.add("Java " + System.getProperty("java.version"));
		return String.join(", ", parts);
	}

	private String restart() {
		Long restart = this.startup.restartMillis();
		return (restart != null) ? "%,d ms".formatted(restart) : "not measured in this run";
	}

}
