package org.treatygraph.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jspecify.annotations.Nullable;

import org.springframework.util.FileSystemUtils;

/**
 * Starts the service as its own JVM the way {@code ./mvnw spring-boot:run} does (the run
 * jar and the runtime class path the build writes to {@code target/run}, plan warm-up
 * off), reads how long it took from Spring Boot's "Started ... (process running for N)"
 * line, and asks the README's questions right after it started: once on a fresh data
 * directory (migrations and seed included) and once more on the same directory, as an
 * operator's restart. Like the README's command, the first start trains the JDK's AOT
 * cache and the restart uses it.
 */
final class StartupProbe {

	private static final Pattern STARTED = Pattern
		.compile("Started TreatygraphApplication in .*process running for ([0-9.]+)\\)");

	private static final Path RUN = Path.of("target", "run");

	private static final Duration START_LIMIT = Duration.ofMinutes(3);

	/** Writing the AOT cache at exit took 20 to 50 s on two cores. */
	private static final Duration TRAINED_EXIT = Duration.ofMinutes(3);

	/**
	 * Fresh start and restart, in milliseconds, with the README's questions asked right
	 * after each; without the probe (the smoke run), the benchmark's own service start
	 * stands in, with no restart.
	 */
	record Startup(boolean ownJvm, long freshMillis, SeedQuestions.Figures freshAnswers, @Nullable Long restartMillis,
			SeedQuestions.@Nullable Figures restartAnswers) {

		static Startup inBenchmarkJvm(long millis, SeedQuestions.Figures answers) {
			return new Startup(false, millis, answers, null, null);
		}

		/** The answers of the last start measured, warm figures included. */
		SeedQuestions.Figures lastAnswers() {
			return (this.restartAnswers != null) ? this.restartAnswers : this.freshAnswers;
		}

	}

	/** One start: how long it took and what the README's questions then cost. */
	private record Started(long millis, SeedQuestions.Figures answers, Path log) {
	}

	private StartupProbe() {
	}

	/**
	 * A fresh start that trains the AOT cache, then a restart on the same data with it.
	 * @param warmRequests requests per warm figure of the README's questions
	 */
	static Startup measure(int warmRequests) throws IOException, InterruptedException {
		Path work = Files.createTempDirectory("treatygraph-startup");
		Path data = work.resolve("data");
		Path cache = work.resolve("treatygraph.aot");
		try {
			Started fresh = start(data, "-XX:AOTCacheOutput=" + cache, warmRequests);
			if (!Files.exists(cache)) {
				throw new IllegalStateException(
						"the first start wrote no AOT cache to " + cache + "; it printed last:\n" + tail(fresh.log()));
			}
			Started again = start(data, "-XX:AOTCache=" + cache, warmRequests);
			return new Startup(true, fresh.millis(), fresh.answers(), again.millis(), again.answers());
		}
		finally {
			FileSystemUtils.deleteRecursively(work);
		}
	}

	private static Started start(Path data, String aotFlag, int warmRequests) throws IOException, InterruptedException {
		int port = freePort();
		// a file, not a pipe: nothing here has to keep reading while the service stops
		// and writes its cache
		Path log = Files.createTempFile(data.getParent(), "service", ".log");
		Process process = new ProcessBuilder(command(data, port, aotFlag)).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			long millis = startedMillis(process, log);
			SeedQuestions.Figures answers = new SeedQuestions()
				.measure(URI.create("http://localhost:" + port + "/graphql"), warmRequests);
			return new Started(millis, answers, log);
		}
		finally {
			process.destroy();
			Duration exit = aotFlag.contains("Output") ? TRAINED_EXIT : Duration.ofSeconds(30);
			if (!process.waitFor(exit.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	/**
	 * Waits for the "Started" line; a service whose start failed but whose JVM lingers
	 * prints nothing more, and must not hang the benchmark.
	 */
	private static long startedMillis(Process process, Path log) throws IOException {
		try {
			return Awaitility.await()
				.atMost(START_LIMIT)
				.pollInterval(Duration.ofMillis(200))
				.until(() -> reportedStart(process, log), Optional::isPresent)
				.orElseThrow();
		}
		catch (ConditionTimeoutException ex) {
			throw new IllegalStateException(
					"the service did not report its start in " + START_LIMIT + ":\n" + tail(log), ex);
		}
	}

	private static Optional<Long> reportedStart(Process process, Path log) throws IOException {
		Matcher matcher = STARTED.matcher(Files.readString(log));
		if (matcher.find()) {
			return Optional.of(Math.round(Double.parseDouble(matcher.group(1)) * 1000));
		}
		if (!process.isAlive()) {
			throw new IllegalStateException("the service ended without reporting its start:\n" + tail(log));
		}
		return Optional.empty();
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static List<String> command(Path data, int port, String aotFlag) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// the module flags Neo4j needs, as the tests run with; not their GC or assertions
		ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter(argument -> argument.startsWith("--"))
			.forEach(command::add);
		command.add(aotFlag);
		command.add("-Xlog:aot*=error,cds*=error");
		command.addAll(List.of("-cp", classPath(data.getParent()), "org.treatygraph.TreatygraphApplication",
				"--treatygraph.embedded.data-directory=" + data, "--treatygraph.embedded.bolt-port=0",
				"--server.port=" + port, "--treatygraph.warmup.enabled=false"));
		return command;
	}

	/** The run jar and the runtime dependencies, as the build wrote them. */
	private static String classPath(Path work) throws IOException {
		Path dependencies = RUN.resolve("classpath.txt");
		if (!Files.exists(dependencies)) {
			throw new IllegalStateException(dependencies + " is missing: run the build's process-classes phase first");
		}
		try (Stream<Path> files = Files.list(RUN)) {
			Path jar = files.filter(file -> file.getFileName().toString().endsWith("-run.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no run jar in " + RUN));
			// a copy: a build while the probe runs would replace the jar, and the JDK
			// then
			// refuses to write the cache its first start recorded
			// made once: the restart's cache checks the jar it was trained with
			Path copy = work.resolve(jar.getFileName());
			if (!Files.exists(copy)) {
				Files.copy(jar, copy);
			}
			return copy.toAbsolutePath() + java.io.File.pathSeparator + Files.readString(dependencies).strip();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
