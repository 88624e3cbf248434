package org.treatygraph.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;

/**
 * What an export keeps to: a country (ISO code) or an organisation (its id, global or as
 * the lines give it), and a range of dates as the agreement filter takes them. Nothing
 * set: the whole graph.
 */
record ExportFilter(@Nullable String country, @Nullable String organization, @Nullable String from,
		@Nullable String to) {

	private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,3}");

	private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

	/** The names the filter takes: parameters over HTTP, options on the command line. */
	static final List<String> NAMES = List.of("involving", "from", "to");

	/**
	 * Reads the filter from every name given with every value given for it, refusing a
	 * name it does not take and a name given twice: a misspelt {@code involving} would
	 * otherwise export the whole graph, and a second country would be dropped unsaid.
	 * @throws IllegalArgumentException with every problem, one per line
	 */
	static ExportFilter of(Map<String, List<String>> given) {
		List<String> problems = new ArrayList<>();
		given.forEach((name, values) -> {
			if (!NAMES.contains(name)) {
				problems.add("%s: not a filter of the export, which takes involving, from and to".formatted(name));
			}
			else if (values.size() > 1) {
				problems.add("%s: given %d times (%s); an export keeps to one %s".formatted(name, values.size(),
						String.join(", ", values),
						name.equals("involving") ? "country or organisation" : "range of dates"));
			}
		});
		try {
			ExportFilter filter = of(first(given, "involving"), first(given, "from"), first(given, "to"));
			if (problems.isEmpty()) {
				return filter;
			}
		}
		catch (IllegalArgumentException ex) {
			problems.addAll(ex.getMessage().lines().toList());
		}
		throw new IllegalArgumentException(String.join("\n", problems));
	}

	private static @Nullable String first(Map<String, List<String>> given, String name) {
		List<String> values = given.get(name);
		return (values == null || values.isEmpty()) ? null : values.getFirst();
	}

	/**
	 * Reads the request's parameters, naming each that is malformed.
	 * @throws IllegalArgumentException with every problem, one per line
	 */
	static ExportFilter of(@Nullable String involving, @Nullable String from, @Nullable String to) {
		List<String> problems = new ArrayList<>();
		for (String[] date : new String[][] { { "from", from }, { "to", to } }) {
			if (date[1] != null && !DATE.matcher(date[1].strip()).matches()) {
				problems.add("%s: '%s' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)".formatted(date[0], date[1]));
			}
		}
		if (from != null && to != null && problems.isEmpty() && from.strip().compareTo(to.strip()) > 0) {
			problems.add("from: '%s' is after to: '%s'".formatted(from, to));
		}
		if (involving != null && involving.isBlank()) {
			problems.add("involving: give an ISO country code or an organisation's id");
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("\n", problems));
		}
		String anchor = (involving != null) ? involving.strip() : null;
		boolean country = anchor != null && CODE.matcher(anchor).matches();
		return new ExportFilter(country ? anchor.toUpperCase(Locale.ROOT) : null,
				(anchor != null && !country) ? organizationKey(anchor) : null, strip(from), strip(to));
	}

	/**
	 * The key of an organisation's global id; an id as the lines give it stays as it is.
	 */
	private static String organizationKey(String id) {
		return GlobalId.decode(id)
			.filter(decoded -> decoded.type() == NodeType.ORGANIZATION)
			.map(GlobalId::key)
			.orElse(id);
	}

	private static @Nullable String strip(@Nullable String value) {
		return (value != null) ? value.strip() : null;
	}

	boolean anchored() {
		return this.country != null || this.organization != null;
	}

	boolean whole() {
		return !anchored() && this.from == null && this.to == null;
	}

}
