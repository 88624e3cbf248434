package org.treatygraph.event;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeReference;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Fact;
import org.treatygraph.system.Values;

/**
 * A person, organisation or country taking part in an event, with the attendee's name, so
 * that {@code attendee { name }} needs no read of its own.
 */
public record Attendance(String key, @Nullable String role, GlobalId attendee, @Nullable String attendeeName,
		String eventKey) implements Fact {

	/**
	 * Cypher map projection of an {@code Attendance} node bound to {@code t}, read by
	 * {@link #from}.
	 */
	static final String PROJECTION = """
			t {.id, .role,
			   attendee: [(t)-[:ATTENDEE]->(x) | {label: labels(x)[0], key: x.id, name: x.name}][0],
			   event: [(t)-[:AT_EVENT]->(e:Event) | e.id][0]}""";

	static Attendance from(MapAccessor map) {
		GlobalId attendee = GlobalId.reference(map, "attendee");
		if (attendee == null) {
			throw new IllegalStateException("Attendance without attendee: " + map.get("id"));
		}
		return new Attendance(Values.string(map, "id"), Values.optionalString(map, "role"), attendee,
				map.get("attendee").get("name").asString(null), Values.string(map, "event"));
	}

	/** The attendee, as this read found it. */
	NodeReference attendeeAsRead() {
		return new NodeReference(this.attendee, this.attendeeName);
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.ATTENDANCE, this.key);
	}

}
