package org.treatygraph.source;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.Values;

/**
 * A passage of a source that states a fact.
 *
 * @param source the source itself when the statement that found the citation read it too,
 * so {@code Citation.source} needs no statement of its own
 */
public record Citation(String key, String quote, String sourceKey, GlobalId fact, @Nullable Source source) {

	/**
	 * The data loader that serves each fact's citations; a statement that read them with
	 * the fact primes it.
	 */
	public static final String LOADER = "citations";

	/**
	 * Cypher projection of a citation bound to {@code c} with its source {@code s}, for a
	 * fact projected as {@code fact} ({@code {label: …, key: …}}), read by
	 * {@link #withSources}.
	 */
	public static final String WITH_SOURCE = """
			{citation: c {.id, .quote, source: s.id, fact: fact}, source: """ + Source.PROJECTION + "}";

	/**
	 * Cypher map projection of a {@code Citation} node bound to {@code c}, read by
	 * {@link #from}.
	 */
	static final String PROJECTION = """
			c {.id, .quote,
			   source: [(c)-[:FROM_SOURCE]->(s:Source) | s.id][0],
			   fact: [(c)-[:SUPPORTS]->(f) | {label: [l IN labels(f) WHERE l <> 'Retracted'][0], key: f.id}][0]}""";

	static Citation from(MapAccessor map) {
		GlobalId fact = GlobalId.reference(map, "fact");
		if (fact == null) {
			throw new IllegalStateException("Citation without fact: " + map.get("id"));
		}
		return new Citation(Values.string(map, "id"), Values.string(map, "quote"), Values.string(map, "source"), fact,
				null);
	}

	/** Citations read with {@link #WITH_SOURCE}. */
	public static List<Citation> withSources(Value items) {
		return items.asList(Citation::withSource);
	}

	/** A citation read with its source: {@code {citation: …, source: …}}. */
	static Citation withSource(MapAccessor map) {
		Citation citation = from(map.get("citation"));
		return new Citation(citation.key(), citation.quote(), citation.sourceKey(), citation.fact(),
				Source.from(map.get("source")));
	}

	public String id() {
		return GlobalId.encode(NodeType.CITATION, this.key);
	}

}
