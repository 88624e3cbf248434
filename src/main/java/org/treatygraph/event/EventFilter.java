package org.treatygraph.event;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The {@code EventFilter} input as the client sent it. */
record EventFilter(@Nullable List<String> involving, @Nullable List<String> kinds, @Nullable String from,
		@Nullable String to, @Nullable List<String> venueCountries, @Nullable String text,
		@Nullable Boolean includeRetracted) {

	static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null);

}
