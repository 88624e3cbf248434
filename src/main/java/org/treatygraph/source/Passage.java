package org.treatygraph.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a curator's quote in a source's text the way a reader would: white space,
 * non-breaking spaces, curly or straight quotes and kinds of dash do not matter. The
 * citation then keeps the passage exactly as the source has it.
 */
final class Passage {

	private Passage() {
	}

	static Optional<String> find(String quote, String text) {
		StringBuilder pattern = new StringBuilder();
		for (String word : quote.strip().split("[\\s\\u00A0\\u2007\\u202F]+")) {
			if (!pattern.isEmpty()) {
				pattern.append("[\\s\\u00A0\\u2007\\u202F]+");
			}
			word.codePoints().forEach(c -> pattern.append(characterClass(c)));
		}
		Matcher matcher = Pattern.compile(pattern.toString()).matcher(text);
		return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
	}

	private static String characterClass(int c) {
		return switch (c) {
			case '\'', '\u2018', '\u2019' -> "['\u2018\u2019]";
			case '"', '\u201C', '\u201D' -> "[\"\u201C\u201D]";
			case '-', '\u2013', '\u2014' -> "[-\u2013\u2014]";
			default -> Pattern.quote(Character.toString(c));
		};
	}

}
