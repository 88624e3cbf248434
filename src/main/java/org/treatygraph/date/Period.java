package org.treatygraph.date;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.treatygraph.system.InvalidArgumentException;

/**
 * A start and an end as curators enter them for memberships and tenures; the end is never
 * before the start.
 */
public record Period(FuzzyDate start, FuzzyDate end) {

	/**
	 * Validates both dates and their order; errors name {@code input.start...} or
	 * {@code input.end...}.
	 */
	public static Period of(@Nullable FuzzyDateInput start, @Nullable FuzzyDateInput end) {
		FuzzyDate from = FuzzyDateInput.orUnknown(start, "input.start");
		FuzzyDate to = FuzzyDateInput.orUnknown(end, "input.end");
		if (to.certainlyBefore(from)) {
			throw new InvalidArgumentException("input.end.value",
					"must not be before the start (%s), was %s".formatted(from.value(), to.value()));
		}
		return new Period(from, to);
	}

	/**
	 * Stored as {@code start}, {@code startApproximate}, {@code startNote} and the same
	 * for {@code end}.
	 */
	public Map<String, @Nullable Object> properties() {
		Map<String, @Nullable Object> properties = new HashMap<>(FuzzyDateInput.properties("start", this.start));
		properties.putAll(FuzzyDateInput.properties("end", this.end));
		return properties;
	}

}
