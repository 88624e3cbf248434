package org.treatygraph.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
	 * Longest value read far enough to say what is wrong with it; no written date is
	 * longer.
	 */
	private static final int MAX_WRITTEN = 60;

	private static final String ACCEPTED = "a day such as 2024-11-20, a month such as 2024-11 or a year such as 2024";

	/** Dates as news copy writes them, each with the precision it gives. */
	private static final List<WrittenForm> WRITTEN_FORMS = List.of(new WrittenForm("d MMMM uuuu", "uuuu-MM-dd"),
			new WrittenForm("d MMM uuuu", "uuuu-MM-dd"), new WrittenForm("MMMM d, uuuu", "uuuu-MM-dd"),
			new WrittenForm("MMM d, uuuu", "uuuu-MM-dd"), new WrittenForm("MMMM uuuu", "uuuu-MM"),
			new WrittenForm("MMM uuuu", "uuuu-MM"));

	/**
	 * The validated date, {@link FuzzyDate#UNKNOWN} when none was sent; an error naming
	 * {@code argument.value} or {@code argument.note}.
	 */
	public static FuzzyDate orUnknown(@Nullable FuzzyDateInput date, String argument) {
		return (date != null) ? date.toFuzzyDate(argument) : FuzzyDate.UNKNOWN;
	}

	/**
	 * The validated date; an error naming {@code argument.value} or
	 * {@code argument.note}.
	 */
	public FuzzyDate toFuzzyDate(String argument) {
		String text = Text.optional(this.value, argument + ".value", MAX_WRITTEN);
		if (text != null) {
			if (!text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
				throw new InvalidArgumentException(argument + ".value",
						"'%s' is not a year, month or day in ISO 8601: %s%s".formatted(text, ACCEPTED,
								suggestion(text)));
			}
			LocalDate earliest;
			try {
				earliest = new FuzzyDate(text, false, null).earliest();
			}
			catch (DateTimeException ex) {
				throw new InvalidArgumentException(argument + ".value",
						"'%s' is not a calendar date; give %s".formatted(text, ACCEPTED));
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

	/**
	 * What a curator who wrote the date as the article does should send instead, such as
	 * "; for '20 November 2024' send 2024-11-20"; empty when it is no date we recognise.
	 */
	private static String suggestion(String text) {
		for (WrittenForm form : WRITTEN_FORMS) {
			try {
				TemporalAccessor parsed = form.reading().parse(text);
				return "; for '%s' send %s".formatted(text, form.iso().format(parsed));
			}
			catch (DateTimeException notThisForm) {
				// try the next form
			}
		}
		return "";
	}

	private record WrittenForm(DateTimeFormatter reading, DateTimeFormatter iso) {

		WrittenForm(String reading, String iso) {
			this(new DateTimeFormatterBuilder().parseCaseInsensitive()
				.appendPattern(reading)
				.toFormatter(Locale.ENGLISH)
				.withResolverStyle(ResolverStyle.STRICT), DateTimeFormatter.ofPattern(iso, Locale.ROOT));
		}

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
