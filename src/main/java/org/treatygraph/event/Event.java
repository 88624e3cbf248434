package org.treatygraph.event;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.date.FuzzyDate;
import org.treatygraph.identifier.Identified;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeReference;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Fact;
import org.treatygraph.system.Values;

/**
 * An event as the API shows it, with the key of its venue and the venue's name, so that
 * {@code venue { name }} needs no read of its own.
 */
public record Event(String key, String name, String kind, @Nullable Integer edition, @Nullable String summary,
		FuzzyDate date, @Nullable String venueKey, @Nullable String venueName,
		@Nullable Integer agreementsReported) implements Fact, Identified {

	/**
	 * Cypher map projection of an {@code Event} node bound to {@code e}, read by
	 * {@link #from}.
	 */
	public static final String PROJECTION = """
			e {.id, .name, .kind, .edition, .summary, .date, .dateApproximate, .dateNote, .agreementsReported,
			   venue: [(e)-[:HELD_AT]->(pl:Place) | pl.id][0], venueName: [(e)-[:HELD_AT]->(pl:Place) | pl.name][0]}""";

	/**
	 * Orders events by date, undated ones last, then by name; also the cursor's sort key.
	 * The space sorts before "-", so an event dated only to 2025 comes before one dated
	 * 2025-11.
	 */
	public static final String SORT_KEY = "coalesce(e.date, '~') + ' ' + e.name";

	public static Event from(MapAccessor map) {
		return new Event(Values.string(map, "id"), Values.string(map, "name"), Values.string(map, "kind"),
				Values.optionalInt(map, "edition"), Values.optionalString(map, "summary"), FuzzyDate.from(map, "date"),
				Values.optionalString(map, "venue"), Values.optionalString(map, "venueName"),
				Values.optionalInt(map, "agreementsReported"));
	}

	/** The venue, as this read found it, or null. */
	@Nullable NodeReference venue() {
		return (this.venueKey == null) ? null
				: new NodeReference(new GlobalId(NodeType.PLACE, this.venueKey), this.venueName);
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.EVENT, this.key);
	}

}
