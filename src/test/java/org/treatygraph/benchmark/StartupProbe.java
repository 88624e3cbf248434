package org.treatygraph.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.util.FileSystemUtils;

/**
 * Starts the service as its own JVM, as {@code java -jar} would, and reads how long it
 * took from Spring Boot's "Started ... (process running for N)" line: once on a fresh
 * data directory (migrations and seed included) and once more on the same directory, as
 * an operator's restart.
 */
final class StartupProbe {

	private static final Pattern STARTED = Pattern
		.compile("Started TreatygraphApplication in .*process running for ([0-9.]+)\\)");

	/** Fresh start and restart, in milliseconds; the restart null when not measured. */
	record Startup(long freshMillis, @Nullable Long restartMillis) {
	}

	private StartupProbe() {
	}

	/**
	 * @param restart whether to start a second time on the same data, as an operator's
	 * restart
	 */
	static Startup measure(boolean restart) throws IOException, InterruptedException {
		Path data = Files.createTempDirectory("treatygraph-startup");
		try {
			long fresh = start(data);
			return new Startup(fresh, restart ? start(data) : null);
		}
		finally {
			FileSystemUtils.deleteRecursively(data);
		}
	}

	private static long start(Path data) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// the same JVM flags the tests run with (add-opens for Neo4j), without agents
		ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter(argument -> !argument.startsWith("-javaagent") && !argument.startsWith("-agentlib"))
			.forEach(command::add);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.treatygraph.TreatygraphApplication",
				"--treatygraph.embedded.data-directory=" + data, "--treatygraph.embedded.bolt-port=0",
				"--server.port=" + freePort()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		// read on another thread: a service whose start failed but whose JVM lingers
		// prints nothing more, and must not hang the benchmark
		CompletableFuture<Long> started = new CompletableFuture<>();
		Thread.ofVirtual().start(() -> {
			try (BufferedReader output = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = output.readLine()) != null) {
					Matcher matcher = STARTED.matcher(line);
					if (matcher.find()) {
						started.complete(Math.round(Double.parseDouble(matcher.group(1)) * 1000));
					}
				}
				started
					.completeExceptionally(new IllegalStateException("the service ended without reporting its start"));
			}
			catch (IOException ex) {
				started.completeExceptionally(ex);
			}
		});
		try {
			return started.get(3, TimeUnit.MINUTES);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("the service did not report its start", ex);
		}
		finally {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
