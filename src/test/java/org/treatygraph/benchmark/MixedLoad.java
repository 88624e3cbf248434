package org.treatygraph.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.treatygraph.benchmark.QueryMix.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many dashboards at once: clients that each cycle through the read queries of the mix
 * for a fixed time, counting the answers the service cut with {@code TIMEOUT} and any
 * other error.
 */
final class MixedLoad {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * @param latencies every request's latency
	 * @param timeouts answers with a {@code TIMEOUT} error
	 * @param errors other failed answers
	 */
	record Figures(int clients, Duration duration, Measurement latencies, long requests, long timeouts, long errors) {

		double requestsPerSecond() {
			return this.requests / (this.duration.toMillis() / 1000.0);
		}

	}

	static Figures run(URI endpoint, List<Query> queries, int clients, Duration duration) throws Exception {
		List<Query> reads = queries.stream().filter(query -> !query.mutation()).toList();
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong timeouts = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		long deadline = System.nanoTime() + duration.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				int client = c;
				running.add(pool.submit(() -> {
					for (int i = client; System.nanoTime() < deadline; i++) {
						Query query = reads.get(i % reads.size());
						long start = System.nanoTime();
						HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
							.header("Content-Type", "application/json")
							.header("Accept", "application/graphql-response+json")
							.POST(HttpRequest.BodyPublishers
								.ofString(JSON.writeValueAsString(query.graphQl().apply(1000 * client + i))))
							.build(), HttpResponse.BodyHandlers.ofString());
						latencies.add(System.nanoTime() - start);
						JsonNode body = JSON.readTree(response.body());
						if (body.toString().contains("\"TIMEOUT\"")) {
							timeouts.incrementAndGet();
						}
						else if (response.statusCode() != 200 || body.has("errors")) {
							errors.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new Figures(clients, duration, Measurement.of(latencies, 0, clients, 0, 0, 0, 0), latencies.size(),
				timeouts.get(), errors.get());
	}

}
