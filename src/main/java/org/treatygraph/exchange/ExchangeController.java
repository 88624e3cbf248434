package org.treatygraph.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The graph in and out as Treatygraph lines over HTTP: anyone who may read may export;
 * curators import, as themselves.
 */
@RestController
class ExchangeController {

	static final MediaType LINES = MediaType.parseMediaType("application/x-ndjson");

	/** An agreements table, see {@link AgreementTable}. */
	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	/** Progress is reported after this many lines. */
	private static final int PROGRESS_EVERY = 500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GraphExport export;

	private final GraphImport imports;

	private final PopoloExport popolo;

	private final CsvExport tables;

	ExchangeController(GraphExport export, GraphImport imports, PopoloExport popolo, CsvExport tables) {
		this.export = export;
		this.imports = imports;
		this.popolo = popolo;
		this.tables = tables;
	}

	/** People, organisations, posts and memberships as Popolo JSON. */
	@GetMapping("/export/popolo")
	void popolo(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response)
			throws IOException {
		if (!parameters.isEmpty()) {
			send(noParameters(parameters, "the Popolo export"), response);
			return;
		}
		send(ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"treatygraph-popolo.json\"")
			.body(this.popolo::write), response);
	}

	/**
	 * Streams every standing fact, in a heap that does not grow with the graph
	 * ({@code ExportStreamingTests}); with {@code involving} (an ISO country code or an
	 * organisation's id) only what concerns it, with {@code from}/{@code to} only facts
	 * that may fall between those dates, and in both cases all that their lines refer to,
	 * holding the ids of what it keeps.
	 */
	@GetMapping("/export")
	void export(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response)
			throws IOException {
		Kept kept = kept(parameters);
		send((kept.refusal() != null) ? kept.refusal()
				: ResponseEntity.ok()
					.contentType(LINES)
					.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"treatygraph.jsonl\"")
					.body((out) -> this.export.write(out, kept.ids())),
				response);
	}

	/**
	 * One table of the standing facts as CSV ({@code agreements}, {@code parties},
	 * {@code actions}, {@code signatures}, {@code memberships}, {@code tenures},
	 * {@code citations}), keeping to the same filter as the lines.
	 */
	@GetMapping("/export/csv/{table}")
	void exportTable(@PathVariable String table, @RequestParam MultiValueMap<String, String> parameters,
			HttpServletResponse response) throws IOException {
		send(table(table, parameters), response);
	}

	private ResponseEntity<StreamingResponseBody> table(String table, MultiValueMap<String, String> parameters) {
		Optional<CsvExport.Table> found = CsvExport.table(table);
		if (found.isEmpty()) {
			return badRequest(List.of("table: '%s' is none of %s".formatted(table,
					String.join(", ", new TreeSet<>(CsvExport.TABLES.keySet())))));
		}
		Kept kept = kept(parameters);
		if (kept.refusal() != null) {
			return kept.refusal();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"treatygraph-%s.csv\"".formatted(table))
			.body((out) -> this.tables.write(found.get(), out, kept.ids()));
	}

	/** The ids an export keeps (null: all of them), or why the request is refused. */
	private record Kept(@Nullable Set<String> ids, @Nullable ResponseEntity<StreamingResponseBody> refusal) {
	}

	private Kept kept(MultiValueMap<String, String> parameters) {
		ExportFilter filter;
		try {
			filter = ExportFilter.of(parameters);
		}
		catch (IllegalArgumentException ex) {
			return new Kept(null, badRequest(ex.getMessage().lines().toList()));
		}
		if (filter.whole()) {
			return new Kept(null, null);
		}
		Set<String> ids = this.export.keptFor(filter);
		return (ids != null) ? new Kept(ids, null)
				: new Kept(null,
						badRequest(
								List.of("involving: '%s' is neither an ISO 3166-1 country code nor an organisation's id"
									.formatted(parameters.getFirst("involving")))));
	}

	/**
	 * Writes the answer on the request's own thread, as the import does: an export
	 * streams for as long as the graph takes, and an asynchronous answer was cut at the
	 * servlet container's async timeout (30 s in Tomcat) with its body ended as if whole.
	 */
	private static void send(ResponseEntity<StreamingResponseBody> answer, HttpServletResponse response)
			throws IOException {
		response.setStatus(answer.getStatusCode().value());
		answer.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		StreamingResponseBody body = answer.getBody();
		if (body != null) {
			OutputStream out = response.getOutputStream();
			body.writeTo(out);
			out.flush();
		}
	}

	/** A refusal of each parameter given to what takes none. */
	private static ResponseEntity<StreamingResponseBody> noParameters(MultiValueMap<String, String> parameters,
			String what) {
		return badRequest(parameters.keySet()
			.stream()
			.map((name) -> "%s: not a parameter of %s, which takes none".formatted(name, what))
			.toList());
	}

	/** A GraphQL-shaped error per problem, each naming its parameter. */
	private static ResponseEntity<StreamingResponseBody> badRequest(List<String> problems) {
		byte[] error = JSON.writeValueAsBytes(Map.of("errors", problems.stream()
			.map(problem -> Map.of("message", problem, "extensions",
					Map.of("argument", problem.substring(0, problem.indexOf(':')), "classification", "BAD_REQUEST")))
			.toList()));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body((out) -> out.write(error));
	}

	/**
	 * Imports the lines of the request body, or the rows of an agreements table sent as
	 * {@code text/csv}. The answer is itself lines: a progress line every
	 * {@value #PROGRESS_EVERY} lines read, then the report, with every refused line's
	 * number and reasons.
	 */
	@PostMapping(path = "/import")
	@PreAuthorize("hasRole('CURATOR')")
	void importLines(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (!parameters.isEmpty()) {
			// such as a dry run the import does not have: refused before any line is
			// written
			send(noParameters(parameters, "the import"), response);
			return;
		}
		response.setContentType(LINES.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		OutputStream out = response.getOutputStream();
		BufferedReader body = new BufferedReader(
				new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
		boolean table = request.getContentType() != null
				&& MediaType.parseMediaType(request.getContentType()).isCompatibleWith(CSV);
		BufferedReader lines = table ? AgreementTable.reader(AgreementTable.asLines(body)) : body;
		ImportReport report = this.imports.run(lines, PROGRESS_EVERY, (progress) -> write(out, progress.summary()));
		// a table has no end line to miss
		write(out, table ? report.summary() : report.summaryOfLines());
	}

	private static void write(OutputStream out, Map<String, Object> summary) {
		try {
			out.write(JSON.writeValueAsBytes(summary));
			out.write('\n');
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
