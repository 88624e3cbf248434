package org.treatygraph.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.treatygraph.TreatygraphApplication;
import org.treatygraph.benchmark.QueryMix.Query;
import org.treatygraph.bulk.BulkLoader;
import org.treatygraph.bulk.Scale;
import org.treatygraph.bulk.SyntheticGraph;
import org.treatygraph.system.CypherStatementCounter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the service on a fresh embedded Neo4j for each scale, loads the synthetic graph
 * through the bulk loader, warms up, and drives the query mix over HTTP from one and from
 * several clients, then fetches the same answers with hand-written Cypher through the
 * driver. Writes a Markdown report, a CSV and a PNG chart under {@code target/benchmark}
 * and prints every figure against its target. A report, never a pass/fail test of speed.
 */
final class Benchmark {

	/**
	 * BCrypt of {@link #CURATOR_PASSWORD}, so the mutation runs as a configured curator.
	 */
	private static final String CURATOR_HASH = "$2a$10$uFTDuVHypqyo6zsWSKNNzuHichTiwzHti5bUN3hXK/9jqDfY5uesW";

	private static final String CURATOR_PASSWORD = "curator-password";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * @param requests requests by one client, one after another, per query and path
	 * @param concurrentFor how long the many clients run per query and path
	 * @param mixedClients clients of the mixed-read run, each cycling through the read
	 * queries for {@code mixedFor}
	 * @param seedRequests requests of the warm comparison on the seed data, per document
	 */
	record Settings(List<Scale> scales, int warmup, int requests, int clients, Duration concurrentFor, int mixedClients,
			Duration mixedFor, int seedRequests, boolean ownJvm, Path output) {

		static Settings full(List<Scale> scales) {
			return new Settings(scales, 30, 150, 8, Duration.ofSeconds(5), 16, Duration.ofSeconds(60), 100, true,
					Path.of("target", "benchmark"));
		}

		/**
		 * Few requests, and no start as its own JVM (fresh, training the AOT cache, then
		 * restarted: about a minute and a half): the smoke run shows the benchmark works,
		 * the full one measures.
		 */
		static Settings smoke(Path output) {
			return new Settings(List.of(Scale.S), 3, 10, 2, Duration.ofMillis(500), 4, Duration.ofSeconds(1), 5, false,
					output);
		}

	}

	/** The figures of one scale. */
	record ScaleResult(Scale scale, long startupMillis, BulkLoader.LoadReport load, Map<String, Measurement> graphQl,
			Map<String, Measurement> cypher, List<Query> queries, long heapBytes, long rssBytes, long hubAgreements,
			MixedLoad.Figures mixed, PageTiming page, SeedQuestions.@Nullable Figures seedAnswers) {
	}

	private final Settings settings;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/** The curator's API token, as an integration would use it rather than a password. */
	private String curatorToken = "";

	Benchmark(Settings settings) {
		this.settings = settings;
	}

	List<ScaleResult> run() throws Exception {
		StartupProbe.@Nullable Startup probed = null;
		if (this.settings.ownJvm()) {
			System.out.println("== Start-up of the service as its own JVM, the README's questions right after it");
			probed = StartupProbe.measure(this.settings.seedRequests());
			System.out.printf("   fresh data directory %,d ms; first answers %s%n", probed.freshMillis(),
					answers(probed.freshAnswers()));
			System.out.printf("   restart with the AOT cache %,d ms; first answers %s%n", probed.restartMillis(),
					answers(probed.lastAnswers()));
			printWarm(probed.lastAnswers());
		}
		List<ScaleResult> results = new ArrayList<>();
		for (Scale scale : this.settings.scales()) {
			// without the probe, the first scale's service is asked the README's
			// questions
			// on its seed data before the generated graph is loaded
			results.add(runScale(scale, probed == null && results.isEmpty()));
		}
		StartupProbe.Startup startup = (probed != null) ? probed : StartupProbe.Startup.inBenchmarkJvm(
				results.getFirst().startupMillis(), Objects.requireNonNull(results.getFirst().seedAnswers()));
		new Report(this.settings, startup, results).write();
		return results;
	}

	private static void printWarm(SeedQuestions.Figures answers) {
		System.out.printf("   warm: the first question p50 %.1f ms vs { __typename } %.1f ms%n",
				answers.firstQuestionP50(), answers.typenameP50());
	}

	private static String answers(SeedQuestions.Figures figures) {
		return "%s ms (slowest %,d ms, %d failed)".formatted(figures.firstMillis(), figures.slowestFirstMillis(),
				figures.failures());
	}

	private ScaleResult runScale(Scale scale, boolean askSeedQuestions) throws Exception {
		System.out.printf("%n== Scale %s: starting the service on a fresh embedded Neo4j%n", scale);
		long started = System.nanoTime();
		ConfigurableApplicationContext service = new SpringApplicationBuilder(TreatygraphApplication.class)
			// arguments, not default properties: application.properties would override
			// those
			.run("--treatygraph.embedded.ephemeral=true", "--treatygraph.embedded.bolt-port=0", "--server.port=0",
					"--treatygraph.embedded.page-cache=512MB", "--treatygraph.security.users[0].name=curator",
					"--treatygraph.security.users[0].role=CURATOR",
					"--treatygraph.security.users[0].password-hash=" + CURATOR_HASH, "--logging.level.root=WARN",
					"--logging.level.org.treatygraph=WARN", "--spring.main.banner-mode=off",
					"--treatygraph.warmup.enabled=false");
		long startupMillis = (System.nanoTime() - started) / 1_000_000;
		try {
			Driver driver = service.getBean(Driver.class);
			CypherStatementCounter counter = service.getBean(CypherStatementCounter.class);
			int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port", "8080"));
			URI endpoint = URI.create("http://localhost:" + port + "/graphql");
			System.out.printf("   started in %,d ms%n", startupMillis);
			SeedQuestions.@Nullable Figures seedAnswers = null;
			if (askSeedQuestions) {
				seedAnswers = new SeedQuestions().measure(endpoint, this.settings.seedRequests());
				System.out.printf("   the README's questions on the seed data, first answers %s%n",
						answers(seedAnswers));
				printWarm(seedAnswers);
			}
			System.out.printf("   loading scale %s%n", scale);

			BulkLoader loader = new BulkLoader(driver, "neo4j", System.out);
			Map<String, String> codes = loader.countryCodes();
			SyntheticGraph graph = new SyntheticGraph(scale, 42, codes);
			BulkLoader.LoadReport load = loader.load(graph, 0);
			System.out.printf(
					"   loaded %,d nodes, %,d relationships, %,d facts in %.1f s: %,.0f facts/s, %,.0f relationships/s%n",
					load.nodes(), load.relationships(), load.facts(), load.took().toMillis() / 1000.0,
					load.factsPerSecond(), load.relationshipsPerSecond());
			load.nanosByKind()
				.forEach((kind, nanos) -> System.out.printf("     %-16s %,8d ms%n", kind, nanos / 1_000_000));

			String hubKey = graph.hub();
			String secondKey = graph.countries().get(1);
			List<String> officials = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				officials.add("gen-person-" + graph.countries().get(i % 10) + "-" + (i / 10));
			}
			Map<String, Object> sourceAndQuote = single(driver, """
					MATCH (s:Source)<-[:FROM_SOURCE]-(c:Citation) WHERE s.id STARTS WITH 'gen-source-'
					RETURN s.id AS source, c.quote AS quote LIMIT 1""", Map.of());
			long hubAgreements = ((Number) single(driver,
					"MATCH (:Country {id: $key})<-[:ACTOR]-(:Party)-[:OF_AGREEMENT]->(a) RETURN count(DISTINCT a) AS n",
					Map.of("key", hubKey))
				.get("n")).longValue();
			String deepCursor = deepCursor(endpoint, codes.get(hubKey));
			this.curatorToken = apiToken(endpoint);
			List<Query> queries = QueryMix.of(codes.get(hubKey), hubKey, codes.get(secondKey), secondKey, officials,
					deepCursor, (String) sourceAndQuote.get("source"), (String) sourceAndQuote.get("quote"));

			// a ratio only means something when both sides give the same answer: the mix
			// as timed, and again with the hubs swapped and with a smaller country
			String third = graph.countries().get(7);
			List<List<Query>> checked = List.of(queries,
					QueryMix.of(codes.get(secondKey), secondKey, codes.get(hubKey), hubKey, officials,
							deepCursor(endpoint, codes.get(secondKey)), (String) sourceAndQuote.get("source"),
							(String) sourceAndQuote.get("quote")),
					QueryMix.of(codes.get(third), third, codes.get(hubKey), hubKey, officials,
							deepCursor(endpoint, codes.get(third)), (String) sourceAndQuote.get("source"),
							(String) sourceAndQuote.get("quote")));
			int compared = 0;
			for (List<Query> mix : checked) {
				compared += assertSameAnswers(endpoint, driver, mix);
			}
			System.out.printf("   GraphQL and raw Cypher gave the same answers in %d comparisons%n", compared);

			java.util.LinkedHashMap<String, Measurement> graphQl = new java.util.LinkedHashMap<>();
			java.util.LinkedHashMap<String, Measurement> cypher = new java.util.LinkedHashMap<>();
			for (Query query : queries) {
				graphQl.put(query.name(), measure(query, i -> overHttp(endpoint, query, i), counter));
				cypher.put(query.name(), measure(query, i -> throughDriver(driver, query, i), null));
				System.out.printf("   %-20s GraphQL %s | Cypher %s%n", query.name(), graphQl.get(query.name()),
						cypher.get(query.name()));
			}
			MixedLoad.Figures mixed = MixedLoad.run(endpoint, queries, this.settings.mixedClients(),
					this.settings.mixedFor());
			System.out.printf("   mixed reads, %d clients for %d s: %s, %.0f req/s, %d timeouts, %d errors%n",
					mixed.clients(), mixed.duration().toSeconds(), mixed.latencies(), mixed.requestsPerSecond(),
					mixed.timeouts(), mixed.errors());
			PageTiming page = PageTiming.ofHub(port, codes.get(hubKey));
			System.out.printf("   analyst page, hub's network: %s%n", page);
			System.gc();
			long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			return new ScaleResult(scale, startupMillis, load, graphQl, cypher, queries, heap, rss(), hubAgreements,
					mixed, page, seedAnswers);
		}
		finally {
			service.close();
		}
	}

	/**
	 * Fails the run where a query's GraphQL and raw Cypher answers differ, on three
	 * inputs each.
	 * @return how many answers were compared
	 */
	private int assertSameAnswers(URI endpoint, Driver driver, List<Query> queries)
			throws IOException, InterruptedException {
		int compared = 0;
		for (Query query : queries) {
			if (query.mutation()) {
				continue;
			}
			for (int i = 0; i < 3; i++) {
				Object viaGraphQl = query.answer().ofGraphQl(graphQlData(endpoint, query, i));
				Object viaCypher = query.answer().ofCypher(cypherRows(driver, query, i));
				if (!viaGraphQl.equals(viaCypher)) {
					throw new IllegalStateException("%s answers differently (input %d):%n GraphQL %s%n Cypher  %s"
						.formatted(query.name(), i, viaGraphQl, viaCypher));
				}
				compared++;
			}
		}
		return compared;
	}

	private JsonNode graphQlData(URI endpoint, Query query, int index) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(post(endpoint, query.graphQl().apply(index), false),
				HttpResponse.BodyHandlers.ofString());
		JsonNode body = JSON.readTree(response.body());
		if (response.statusCode() != 200 || body.has("errors")) {
			throw new IllegalStateException(query.name() + " failed: " + response.body());
		}
		return body.path("data");
	}

	private static List<Map<String, Object>> cypherRows(Driver driver, Query query, int index) {
		Map.Entry<String, Map<String, Object>> statement = query.cypher().apply(index);
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(statement.getKey(), statement.getValue()).list(r -> r.asMap()));
		}
	}

	/** The cursor after the hub's first hundred trade accords. */
	private String deepCursor(URI endpoint, String hubCode) throws IOException, InterruptedException {
		Map<String, Object> body = Map.of("query",
				"query ($c: [String!]) { agreements(filter: {involving: $c, kinds: [TRADE_ACCORD]}, first: 100) { pageInfo { endCursor } } }",
				"variables", Map.of("c", List.of(hubCode)));
		HttpResponse<String> response = this.http.send(post(endpoint, body, false),
				HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body())
			.path("data")
			.path("agreements")
			.path("pageInfo")
			.path("endCursor")
			.asString();
	}

	/**
	 * An API token for the curator, so mutations pay a SHA-256 per request rather than a
	 * BCrypt password check.
	 */
	private String apiToken(URI endpoint) throws IOException, InterruptedException {
		this.curatorToken = "";
		HttpResponse<String> response = this.http.send(post(endpoint,
				Map.of("query", "mutation { createApiToken(input: {name: \"benchmark\"}) { token } }"), true),
				HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body()).path("data").path("createApiToken").path("token").asString();
	}

	/** What one request returns: its size in bytes, or -1 for a failure. */
	private interface Request {

		long send(int index) throws Exception;

	}

	private Measurement measure(Query query, Request request, CypherStatementCounter counter) throws Exception {
		AtomicLong errors = new AtomicLong();
		for (int i = 0; i < this.settings.warmup(); i++) {
			if (request.send(i) < 0) {
				errors.incrementAndGet();
			}
		}
		List<Long> latencies = new ArrayList<>();
		long bytes = 0;
		long statementsBefore = counter == null ? 0 : counter.count();
		long oneStart = System.nanoTime();
		for (int i = 0; i < this.settings.requests(); i++) {
			long start = System.nanoTime();
			long size = request.send(this.settings.warmup() + i);
			latencies.add(System.nanoTime() - start);
			if (size < 0) {
				errors.incrementAndGet();
			}
			else {
				bytes += size;
			}
		}
		double oneSeconds = (System.nanoTime() - oneStart) / 1e9;
		double statements = counter == null ? 1
				: (counter.count() - statementsBefore) / (double) this.settings.requests();
		double many = concurrently(request, errors);
		return Measurement.of(latencies, this.settings.requests() / oneSeconds, this.settings.clients(), many,
				statements, bytes / (double) this.settings.requests(), errors.get());
	}

	private double concurrently(Request request, AtomicLong errors) throws Exception {
		AtomicInteger done = new AtomicInteger();
		long deadline = System.nanoTime() + this.settings.concurrentFor().toNanos();
		ExecutorService clients = Executors.newFixedThreadPool(this.settings.clients());
		try {
			List<Future<?>> running = new ArrayList<>();
			long start = System.nanoTime();
			for (int c = 0; c < this.settings.clients(); c++) {
				int client = c;
				running.add(clients.submit(() -> {
					int i = 100_000 * (client + 1);
					while (System.nanoTime() < deadline) {
						if (request.send(i++) < 0) {
							errors.incrementAndGet();
						}
						done.incrementAndGet();
					}
					return null;
				}));
			}
			for (Future<?> future : running) {
				future.get();
			}
			return done.get() / ((System.nanoTime() - start) / 1e9);
		}
		finally {
			clients.shutdownNow();
		}
	}

	private long overHttp(URI endpoint, Query query, int index) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = this.http.send(post(endpoint, query.graphQl().apply(index), query.mutation()),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			return -1;
		}
		JsonNode body = JSON.readTree(response.body());
		return body.has("errors") ? -1 : response.body().length;
	}

	private HttpRequest post(URI endpoint, Map<String, Object> body, boolean asCurator) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (asCurator) {
			builder.header("Authorization",
					this.curatorToken.isEmpty()
							? "Basic " + Base64.getEncoder()
								.encodeToString(("curator:" + CURATOR_PASSWORD).getBytes(StandardCharsets.UTF_8))
							: "Bearer " + this.curatorToken);
		}
		return builder.build();
	}

	private static long throughDriver(Driver driver, Query query, int index) {
		Map.Entry<String, Map<String, Object>> statement = query.cypher().apply(index);
		try (Session session = driver.session()) {
			List<org.neo4j.driver.Record> records = query.mutation()
					? session.executeWrite(tx -> tx.run(statement.getKey(), statement.getValue()).list())
					: session.executeRead(tx -> tx.run(statement.getKey(), statement.getValue()).list());
			// the size of the answer as JSON, to compare with the GraphQL response
			return JSON.writeValueAsBytes(records.stream().map(org.neo4j.driver.Record::asMap).toList()).length;
		}
	}

	private static Map<String, Object> single(Driver driver, String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, parameters).single().asMap());
		}
	}

	/** Resident set size of this process, from /proc; 0 where there is none. */
	static long rss() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
		}
		catch (IOException ex) {
			// not Linux: reported as unknown
		}
		return 0;
	}

	static List<Scale> scales(String spec) {
		List<Scale> scales = new ArrayList<>();
		for (String name : spec.split(",")) {
			scales.add(Scale.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
		}
		return Collections.unmodifiableList(scales);
	}

}
