package org.treatygraph.source;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.date.FuzzyDate;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.Values;

/** An article or document that facts are taken from. */
public record Source(String key, String title, @Nullable String publisher, @Nullable String author,
		@Nullable String url, FuzzyDate published, FuzzyDate retrieved, @Nullable String language,
		@Nullable String category, @Nullable String text, @Nullable String contentHash) {

	/**
	 * Cypher map projection of a {@code Source} node bound to {@code s}, read by
	 * {@link #from}.
	 */
	static final String PROJECTION = """
			s {.id, .title, .publisher, .author, .url, .language, .category, .text, .contentHash,
			   .published, .publishedApproximate, .publishedNote, .retrieved, .retrievedApproximate, .retrievedNote}""";

	static Source from(MapAccessor map) {
		return new Source(Values.string(map, "id"), Values.string(map, "title"),
				Values.optionalString(map, "publisher"), Values.optionalString(map, "author"),
				Values.optionalString(map, "url"), FuzzyDate.from(map, "published"), FuzzyDate.from(map, "retrieved"),
				Values.optionalString(map, "language"), Values.optionalString(map, "category"),
				Values.optionalString(map, "text"), Values.optionalString(map, "contentHash"));
	}

	public String id() {
		return GlobalId.encode(NodeType.SOURCE, this.key);
	}

	/** Where a quote starts in the text, for reading citations in the source's order. */
	int positionOf(String quote) {
		int position = this.text == null ? -1 : this.text.indexOf(quote);
		return position < 0 ? Integer.MAX_VALUE : position;
	}

}
