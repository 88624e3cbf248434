package org.treatygraph.place;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.identifier.Identified;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.Values;

/** A city or venue, with the keys of the place it lies in and of its country. */
public record Place(String key, String name, String kind, List<String> aliases, @Nullable String locatedInKey,
		String countryKey) implements Identified {

	/**
	 * Cypher map projection of a {@code Place} node bound to {@code pl}, read by
	 * {@link #from}.
	 */
	public static final String PROJECTION = """
			pl {.id, .name, .kind, .aliases,
			    locatedIn: [(pl)-[:LOCATED_IN]->(parent:Place) | parent.id][0],
			    country: [(pl)-[:LOCATED_IN*1..4]->(c:Country) | c.id][0]}""";

	public static Place from(MapAccessor map) {
		return new Place(Values.string(map, "id"), Values.string(map, "name"), Values.string(map, "kind"),
				Values.strings(map, "aliases"), Values.optionalString(map, "locatedIn"), Values.string(map, "country"));
	}

	public String id() {
		return globalId().id();
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.PLACE, this.key);
	}

}
