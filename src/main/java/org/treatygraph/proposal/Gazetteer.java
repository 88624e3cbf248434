package org.treatygraph.proposal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The names the graph knows, to find in an article: countries by name, alias and demonym,
 * organisations by name, acronym and alias, people by name and alias, places. Matching
 * ignores case and accents ("Rodriguez" finds "Rodríguez"), but a short acronym must be
 * written as it is ("UN", not "un"); where two names overlap, the longer wins ("Russian
 * Federation" over "Russian").
 */
final class Gazetteer {

	enum Kind {

		COUNTRY, ORGANIZATION, PERSON, PLACE

	}

	/**
	 * A name of one node.
	 *
	 * @param reference the ISO code of a country, the global id of anything else
	 * @param country for a person, the country of the post they hold; for an
	 * organisation, the country it is based in
	 * @param post for a person, the post they hold
	 */
	record Name(String text, Kind kind, String reference, @Nullable String country, @Nullable String post) {
	}

	/** A name found in a sentence, by character offsets. */
	record Mention(Name name, int start, int end) {
	}

	private final List<Name> names;

	private final Map<String, String> countryNames;

	private final Map<String, Name> people = new HashMap<>();

	Gazetteer(List<Name> names, Map<String, String> countryNames) {
		this.names = names.stream().filter(name -> name.text().length() > 1).toList();
		this.countryNames = countryNames;
		names.stream()
			.filter(name -> name.kind() == Kind.PERSON)
			.forEach(name -> this.people.put(fold(name.text()), name));
	}

	/** Every name in the sentence, longest first where two overlap, in reading order. */
	List<Mention> mentions(String sentence) {
		String folded = fold(sentence);
		List<Mention> found = new ArrayList<>();
		for (Name name : this.names) {
			boolean exact = name.text().length() <= 5 && name.text().equals(name.text().toUpperCase(Locale.ROOT));
			String haystack = exact ? sentence : folded;
			String needle = exact ? name.text() : fold(name.text());
			int at = haystack.indexOf(needle);
			while (at >= 0) {
				int end = at + needle.length();
				if (boundary(haystack, at - 1) && boundary(haystack, end)) {
					found.add(new Mention(name, at, end));
				}
				at = haystack.indexOf(needle, at + 1);
			}
		}
		found.sort(Comparator.comparingInt((Mention mention) -> mention.end() - mention.start()).reversed());
		List<Mention> kept = new ArrayList<>();
		for (Mention mention : found) {
			if (kept.stream().noneMatch(other -> other.start() < mention.end() && mention.start() < other.end())) {
				kept.add(mention);
			}
		}
		kept.sort(Comparator.comparingInt(Mention::start));
		return kept;
	}

	/** The person known under exactly this name or alias, accents and case aside. */
	@Nullable Name person(String name) {
		return this.people.get(fold(name));
	}

	String countryName(String code) {
		return this.countryNames.getOrDefault(code, code);
	}

	private static boolean boundary(String text, int index) {
		return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
	}

	/**
	 * Lower case without accents, one character for one, so offsets stay those of the
	 * text.
	 */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			String decomposed = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD);
			char base = decomposed.isEmpty() ? text.charAt(i) : decomposed.charAt(0);
			folded.append(switch (base) {
				case '’', '‘' -> '\'';
				case '–', '—' -> '-';
				default -> Character.toLowerCase(base);
			});
		}
		return folded.toString();
	}

}
