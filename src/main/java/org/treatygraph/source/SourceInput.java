package org.treatygraph.source;

import org.jspecify.annotations.Nullable;
import org.treatygraph.date.FuzzyDateInput;

/** An article or document as a curator registers it. */
public record SourceInput(@Nullable String title, @Nullable String url, @Nullable String publisher,
		@Nullable String author, @Nullable FuzzyDateInput published, @Nullable String language,
		@Nullable String category, @Nullable String text) {
}
