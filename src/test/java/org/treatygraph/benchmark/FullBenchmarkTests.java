package org.treatygraph.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark as one command: {@code ./mvnw -Pbenchmark test}, scales from
 * {@code -Dbenchmark.scales=S,M} (S and M by default). Tagged so that the normal test run
 * leaves it out.
 */
@Tag("benchmark")
class FullBenchmarkTests {

	@Test
	void run() throws Exception {
		new Benchmark(Benchmark.Settings.full(Benchmark.scales(System.getProperty("benchmark.scales", "S,M")))).run();
	}

}
