package org.treatygraph.identifier;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.treatygraph.system.InvalidArgumentException;

/**
 * The registers an identifier comes from, each with the form its values take and, where
 * the register has one, the address of its page for a value.
 */
enum IdentifierScheme {

	/** A Wikidata item: {@code Q} and digits, such as Q241 for Cuba. */
	WIKIDATA("wikidata",
			Pattern.compile("(?i)(?:https?://(?:www\\.)?wikidata\\.org/(?:wiki|entity)/)?(Q[1-9][0-9]{0,11})"),
			"a Wikidata item such as Q241, or its address", "https://www.wikidata.org/wiki/%s"),

	/**
	 * A registration number of the UN Treaty Series, such as I-54113 for the Paris
	 * Agreement.
	 */
	UN_TREATY_SERIES("untsRegistration", Pattern.compile("(?i)((?:I|II|A)-[0-9]{1,7})"),
			"a UN Treaty Series registration number such as I-54113", null),

	/**
	 * ISO 3166-1 alpha-2 or alpha-3 codes, which every country carries already and which
	 * are answered from the country itself.
	 */
	ISO_3166(null, Pattern.compile("(?i)([A-Z]{2,3})"), "an ISO 3166-1 alpha-2 or alpha-3 code such as CU or CUB",
			null),

	/** An organisation's or a government's own code for a body or a document. */
	OFFICIAL_CODE("officialCode", Pattern.compile("(\\S(?:.{0,98}\\S)?)"), "a code of 1 to 100 characters", null);

	/** The node property that holds the value, unique among nodes by a constraint. */
	private final @Nullable String property;

	private final Pattern form;

	private final String expected;

	private final @Nullable String page;

	IdentifierScheme(@Nullable String property, Pattern form, String expected, @Nullable String page) {
		this.property = property;
		this.form = form;
		this.expected = expected;
		this.page = page;
	}

	/**
	 * The value in the register's own spelling; an error naming the argument otherwise.
	 */
	String normalize(@Nullable String value, String argument) {
		String given = (value == null) ? "" : value.strip();
		Matcher matcher = this.form.matcher(given);
		if (given.isEmpty() || given.length() > 200 || !matcher.matches()) {
			throw new InvalidArgumentException(argument, "'%s' is not %s"
				.formatted(given.length() > 60 ? given.substring(0, 60) + "…" : given, this.expected));
		}
		String normalized = matcher.group(1);
		return (this == OFFICIAL_CODE) ? normalized : normalized.toUpperCase(Locale.ROOT);
	}

	/** Null for ISO codes, which countries hold as {@code code} and {@code alpha3}. */
	@Nullable String property() {
		return this.property;
	}

	@Nullable String pageOf(String value) {
		return (this.page != null) ? this.page.formatted(value) : null;
	}

}
