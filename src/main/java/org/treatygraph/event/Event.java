package org.treatygraph.event;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.system.FuzzyDate;
import org.treatygraph.system.GlobalId;
import org.treatygraph.system.NodeType;
import org.treatygraph.system.Values;

/** An event as the API shows it, with the key of its venue. */
public record Event(String key, String name, String kind, @Nullable Integer edition, @Nullable String summary,
		FuzzyDate date, @Nullable String venueKey) {

	/**
	 * Cypher map projection of an {@code Event} node bound to {@code e}, read by
	 * {@link #from}.
	 */
	public static final String PROJECTION = """
			e {.id, .name, .kind, .edition, .summary, .date, .dateApproximate, .dateNote,
			   venue: [(e)-[:HELD_AT]->(pl:Place) | pl.id][0]}""";

	/**
	 * Orders events by date, undated ones last, then by name; also the cursor's sort key.
	 * The space sorts before "-", so an event dated only to 2025 comes before one dated
	 * 2025-11.
	 */
	static final String SORT_KEY = "coalesce(e.date, '~') + ' ' + e.name";

	public static Event from(MapAccessor map) {
		return new Event(Values.string(map, "id"), Values.string(map, "name"), Values.string(map, "kind"),
				Values.optionalInt(map, "edition"), Values.optionalString(map, "summary"),
				Values.fuzzyDate(map, "date"), Values.optionalString(map, "venue"));
	}

	public String id() {
		return GlobalId.encode(NodeType.EVENT, this.key);
	}

}
