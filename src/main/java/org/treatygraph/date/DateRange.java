package org.treatygraph.date;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
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
		DateRange range = new DateRange(day(from, false, member(argument, "from")),
				day(to, true, member(argument, "to")));
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

	/**
	 * A day, or the first (or, for the range's end, the last) day of a month or year:
	 * "from 2025 to 2025-06" is 1 January to 30 June 2025.
	 */
	private static @Nullable LocalDate day(@Nullable String value, boolean last, String argument) {
		if (value == null) {
			return null;
		}
		String text = value.strip();
		try {
			LocalDate day = switch (text.length()) {
				case 4 -> last ? Year.parse(text).atMonth(12).atEndOfMonth() : Year.parse(text).atDay(1);
				case 7 -> last ? YearMonth.parse(text).atEndOfMonth() : YearMonth.parse(text).atDay(1);
				default -> LocalDate.parse(text);
			};
			if (day.getYear() < 1000 || day.getYear() > 9999) {
				throw new InvalidArgumentException(argument, "year must have four digits, was %s".formatted(value));
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidArgumentException(argument,
					"'%s' is not a date such as 2025-11-03, 2025-11 or 2025 (ISO 8601)".formatted(value));
		}
	}

}
