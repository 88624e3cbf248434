package org.treatygraph.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark end to end at scale S with few requests, so it never rots: every query
 * answers without error on both paths, and the report, CSV and chart are written. Speed
 * is not judged here.
 */
@DisplayName("The benchmark, in a smoke run at scale S")
class BenchmarkSmokeTests {

	@Test
	@DisplayName("runs every query over GraphQL and raw Cypher without error and writes its report, CSV and chart")
	void shouldRunEndToEndAtScaleS(@TempDir Path output) throws Exception {
		List<Benchmark.ScaleResult> results = new Benchmark(Benchmark.Settings.smoke(output)).run();

		assertThat(results).singleElement().satisfies(result -> {
			assertThat(result.load().relationships()).isGreaterThan(50_000);
			assertThat(result.graphQl()).hasSize(7).allSatisfy((query, measurement) -> {
				assertThat(measurement.errors()).as(query + " over GraphQL").isZero();
				assertThat(measurement.p50()).as(query).isPositive();
			});
			assertThat(result.cypher()).hasSize(7)
				.allSatisfy((query, measurement) -> assertThat(measurement.errors()).as(query + " in Cypher").isZero());
			assertThat(result.graphQl().get("country-profile").statementsPerRequest()).isPositive();
			// the README's questions, asked on the seed data before the graph was loaded
			assertThat(result.seedAnswers()).isNotNull().satisfies(answers -> {
				assertThat(answers.failures()).isZero();
				assertThat(answers.firstMillis()).hasSameSizeAs(SeedQuestions.questions()).hasSizeGreaterThan(5);
			});
			// the hub's network on the analyst page: drawn, capped, with more to show
			assertThat(result.page().nodes()).isBetween(2, 200);
			assertThat(result.page().notDrawn()).contains("not drawn");
			assertThat(result.page().agreementsListed()).isEqualTo(100);
			assertThat(result.page().agreementsAfterMore()).isEqualTo(200);
		});
		assertThat(Files.readString(output.resolve("report.md"))).contains("## Scale S", "deep-filtered-page",
				"curator-mutation", "## Targets", "analyst page", "## The README's questions on the seed data");
		assertThat(Files.readAllLines(output.resolve("results.csv"))).hasSize(1 + 7 * 2);
		assertThat(Files.size(output.resolve("latency.png"))).isPositive();
	}

}
