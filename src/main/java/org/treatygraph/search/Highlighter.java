package org.treatygraph.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Marks the words of a name or title that the search matched, accents and case ignored,
 * as {@code <mark>Rodríguez</mark>}.
 */
final class Highlighter {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private Highlighter() {
	}

	/** The text with matched words marked, or null when no word of it matches. */
	static @Nullable String highlight(String text, List<String> queryWords) {
		StringBuilder marked = new StringBuilder();
		Matcher word = WORD.matcher(text);
		int last = 0;
		boolean any = false;
		while (word.find()) {
			String folded = NameSearch.fold(word.group());
			boolean match = queryWords.stream().anyMatch(folded::startsWith);
			marked.append(text, last, word.start());
			marked.append(match ? "<mark>" + word.group() + "</mark>" : word.group());
			last = word.end();
			any |= match;
		}
		marked.append(text.substring(last));
		return any ? marked.toString() : null;
	}

}
