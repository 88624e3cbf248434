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
 * send it.
 *
 * @param bytes how much arrived
 * @param lines how many lines it held
 * @param took how long it took to arrive whole
 * @param before the live heap before the request
 * @param growth the most live heap sampled above {@code before}
 */
record HeapWhileReading(long bytes, long lines, Duration took, long before, long growth) {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	static HeapWhileReading of(ConfigurableApplicationContext service, String path, long every) throws Exception {
		String port = service.getEnvironment().getProperty("local.server.port");
		long before = liveHeap();
		long most = before;
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
					most = Math.max(most, liveHeap());
					nextSample = bytes + every;
				}
			}
		}
		return new HeapWhileReading(bytes, lines, Duration.ofNanos(System.nanoTime() - started), before, most - before);
	}

	private static long liveHeap() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
