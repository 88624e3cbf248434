package org.treatygraph.date;

import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.system.Values;

/**
 * A date as precisely as the source gives it: a day ({@code 2025-11-03}), a month
 * ({@code 2025-11}), a year ({@code 2025}) or nothing. What the source actually said
 * ("yesterday" in an undated article) is kept as a note, so no date is ever invented to
 * fill the gap.
 */
public record FuzzyDate(@Nullable String value, boolean approximate, @Nullable String note) {

	public static final FuzzyDate UNKNOWN = new FuzzyDate(null, false, null);

	/**
	 * A date stored as {@code <name>}, {@code <name>Approximate} and {@code <name>Note}.
	 */
	public static FuzzyDate from(MapAccessor map, String name) {
		Value approximate = map.get(name + "Approximate");
		return new FuzzyDate(Values.optionalString(map, name), !approximate.isNull() && approximate.asBoolean(),
				Values.optionalString(map, name + "Note"));
	}

	public FuzzyDate {
		if (value != null) {
			earliestOf(value);
		}
	}

	public DatePrecision precision() {
		if (this.value == null) {
			return DatePrecision.UNKNOWN;
		}
		return switch (this.value.length()) {
			case 4 -> DatePrecision.YEAR;
			case 7 -> DatePrecision.MONTH;
			default -> DatePrecision.DAY;
		};
	}

	/** First day the date can stand for. */
	public @Nullable LocalDate earliest() {
		return this.value == null ? null : earliestOf(this.value);
	}

	/** Last day the date can stand for. */
	public @Nullable LocalDate latest() {
		if (this.value == null) {
			return null;
		}
		return switch (precision()) {
			case YEAR -> LocalDate.of(Integer.parseInt(this.value), 12, 31);
			case MONTH -> YearMonth.parse(this.value).atEndOfMonth();
			default -> LocalDate.parse(this.value);
		};
	}

	/**
	 * True when this date certainly lies before {@code other}: even its last day precedes
	 * their first.
	 */
	public boolean certainlyBefore(FuzzyDate other) {
		LocalDate latest = latest();
		LocalDate otherEarliest = other.earliest();
		return latest != null && otherEarliest != null && latest.isBefore(otherEarliest);
	}

	private static LocalDate earliestOf(String value) {
		return switch (value.length()) {
			case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
			case 7 -> YearMonth.parse(value).atDay(1);
			case 10 -> LocalDate.parse(value);
			default -> throw new IllegalArgumentException("Not an ISO date, month or year: " + value);
		};
	}

	public enum DatePrecision {

		DAY, MONTH, YEAR, UNKNOWN

	}

}
