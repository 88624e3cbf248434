package org.treatygraph.person;

import java.util.List;

import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.identifier.Identified;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.Values;

/** A person as the API shows them. */
public record Person(String key, String name, List<String> aliases) implements Identified {

	/**
	 * Cypher map projection of a {@code Person} node bound to {@code p}, read by
	 * {@link #from}.
	 */
	public static final String PROJECTION = "p {.id, .name, .aliases}";

	public static Person from(MapAccessor map) {
		return new Person(Values.string(map, "id"), Values.string(map, "name"), Values.strings(map, "aliases"));
	}

	public String id() {
		return globalId().id();
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.PERSON, this.key);
	}

}
