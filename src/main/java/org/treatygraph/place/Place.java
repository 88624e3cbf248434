package org.treatygraph.place;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.identifier.Identified;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeReference;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.Values;

/**
 * A city or venue, with the keys and names of the place it lies in and of its country, so
 * that {@code locatedIn { name }} and {@code country { name }} need no read of their own.
 */
public record Place(String key, String name, String kind, List<String> aliases, @Nullable String locatedInKey,
		@Nullable String locatedInName, String countryKey, @Nullable String countryName) implements Identified {

	/**
	 * Cypher map projection of a {@code Place} node bound to {@code pl}, read by
	 * {@link #from}.
	 */
	public static final String PROJECTION = """
			pl {.id, .name, .kind, .aliases,
			    locatedIn: [(pl)-[:LOCATED_IN]->(parent:Place) | parent.id][0],
			    locatedInName: [(pl)-[:LOCATED_IN]->(parent:Place) | parent.name][0],
			    country: [(pl)-[:LOCATED_IN*1..4]->(c:Country) | c.id][0],
			    countryName: [(pl)-[:LOCATED_IN*1..4]->(c:Country) | c.name][0]}""";

	public static Place from(MapAccessor map) {
		return new Place(Values.string(map, "id"), Values.string(map, "name"), Values.string(map, "kind"),
				Values.strings(map, "aliases"), Values.optionalString(map, "locatedIn"),
				Values.optionalString(map, "locatedInName"), Values.string(map, "country"),
				Values.optionalString(map, "countryName"));
	}

	/** The place it lies in, as this read found it, or null. */
	@Nullable NodeReference locatedIn() {
		return (this.locatedInKey == null) ? null
				: new NodeReference(new GlobalId(NodeType.PLACE, this.locatedInKey), this.locatedInName);
	}

	/** Its country, as this read found it. */
	NodeReference country() {
		return new NodeReference(new GlobalId(NodeType.COUNTRY, this.countryKey), this.countryName);
	}

	public String id() {
		return globalId().id();
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.PLACE, this.key);
	}

}
