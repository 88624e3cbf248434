package org.treatygraph.exchange;

import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code java -jar treatygraph.jar import FILE} and {@code export [FILE]}: the same
 * import and export as over HTTP, against the embedded database or the one
 * {@code NEO4J_URI} names, without starting the web server. The import acts as the
 * curator {@code command-line}, which history records as the author of every change.
 */
public final class ExchangeCommand {

	private static final String USAGE = """
			usage: java -jar treatygraph.jar import FILE     (Treatygraph lines, or an agreements table FILE.csv)
			       java -jar treatygraph.jar export [--involving=CU|ORG_ID] [--from=YYYY[-MM[-DD]]] [--to=…] [FILE]
			                                                  (to standard output without FILE)
			""";

	/** Spring Boot's own options without a dot in their name. */
	private static final List<String> SPRING_FLAGS = List.of("debug", "trace");

	private ExchangeCommand() {
	}

	/** Whether the first argument names one of these commands. */
	public static boolean handles(String[] args) {
		return args.length > 0 && (args[0].equals("import") || args[0].equals("export"));
	}

	/**
	 * A command line taken apart: the files named, the options of the command (every
	 * {@code --name=value} whose name has no dot, such as {@code --involving=CU}, each
	 * with every value given for it) and the settings, which go to Spring
	 * ({@code --treatygraph.migrations.seed=false}).
	 */
	record Arguments(List<String> operands, Map<String, List<String>> filter, String[] springOptions) {

		static Arguments of(String[] args) {
			List<String> operands = Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--")).toList();
			Map<String, List<String>> filter = new LinkedHashMap<>();
			String[] options = Arrays.stream(args).skip(1).filter(arg -> arg.startsWith("--")).filter(arg -> {
				int equals = arg.indexOf('=');
				String name = arg.substring(2, (equals < 0) ? arg.length() : equals);
				if (name.contains(".") || SPRING_FLAGS.contains(name)) {
					return true;
				}
				filter.computeIfAbsent(name, (key) -> new ArrayList<>())
					.add((equals < 0) ? "" : arg.substring(equals + 1));
				return false;
			}).toArray(String[]::new);
			return new Arguments(operands, filter, options);
		}

	}

	/** Runs the command; the process's exit status. */
	public static int run(Class<?> application, String[] args) {
		boolean importing = args[0].equals("import");
		Arguments arguments = Arguments.of(args);
		List<String> operands = arguments.operands();
		Map<String, List<String>> filter = arguments.filter();
		String[] options = arguments.springOptions();
		if (importing && !filter.isEmpty()) {
			System.err.printf("import takes no option but settings: --%s%n%s", String.join(", --", filter.keySet()),
					USAGE);
			return 2;
		}
		ExportFilter exportFilter;
		try {
			exportFilter = ExportFilter.of(filter);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
		if (importing && operands.size() != 1 || operands.size() > 1) {
			System.err.print(USAGE);
			return 2;
		}
		// said before the database starts, not after
		String unusable = unusableFile(importing, operands);
		if (unusable != null) {
			System.err.println(unusable);
			return 2;
		}
		PrintStream console = System.err;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.run(commandSettings(options))) {
			if (importing) {
				return importFile(context.getBean(GraphImport.class), Path.of(operands.getFirst()), console);
			}
			try (OutputStream out = operands.isEmpty() ? System.out
					: new BufferedOutputStream(Files.newOutputStream(Path.of(operands.getFirst())))) {
				long started = System.nanoTime();
				GraphExport export = context.getBean(GraphExport.class);
				java.util.Set<String> kept = exportFilter.whole() ? null : export.keptFor(exportFilter);
				if (!exportFilter.whole() && kept == null) {
					console.printf("involving: '%s' is neither an ISO 3166-1 country code nor an organisation's id%n",
							filter.get("involving").getFirst());
					return 2;
				}
				long lines = export.write(out, kept);
				console.printf("exported %,d lines in %.1f s%n", lines, (System.nanoTime() - started) / 1e9);
				return 0;
			}
		}
		catch (IOException ex) {
			console.println(ex.getMessage());
			return 1;
		}
	}

	/**
	 * Why the file named cannot be read (an import) or written (an export), or null.
	 */
	static @Nullable String unusableFile(boolean importing, List<String> operands) {
		if (operands.isEmpty()) {
			return null;
		}
		Path file = Path.of(operands.getFirst());
		if (importing) {
			return Files.isRegularFile(file) && Files.isReadable(file) ? null
					: "%s: no file to read there".formatted(file);
		}
		Path directory = file.toAbsolutePath().getParent();
		return (directory != null && Files.isDirectory(directory) && Files.isWritable(directory)) ? null
				: "%s: no directory to write it in".formatted(file);
	}

	/**
	 * The settings with those of a command first: the web context is built, as every
	 * feature expects it, but opens no port (the service may be serving on its own beside
	 * an external Neo4j), nor plans the analysts' questions, which competed with the
	 * command for the CPU and, still running when it ended, logged the database as
	 * unavailable. Given as arguments, since the service's own settings outrank defaults.
	 */
	static String[] commandSettings(String[] options) {
		List<String> settings = new ArrayList<>(List.of("--server.port=-1", "--treatygraph.warmup.enabled=false"));
		Arrays.stream(options)
			.filter((option) -> !option.startsWith("--server.port=")
					&& !option.startsWith("--treatygraph.warmup.enabled="))
			.forEach(settings::add);
		return settings.toArray(String[]::new);
	}

	private static int importFile(GraphImport imports, Path file, PrintStream console) throws IOException {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("command-line", null,
					List.of(new SimpleGrantedAuthority("ROLE_CURATOR"), new SimpleGrantedAuthority("ROLE_READER"))));
		long total;
		try (var counted = Files.lines(file)) {
			total = counted.count();
		}
		boolean table = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
		try (BufferedReader body = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				BufferedReader lines = table ? AgreementTable.reader(AgreementTable.asLines(body)) : body) {
			ImportReport report = imports.run(lines, 100, (progress) -> console.print(bar(progress, total)));
			console.println(bar(report, total));
			report.rejected()
				.forEach((rejected) -> console.printf("line %d: %s%n", rejected.line(),
						String.join("; ", rejected.reasons())));
			console.printf("%,d created, %,d found, %,d already recorded, %,d refused%n", report.created(),
					report.found(), report.skipped(), report.refused());
			if (!table && report.warning() != null) {
				console.println("warning: " + report.warning());
			}
			return report.refused() == 0 ? 0 : 1;
		}
	}

	private static String bar(ImportReport report, long total) {
		int width = 30;
		int done = total == 0 ? width : (int) Math.min(width, report.lines() * width / total);
		return "\r[%s%s] %,d/%,d lines, %,.0f lines/s, %,d refused".formatted("#".repeat(done),
				" ".repeat(width - done), report.lines(), total, report.linesPerSecond(), report.refused());
	}

}
