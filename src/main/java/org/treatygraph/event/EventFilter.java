package org.treatygraph.event;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The {@code EventFilter} input as the client sent it. */
record EventFilter(@Nullable List<String> involving, @Nullable List<String> kinds, @Nullable String from,
		@Nullable String to, @Nullable Boolean includeRetracted) {
}
