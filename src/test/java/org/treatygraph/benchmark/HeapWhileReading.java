package org.treatygraph.benchmark;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One {@code GET} of the service read to its end, in this JVM, with the live heap (used
 * after a full collection) sampled when the first bytes arrive and each time
 * {@code every} more bytes have: what the service and its embedded Neo4j hold while they
 * send it. What a request holds from its start (buffers, a plan, a filter's ids) shows at
 * the first bytes; what an export keeps of the lines it has sent shows as growth after
 * them.
 *
 * @param bytes how much arrived
 * @param lines how many lines it held
 * @param took how long it took to arrive whole
 * @param atFirstBytes the live heap when the first bytes arrived, above that before the
 * request
 * @param grown the most the live heap grew after the first bytes
 */
record HeapWhileReading(long bytes, long lines, Duration took, long atFirstBytes, long grown) {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	static HeapWhileReading of(ConfigurableApplicationContext service, String path, long every) throws Exception {
		String port = service.getEnvironment().getProperty("local.server.port");
		long before = liveHeap();
		long first = -1;
		long most = 0;
		long started = System.nanoTime();
		HttpResponse<InputStream> response = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
		long bytes = 0;
		long lines = 0;
		long nextSample = 1;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = response.body()) {
			int read;
			while ((read = in.read(buffer)) > 0) {
				for (int i = 0; i < read; i++) {
					lines += (buffer[i] == '\n') ? 1 : 0;
				}
				bytes += read;
				if (bytes >= nextSample) {
					long live = liveHeap();
					first = (first < 0) ? live : first;
					most = Math.max(most, live);
					// saturating: a read sampled only at its first bytes passes the
					// largest step
					nextSample = (bytes > Long.MAX_VALUE - every) ? Long.MAX_VALUE : bytes + every;
				}
			}
		}
		return new HeapWhileReading(bytes, lines, Duration.ofNanos(System.nanoTime() - started), first - before,
				Math.max(0, most - first));
	}

	private static long liveHeap() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
