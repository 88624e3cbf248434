package org.treatygraph.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The common case of an import, an agreements table in CSV (RFC 4180, a header row
 * first), read as Treatygraph lines: each row becomes one {@code createAgreement} line
 * with its first step and its citation, so a row is checked and written as one mutation.
 * <p>
 * Columns, by header name: {@code title}, {@code kind} and {@code parties} (ISO codes or
 * ids separated by {@code ;}), the {@code quote} that states the row and its source's
 * {@code source_url} or {@code source_title}; optionally {@code summary}, {@code step}
 * (such as {@code SIGNED}) with its {@code date}, and {@code source_published}.
 */
final class AgreementTable {

	static final List<String> REQUIRED = List.of("title", "kind", "parties", "quote");

	/** Every column the table takes, in the order the class comment gives them. */
	static final List<String> COLUMNS = List.of("title", "kind", "parties", "quote", "source_url", "source_title",
			"summary", "step", "date", "source_published");

	/** What spreadsheets write before the first header when they save "CSV UTF-8". */
	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AgreementTable() {
	}

	/**
	 * The table as Treatygraph lines, one per row, blank for a blank row; a row that
	 * cannot become a line becomes one the import refuses with the reason.
	 */
	static String asLines(BufferedReader csv) {
		List<List<String>> rows = rows(csv);
		if (rows.isEmpty()) {
			return "";
		}
		List<String> header = rows.getFirst()
			.stream()
			.map(name -> name.replace(BYTE_ORDER_MARK, "").strip().toLowerCase(Locale.ROOT))
			.toList();
		String headerProblem = problemOf(header);
		// the header is line 1: refused there once, and each row says why it was not read
		StringBuilder lines = new StringBuilder((headerProblem != null) ? refused(headerProblem) : "").append('\n');
		for (List<String> row : rows.subList(1, rows.size())) {
			if (row.stream().allMatch(String::isBlank)) {
				lines.append('\n');
				continue;
			}
			if (headerProblem != null) {
				lines.append(refused("not read: the header on line 1 is refused")).append('\n');
				continue;
			}
			if (row.size() != header.size()) {
				lines
					.append(refused("the row has %d cells where the header names %d columns".formatted(row.size(),
							header.size())))
					.append('\n');
				continue;
			}
			Map<String, String> cells = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				cells.put(header.get(i), row.get(i).strip());
			}
			lines.append(line(cells)).append('\n');
		}
		return lines.toString();
	}

	/**
	 * Why the header cannot be read, or null: a column it lacks, one it names that the
	 * table does not take (a misspelt {@code souce_url} would be left out unsaid), one
	 * named twice, or columns separated by semicolons, as some spreadsheets write them.
	 */
	private static @Nullable String problemOf(List<String> header) {
		if (header.size() == 1 && header.getFirst().contains(";")) {
			return "the header's columns are separated by ';': this table takes ',' (and ';' between parties)";
		}
		List<String> problems = new ArrayList<>();
		List<String> missing = new ArrayList<>(REQUIRED);
		missing.removeAll(header);
		if (!missing.isEmpty()) {
			problems.add("the header lacks " + String.join(", ", missing));
		}
		List<String> unknown = header.stream()
			.filter(name -> !COLUMNS.contains(name))
			.map(name -> name.isEmpty() ? "a column without a name" : name)
			.toList();
		if (!unknown.isEmpty()) {
			problems.add("the header names %s, which the table does not take (it takes %s)"
				.formatted(String.join(", ", unknown), String.join(", ", COLUMNS)));
		}
		List<String> twice = header.stream()
			.filter(name -> header.indexOf(name) != header.lastIndexOf(name))
			.distinct()
			.toList();
		if (!twice.isEmpty()) {
			problems.add("the header names %s twice".formatted(String.join(", ", twice)));
		}
		return problems.isEmpty() ? null : String.join("; ", problems);
	}

	private static String line(Map<String, String> cells) {
		if (!cells.containsKey("source_url") && !cells.containsKey("source_title")) {
			return refused("a row needs its source: a source_url or source_title column");
		}
		Map<String, Object> source = new LinkedHashMap<>();
		String url = blankToNull(cells.get("source_url"));
		source.put("title", cells.getOrDefault("source_title", url == null ? "" : url));
		if (url != null) {
			source.put("url", url);
		}
		String published = blankToNull(cells.get("source_published"));
		if (published != null) {
			source.put("published", Map.of("value", published));
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("title", cells.get("title"));
		input.put("kind", cells.get("kind").toUpperCase(Locale.ROOT));
		String summary = blankToNull(cells.get("summary"));
		if (summary != null) {
			input.put("summary", summary);
		}
		input.put("parties",
				List.of(cells.get("parties").split(";"))
					.stream()
					.map(String::strip)
					.filter(party -> !party.isEmpty())
					.map(party -> Map.of("actor", party))
					.toList());
		String step = blankToNull(cells.get("step"));
		if (step != null) {
			Map<String, Object> action = new LinkedHashMap<>();
			action.put("kind", step.toUpperCase(Locale.ROOT));
			String date = blankToNull(cells.get("date"));
			if (date != null) {
				action.put("date", Map.of("value", date));
			}
			input.put("actions", List.of(action));
		}
		input.put("citations", List.of(Map.of("source", source, "quote", cells.get("quote"))));
		return JSON.writeValueAsString(Map.of("record", "createAgreement", "input", input));
	}

	/** A line the import refuses, saying why. */
	private static String refused(String reason) {
		return JSON.writeValueAsString(Map.of("refused", reason));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/** RFC 4180: commas separate, double quotes enclose, two double quotes are one. */
	static List<List<String>> rows(BufferedReader csv) {
		try {
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			int c;
			while ((c = csv.read()) != -1) {
				if (quoted) {
					if (c == '"') {
						csv.mark(1);
						if (csv.read() == '"') {
							cell.append('"');
						}
						else {
							csv.reset();
							quoted = false;
						}
					}
					else {
						cell.append((char) c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					row.add(cell.toString());
					cell.setLength(0);
				}
				else if (c == '\n') {
					row.add(cell.toString());
					cell.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
				}
				else if (c != '\r') {
					cell.append((char) c);
				}
			}
			if (!cell.isEmpty() || !row.isEmpty()) {
				row.add(cell.toString());
				rows.add(row);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BufferedReader reader(String lines) {
		return new BufferedReader(new StringReader(lines));
	}

}
