package org.treatygraph.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.treatygraph.system.InvalidArgumentException;

/**
 * Turns what an analyst types into a name filter into a query for the {@code names}
 * full-text index: every word must start a word of the name, alias or title, accents and
 * case ignored, so "rodriguez" finds "Rodríguez" and "diaz-can" finds "Díaz-Canel".
 */
public final class NameSearch {

	/**
	 * Lucene's English stop words, which the index's analyzer leaves out of the names it
	 * indexes.
	 */
	private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
			"if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
			"there", "these", "they", "this", "to", "was", "will", "with");

	/** Accents and other combining marks, left out as the index's analyzer folds them. */
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private NameSearch() {
	}

	/** Longest text a name filter takes; no name or title comes near it. */
	public static final int MAX_TEXT = 200;

	/**
	 * Most words a name filter takes: each becomes Lucene clauses, and hundreds of them
	 * exceed Lucene's clause limit.
	 */
	public static final int MAX_WORDS = 32;

	/**
	 * The Lucene query of a {@code name} argument, or null when the text has no word to
	 * search for.
	 */
	public static @Nullable String prefixQuery(@Nullable String text) {
		return prefixQuery(text, "name");
	}

	private static @Nullable String prefixQuery(@Nullable String text, String argument) {
		List<String> words = searchable(text, argument);
		String query = words.stream().map(word -> word + "*").collect(Collectors.joining(" AND "));
		return query.isEmpty() ? null : query;
	}

	/** The words of a text within the caps, or a typed error naming the argument. */
	private static List<String> searchable(@Nullable String text, String argument) {
		if (text != null && text.length() > MAX_TEXT) {
			throw new InvalidArgumentException(argument,
					"must be at most %d characters, was %d".formatted(MAX_TEXT, text.length()));
		}
		List<String> words = words(text);
		if (words.size() > MAX_WORDS) {
			throw new InvalidArgumentException(argument,
					"has %d words; at most %d are searched for".formatted(words.size(), MAX_WORDS));
		}
		return words;
	}

	/**
	 * The Lucene query of a list filter's words, null without a filter; a typed error
	 * naming the argument when the text has no word to search for.
	 */
	public static @Nullable String filterQuery(@Nullable String text, String argument) {
		if (text == null) {
			return null;
		}
		String query = prefixQuery(text, argument);
		if (query == null) {
			throw new InvalidArgumentException(argument, "has no word to search for");
		}
		return query;
	}

	/**
	 * Like {@link #prefixQuery} but ranking whole-word matches above prefix matches, for
	 * the search box: "cuba" puts Cuba before Cuban.
	 */
	public static @Nullable String rankedQuery(@Nullable String text) {
		String query = words(text).stream()
			.map(word -> "(" + word + "^3 OR " + word + "*)")
			.collect(Collectors.joining(" AND "));
		return query.isEmpty() ? null : query;
	}

	/**
	 * The words of the text as the index keeps them: folded, lower case, without stop
	 * words.
	 */
	public static List<String> words(@Nullable String text) {
		if (text == null) {
			return List.of();
		}
		// Wildcard terms bypass the index's analyzer, so fold them the way it folds the
		// names.
		return Arrays.stream(NOT_A_WORD.split(fold(text)))
			.filter(word -> !word.isEmpty() && !STOP_WORDS.contains(word))
			.toList();
	}

	/** The text as the index's analyzer folds it: without accents, in lower case. */
	static String fold(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

}
