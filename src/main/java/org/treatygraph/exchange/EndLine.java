package org.treatygraph.exchange;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The last line of an export, {@code {"record": "end", "lines": N}}, with the number of
 * lines before it: a file cut short has none, a file with lines lost or added has the
 * wrong count. Counted from the file's start or from the end line before it, so exports
 * joined one after the other still check, each on its own.
 */
final class EndLine {

	static final String RECORD = "end";

	private EndLine() {
	}

	static Map<String, Object> after(long lines) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("record", RECORD);
		line.put("lines", lines);
		return line;
	}

	/**
	 * Why the end line at {@code number} does not close the lines before it, or null when
	 * it does.
	 * @param previous the number of the end line before it, 0 if none
	 */
	static @Nullable String mismatch(JsonNode parsed, int number, int previous) {
		long read = number - 1L - previous;
		JsonNode declared = parsed.path("lines");
		if (!declared.isIntegralNumber() || declared.asLong() < 0) {
			return "lines: must be the number of lines before the end line, a whole number; it is " + declared;
		}
		if (declared.asLong() != read) {
			return "lines: the end line counts %,d lines before it, the file holds %,d: lines were lost or added since the export"
				.formatted(declared.asLong(), read);
		}
		return null;
	}

}
