package org.treatygraph.system;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Checks on strings that curators send, with the limits the schema documents. */
public final class Text {

	private Text() {
	}

	/**
	 * The stripped value; an error naming the argument when empty or longer than
	 * {@code max}.
	 */
	public static String required(@Nullable String value, String argument, int max) {
		String stripped = value == null ? "" : value.strip();
		if (stripped.isEmpty()) {
			throw new InvalidArgumentException(argument, "must not be empty");
		}
		return checkLength(stripped, argument, max);
	}

	/**
	 * The stripped value, or null when absent or blank; an error when longer than
	 * {@code max}.
	 */
	public static @Nullable String optional(@Nullable String value, String argument, int max) {
		String stripped = value == null ? "" : value.strip();
		return stripped.isEmpty() ? null : checkLength(stripped, argument, max);
	}

	/** Collapses every run of white space, non-breaking spaces included, to one space. */
	public static String normalizeSpace(String text) {
		return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
	}

	/**
	 * The form under which two names count as the same: accents, case, punctuation and
	 * spacing ignored, so "Díaz-Canel" and "diaz canel" are one name.
	 */
	public static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
	}

	/**
	 * Stripped, non-blank aliases, each at most {@code max} characters, without repeats.
	 */
	public static List<String> aliases(@Nullable List<String> values, String argument, int max) {
		if (values == null) {
			return List.of();
		}
		List<String> aliases = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String alias = required(values.get(i), argument + "[" + i + "]", max);
			if (!aliases.contains(alias)) {
				aliases.add(alias);
			}
		}
		return aliases;
	}

	private static String checkLength(String value, String argument, int max) {
		if (value.length() > max) {
			throw new InvalidArgumentException(argument,
					"must be at most %d characters, was %d".formatted(max, value.length()));
		}
		for (int i = 0; i < value.length(); i++) {
			if (isForbidden(value.charAt(i))) {
				throw new InvalidArgumentException(argument,
						"must not contain control or bidirectional-override characters; found U+%04X at position %d"
							.formatted((int) value.charAt(i), i + 1));
			}
		}
		return value;
	}

	/**
	 * Control characters other than tab and line breaks, which no source text carries and
	 * which break exports and terminals, and the bidirectional embeddings, overrides and
	 * isolates that make a title display as something other than what it says. Marks of
	 * direction (U+200E, U+200F) stay allowed: right-to-left names need them.
	 */
	private static boolean isForbidden(char c) {
		return (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')
				|| (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

}
