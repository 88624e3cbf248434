package org.treatygraph.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.identifier.Identified;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.Values;

/**
 * An organisation as the API shows it, with the keys of the country it is based in and
 * its parent.
 */
public record Organization(String key, String name, @Nullable String acronym, List<String> aliases, String kind,
		@Nullable String countryKey, @Nullable String partOfKey) implements Identified {

	/**
	 * Cypher map projection of an {@code Organization} node bound to {@code o}, read by
	 * {@link #from}.
	 */
	public static final String PROJECTION = """
			o {.id, .name, .acronym, .aliases, .kind,
			   country: [(o)-[:BASED_IN]->(c:Country) | c.id][0],
			   partOf: [(o)-[:PART_OF]->(p:Organization) | p.id][0]}""";

	public static Organization from(MapAccessor map) {
		return new Organization(Values.string(map, "id"), Values.string(map, "name"),
				Values.optionalString(map, "acronym"), Values.strings(map, "aliases"), Values.string(map, "kind"),
				Values.optionalString(map, "country"), Values.optionalString(map, "partOf"));
	}

	public String id() {
		return globalId().id();
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.ORGANIZATION, this.key);
	}

}
