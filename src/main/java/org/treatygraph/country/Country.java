package org.treatygraph.country;

import java.util.List;

import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.identifier.Identified;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.Values;

/** A country as the API shows it. */
public record Country(String key, String code, String alpha3, String name, List<String> aliases) implements Identified {

	/**
	 * Cypher map projection of a {@code Country} node bound to {@code c}, read by
	 * {@link #from}.
	 */
	public static final String PROJECTION = "c {.id, .code, .alpha3, .name, .aliases}";

	public static Country from(MapAccessor map) {
		return new Country(Values.string(map, "id"), Values.string(map, "code"), Values.string(map, "alpha3"),
				Values.string(map, "name"), Values.strings(map, "aliases"));
	}

	public String id() {
		return globalId().id();
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.COUNTRY, this.key);
	}

}
