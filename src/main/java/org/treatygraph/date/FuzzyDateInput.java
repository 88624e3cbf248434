package org.treatygraph.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.Text;

/**
 * A date as a curator enters it: as precise as the source, never more.
 *
 * @param value {@code 2025}, {@code 2025-11} or {@code 2025-11-03}; null when the source
 * gives no date
 * @param approximate whether the source gives it as approximate
 * @param note what the source says about the date, in words
 */
public record FuzzyDateInput(@Nullable String value, @Nullable Boolean approximate, @Nullable String note) {

	/** Earliest year a fact may carry; older diplomacy is out of this tracker's scope. */
	public static final int MIN_YEAR = 1800;

	/** How many years ahead an announced step may be dated. */
	public static final int MAX_YEARS_AHEAD = 50;

	public static final int MAX_NOTE = 500;

	/**
	 * The validated date; an error naming {@code argument.value} or
	 * {@code argument.note}.
	 */
	public FuzzyDate toFuzzyDate(String argument) {
		String text = Text.optional(this.value, argument + ".value", 10);
		if (text != null) {
			if (!text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
				throw new InvalidArgumentException(argument + ".value",
						"'%s' is not a year, month or day such as 2025, 2025-11 or 2025-11-03".formatted(text));
			}
			LocalDate earliest;
			try {
				earliest = new FuzzyDate(text, false, null).earliest();
			}
			catch (DateTimeException ex) {
				throw new InvalidArgumentException(argument + ".value", "'%s' is not a calendar date".formatted(text));
			}
			int maxYear = LocalDate.now().getYear() + MAX_YEARS_AHEAD;
			if (earliest == null || earliest.getYear() < MIN_YEAR || earliest.getYear() > maxYear) {
				throw new InvalidArgumentException(argument + ".value",
						"year must be between %d and %d, was %s".formatted(MIN_YEAR, maxYear, text.substring(0, 4)));
			}
		}
		return new FuzzyDate(text, Boolean.TRUE.equals(this.approximate),
				Text.optional(this.note, argument + ".note", MAX_NOTE));
	}

	/** Stored as {@code <name>}, {@code <name>Approximate} and {@code <name>Note}. */
	public static Map<String, @Nullable Object> properties(String name, FuzzyDate date) {
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put(name, date.value());
		properties.put(name + "Approximate", date.approximate() ? true : null);
		properties.put(name + "Note", date.note());
		return properties;
	}

}
