package org.treatygraph.agreement;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.date.FuzzyDate;
import org.treatygraph.event.Event;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeReference;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Fact;
import org.treatygraph.system.Values;

/**
 * A person signing an agreement, in a post, for a principal, perhaps at an event, which
 * comes as the same read found it.
 */
public record Signature(String key, String agreementKey, String signerKey, @Nullable String post,
		@Nullable GlobalId onBehalfOf, @Nullable Event eventAsRead, FuzzyDate date, Names names) implements Fact {

	/**
	 * The names of the signer and the principal as the signature's read found them, so
	 * that {@code signer { name }} and {@code onBehalfOf { name }} need no read of their
	 * own.
	 */
	record Names(@Nullable String signer, @Nullable String principal) {
	}

	/**
	 * Cypher map projection of a {@code Signature} node bound to {@code s}, read by
	 * {@link #from}.
	 */
	static final String PROJECTION = """
			s {.id, .post, .date, .dateApproximate, .dateNote,
			   agreement: [(s)-[:OF_AGREEMENT]->(a:Agreement) | a.id][0],
			   signer: [(s)-[:SIGNER]->(p:Person) | p.id][0],
			   signerName: [(s)-[:SIGNER]->(p:Person) | p.name][0],
			   onBehalfOf: [(s)-[:ON_BEHALF_OF]->(x) | {label: labels(x)[0], key: x.id, name: x.name}][0],
			   event: [(s)-[:AT_EVENT]->(e:Event) | """ + Event.PROJECTION + "][0]}";

	static Signature from(MapAccessor map) {
		return new Signature(Values.string(map, "id"), Values.string(map, "agreement"), Values.string(map, "signer"),
				Values.optionalString(map, "post"), GlobalId.reference(map, "onBehalfOf"),
				map.get("event").isNull() ? null : Event.from(map.get("event")), FuzzyDate.from(map, "date"),
				new Names(Values.optionalString(map, "signerName"),
						map.get("onBehalfOf").isNull() ? null : map.get("onBehalfOf").get("name").asString(null)));
	}

	/** The signer, as this read found it. */
	NodeReference signer() {
		return new NodeReference(new GlobalId(NodeType.PERSON, this.signerKey), this.names.signer());
	}

	/** The key of the event it was signed at, or null. */
	@Nullable String eventKey() {
		return (this.eventAsRead == null) ? null : this.eventAsRead.key();
	}

	/** The principal, as this read found it, or null. */
	@Nullable NodeReference principal() {
		return (this.onBehalfOf == null) ? null : new NodeReference(this.onBehalfOf, this.names.principal());
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.SIGNATURE, this.key);
	}

}
