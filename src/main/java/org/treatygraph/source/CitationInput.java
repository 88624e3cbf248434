package org.treatygraph.source;

import org.jspecify.annotations.Nullable;

/**
 * A passage that states a fact: from a registered source ({@code sourceId}) or a new one
 * ({@code source}).
 */
public record CitationInput(@Nullable String sourceId, @Nullable SourceInput source, @Nullable String quote) {
}
