package org.treatygraph.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
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

	ExchangeController(GraphExport export, GraphImport imports, PopoloExport popolo) {
		this.export = export;
		this.imports = imports;
		this.popolo = popolo;
	}

	/** People, organisations, posts and memberships as Popolo JSON. */
	@GetMapping("/export/popolo")
	ResponseEntity<StreamingResponseBody> popolo() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"treatygraph-popolo.json\"")
			.body(this.popolo::write);
	}

	/**
	 * Streams every standing fact, constant in memory whatever the graph's size; with
	 * {@code involving} (an ISO country code), only what concerns that country and all
	 * that its lines refer to.
	 */
	@GetMapping("/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable String involving) {
		Set<String> kept = null;
		if (involving != null) {
			kept = this.export.keptFor(involving.strip().toUpperCase(java.util.Locale.ROOT));
			if (kept == null) {
				byte[] error = JSON.writeValueAsBytes(Map.of("errors",
						List.of(Map.of("message",
								"involving: '%s' is not an ISO 3166-1 country code".formatted(involving), "extensions",
								Map.of("argument", "involving", "classification", "BAD_REQUEST")))));
				return ResponseEntity.badRequest()
					.contentType(MediaType.APPLICATION_JSON)
					.body((out) -> out.write(error));
			}
		}
		Set<String> only = kept;
		StreamingResponseBody body = (out) -> this.export.write(out, only);
		return ResponseEntity.ok()
			.contentType(LINES)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"treatygraph.jsonl\"")
			.body(body);
	}

	/**
	 * Imports the lines of the request body, or the rows of an agreements table sent as
	 * {@code text/csv}. The answer is itself lines: a progress line every
	 * {@value #PROGRESS_EVERY} lines read, then the report, with every refused line's
	 * number and reasons.
	 */
	@PostMapping(path = "/import")
	@PreAuthorize("hasRole('CURATOR')")
	void importLines(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType(LINES.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		OutputStream out = response.getOutputStream();
		BufferedReader body = new BufferedReader(
				new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
		boolean table = request.getContentType() != null
				&& MediaType.parseMediaType(request.getContentType()).isCompatibleWith(CSV);
		BufferedReader lines = table ? AgreementTable.reader(AgreementTable.asLines(body)) : body;
		ImportReport report = this.imports.run(lines, PROGRESS_EVERY, (progress) -> write(out, progress));
		write(out, report);
	}

	private static void write(OutputStream out, ImportReport report) {
		try {
			out.write(JSON.writeValueAsBytes(report.summary()));
			out.write('\n');
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
