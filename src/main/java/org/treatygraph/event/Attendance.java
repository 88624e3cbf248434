package org.treatygraph.event;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Fact;
import org.treatygraph.system.Values;

/** A person, organisation or country taking part in an event. */
public record Attendance(String key, @Nullable String role, GlobalId attendee, String eventKey) implements Fact {

	/**
	 * Cypher map projection of an {@code Attendance} node bound to {@code t}, read by
	 * {@link #from}.
	 */
	static final String PROJECTION = """
			t {.id, .role,
			   attendee: [(t)-[:ATTENDEE]->(x) | {label: labels(x)[0], key: x.id}][0],
			   event: [(t)-[:AT_EVENT]->(e:Event) | e.id][0]}""";

	static Attendance from(MapAccessor map) {
		GlobalId attendee = GlobalId.reference(map, "attendee");
		if (attendee == null) {
			throw new IllegalStateException("Attendance without attendee: " + map.get("id"));
		}
		return new Attendance(Values.string(map, "id"), Values.optionalString(map, "role"), attendee,
				Values.string(map, "event"));
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.ATTENDANCE, this.key);
	}

}
