package org.treatygraph.date;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.treatygraph.system.InvalidArgumentException;

/**
 * An inclusive range of days for filters; either end may be open. A fuzzy date matches
 * when the period it may stand for overlaps the range.
 */
public record DateRange(@Nullable LocalDate from, @Nullable LocalDate to) {

	public static final DateRange ALWAYS = new DateRange(null, null);

	/**
	 * @param argument path of the filter holding {@code from} and {@code to}, for errors;
	 * empty when they are arguments of the field itself
	 */
	public static DateRange parse(@Nullable String from, @Nullable String to, String argument) {
		DateRange range = new DateRange(day(from, member(argument, "from")), day(to, member(argument, "to")));
		if (range.from != null && range.to != null && range.to.isBefore(range.from)) {
			throw new InvalidArgumentException(member(argument, "to"),
					"must not be before from (%s), was %s".formatted(range.from, range.to));
		}
		return range;
	}

	/**
	 * The range's ends as ISO strings, compared in Cypher with the stored ISO date
	 * prefixes.
	 */
	public @Nullable String fromText() {
		return this.from == null ? null : this.from.toString();
	}

	public @Nullable String toText() {
		return this.to == null ? null : this.to.toString();
	}

	private static String member(String argument, String name) {
		return argument.isEmpty() ? name : argument + "." + name;
	}

	private static @Nullable LocalDate day(@Nullable String value, String argument) {
		if (value == null) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.getYear() < 1000 || day.getYear() > 9999) {
				throw new InvalidArgumentException(argument, "year must have four digits, was %s".formatted(value));
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidArgumentException(argument,
					"'%s' is not an ISO 8601 day such as 2025-11-03".formatted(value));
		}
	}

}
