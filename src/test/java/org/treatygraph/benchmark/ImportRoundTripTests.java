package org.treatygraph.benchmark;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.treatygraph.RoundTripQuestion;
import org.treatygraph.TreatygraphApplication;
import org.treatygraph.bulk.BulkLoader;
import org.treatygraph.bulk.Scale;
import org.treatygraph.bulk.SyntheticGraph;
import org.treatygraph.exchange.GraphExport;
import org.treatygraph.exchange.GraphImport;
import org.treatygraph.exchange.ImportReport;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated graph at scale S, exported whole and imported into an empty database
 * through the curators' import (every line a mutation, checked, cited and recorded): the
 * copy must count and answer as the original does, ids aside, before the import's rate is
 * reported. Part of the benchmark ({@code ./mvnw -Pbenchmark test}): at the import's rate
 * it takes minutes, too long for every build.
 */
@Tag("benchmark")
@DisplayName("Scale S exported and imported again")
class ImportRoundTripTests {

	/** What the import makes: facts of these labels and their citations. */
	private static final List<String> FACT_LABELS = List.of("Agreement", "Party", "AgreementAction", "Signature",
			"AgreementLink", "Event", "Attendance", "Membership", "Tenure");

	private static final List<String> OTHER_LABELS = List.of("Country", "Organization", "Person", "Place", "Source",
			"Citation", "Retracted");

	@Test
	@DisplayName("the copy counts and answers as the original, ids aside, and the import's rate is printed")
	void shouldAnswerTheSameAfterARoundTripAtScaleS(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("scale-s.jsonl");
		try (ConfigurableApplicationContext original = start(true)) {
			BulkLoader loader = new BulkLoader(original.getBean(Driver.class), "neo4j", System.out);
			SyntheticGraph graph = new SyntheticGraph(Scale.S, 42, loader.countryCodes());
			loader.load(graph, 0);
			long exportStarted = System.nanoTime();
			long lines;
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
				lines = original.getBean(GraphExport.class).write(out);
			}
			Duration exportTook = Duration.ofNanos(System.nanoTime() - exportStarted);
			SlowRead slow = SlowRead.of(original);
			// the servlet container's async timeout and the database's transaction
			// timeout
			// (30 s each) cut this read at 7,111 lines, the body ended as if whole
			assertThat(slow.took()).as("a read slower than 30 s").isGreaterThan(Duration.ofSeconds(31));
			assertThat(slow.lines()).as("lines a slow client got over HTTP").isEqualTo(lines);

			try (ConfigurableApplicationContext copy = start(false)) {
				Imported first = Imported.into(copy, file);
				ImportReport report = first.report();
				Duration importTook = first.took();
				assertThat(report.rejected()).as("refused lines").isEmpty();
				assertThat(report.lines()).isEqualTo(lines);
				assertThat(report.ended()).as("the file ends with the export's end line").isTrue();

				Map<String, Long> counted = counts(copy);
				assertThat(counted).as("nodes by label").isEqualTo(counts(original));
				int questions = 0;
				List<String> countries = graph.countries();
				Map<String, String> codes = loader.countryCodes();
				for (int index : List.of(0, 1, 7, 60)) {
					String code = codes.get(countries.get(index));
					String other = codes.get(countries.get(index == 0 ? 1 : 0));
					String name = name(original, countries.get(index));
					List<RoundTripQuestion> asked = List.of(
							new RoundTripQuestion("roundTripOfACountry", Map.of("code", code, "other", other)),
							new RoundTripQuestion("countryProfile", Map.of("name", name)));
					for (RoundTripQuestion question : asked) {
						assertThat(question.answerOf(graphQl(copy))).as(question.toString())
							.isEqualTo(question.answerOf(graphQl(original)));
						questions++;
					}
				}
				// the same file again, as after an import cut short: every line finds
				// what it
				// records
				Imported again = Imported.into(copy, file);
				assertThat(again.report().created()).as("lines a second import created").isZero();
				assertThat(again.report().refused()).as("lines a second import refused").isZero();
				assertThat(counts(copy)).as("nodes by label after a second import").isEqualTo(counted);
				long facts = FACT_LABELS.stream().mapToLong(counted::get).sum();
				long citations = counted.get("Citation");
				double seconds = importTook.toNanos() / 1e9;
				String figures = """
						Scale S exported whole: %,d lines in %.1f s (%,.0f lines/s). Imported into an empty \
						database through the curators' import: %.1f s, **%,.0f lines/s**, %,.0f facts and \
						citations/s (%,d facts, %,d citations). The copy counted as the original on %d labels and \
						answered %d questions as it did, ids aside. Imported again: %.1f s, nothing created (%,d lines \
						found, %,d already recorded). The same export over HTTP, read by a slow client (8 KB every \
						20 ms): all %,d lines in %.1f s.
						""".formatted(lines, exportTook.toNanos() / 1e9, lines / (exportTook.toNanos() / 1e9), seconds,
						lines / seconds, (facts + citations) / seconds, facts, citations, counted.size(), questions,
						again.took().toNanos() / 1e9, again.report().found(), again.report().skipped(), slow.lines(),
						slow.took().toNanos() / 1e9);
				System.out.println("== " + figures);
				Path output = Path.of("target", "benchmark");
				Files.createDirectories(output);
				Files.writeString(output.resolve("import-round-trip.md"), figures);
			}
		}
	}

	/**
	 * A file imported through the curators' import, as a curator, and how long it took.
	 */
	private record Imported(ImportReport report, Duration took) {

		static Imported into(ConfigurableApplicationContext service, Path file) throws IOException {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("benchmark", null, List
					.of(new SimpleGrantedAuthority("ROLE_CURATOR"), new SimpleGrantedAuthority("ROLE_READER"))));
			long started = System.nanoTime();
			try (BufferedReader in = Files.newBufferedReader(file)) {
				ImportReport report = service.getBean(GraphImport.class)
					.run(in, 2_000, (progress) -> System.out.printf("   imported %,d lines, %,.0f lines/s%n",
							progress.lines(), progress.linesPerSecond()));
				return new Imported(report, Duration.ofNanos(System.nanoTime() - started));
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

	}

	/**
	 * {@code GET /export} read as a slow client reads it, 8 KB every 20 ms: the lines it
	 * got and how long it took.
	 */
	private record SlowRead(long lines, Duration took) {

		static SlowRead of(ConfigurableApplicationContext service) throws Exception {
			String port = service.getEnvironment().getProperty("local.server.port");
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			long started = System.nanoTime();
			HttpResponse<InputStream> response = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/export")).GET().build(),
					HttpResponse.BodyHandlers.ofInputStream());
			assertThat(response.statusCode()).isEqualTo(200);
			long lines = 0;
			byte[] buffer = new byte[8192];
			try (InputStream in = response.body()) {
				int read;
				while ((read = in.read(buffer)) > 0) {
					for (int i = 0; i < read; i++) {
						lines += (buffer[i] == '\n') ? 1 : 0;
					}
					Thread.sleep(20);
				}
			}
			return new SlowRead(lines, Duration.ofNanos(System.nanoTime() - started));
		}

	}

	private static ConfigurableApplicationContext start(boolean seed) {
		return new SpringApplicationBuilder(TreatygraphApplication.class).run("--treatygraph.embedded.ephemeral=true",
				"--treatygraph.embedded.bolt-port=0", "--server.port=0", "--treatygraph.migrations.seed=" + seed,
				"--treatygraph.warmup.enabled=false", "--logging.level.root=WARN",
				"--logging.level.org.treatygraph=WARN", "--spring.main.banner-mode=off");
	}

	private static HttpGraphQlTester graphQl(ConfigurableApplicationContext service) {
		String port = service.getEnvironment().getProperty("local.server.port");
		// a hub's profile at scale S is a few megabytes
		return HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.responseTimeout(Duration.ofSeconds(60))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
			.build());
	}

	private static Map<String, Long> counts(ConfigurableApplicationContext service) {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (var session = service.getBean(Driver.class).session()) {
			for (String label : concat(FACT_LABELS, OTHER_LABELS)) {
				counts.put(label,
						session.run("MATCH (n:$($label)) RETURN count(n) AS n", Map.of("label", label))
							.single()
							.get("n")
							.asLong());
			}
		}
		return counts;
	}

	private static String name(ConfigurableApplicationContext service, String countryKey) {
		try (var session = service.getBean(Driver.class).session()) {
			return session.run("MATCH (c:Country {id: $key}) RETURN c.name AS name", Map.of("key", countryKey))
				.single()
				.get("name")
				.asString();
		}
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

}
