package org.treatygraph.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.identifier.Identified;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeReference;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.Values;

/**
 * An organisation as the API shows it, with the keys and names of the country it is based
 * in and of its parent, so that {@code country { name }} and {@code partOf { name }} need
 * no read of their own.
 */
public record Organization(String key, String name, @Nullable String acronym, List<String> aliases, String kind,
		@Nullable String countryKey, @Nullable String countryName, @Nullable String partOfKey,
		@Nullable String partOfName) implements Identified {

	/**
	 * Cypher map projection of an {@code Organization} node bound to {@code o}, read by
	 * {@link #from}.
	 */
	public static final String PROJECTION = """
			o {.id, .name, .acronym, .aliases, .kind,
			   country: [(o)-[:BASED_IN]->(c:Country) | c.id][0],
			   countryName: [(o)-[:BASED_IN]->(c:Country) | c.name][0],
			   partOf: [(o)-[:PART_OF]->(p:Organization) | p.id][0],
			   partOfName: [(o)-[:PART_OF]->(p:Organization) | p.name][0]}""";

	public static Organization from(MapAccessor map) {
		return new Organization(Values.string(map, "id"), Values.string(map, "name"),
				Values.optionalString(map, "acronym"), Values.strings(map, "aliases"), Values.string(map, "kind"),
				Values.optionalString(map, "country"), Values.optionalString(map, "countryName"),
				Values.optionalString(map, "partOf"), Values.optionalString(map, "partOfName"));
	}

	/** The country it is based in, as this read found it, or null. */
	@Nullable NodeReference country() {
		return (this.countryKey == null) ? null
				: new NodeReference(new GlobalId(NodeType.COUNTRY, this.countryKey), this.countryName);
	}

	/** Its parent organisation, as this read found it, or null. */
	@Nullable NodeReference partOf() {
		return (this.partOfKey == null) ? null
				: new NodeReference(new GlobalId(NodeType.ORGANIZATION, this.partOfKey), this.partOfName);
	}

	public String id() {
		return globalId().id();
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.ORGANIZATION, this.key);
	}

}
