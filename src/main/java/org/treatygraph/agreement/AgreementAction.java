package org.treatygraph.agreement;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.date.FuzzyDate;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Fact;
import org.treatygraph.system.Values;

/**
 * A dated step in an agreement's life: announced, signed, ratified and so on, perhaps at
 * an event, such as the signing of 37 agreements during a state visit, and perhaps by one
 * party, such as a ratification.
 *
 * @param party the country or organisation that took the step; null when it is every
 * party's
 * @param text the wording of a reservation or declaration
 */
public record AgreementAction(String key, String kind, FuzzyDate date, String agreementKey, @Nullable String eventKey,
		@Nullable GlobalId party, @Nullable String text) implements Fact {

	/** Steps by which a party consents to be bound. */
	static final Set<String> CONSENTS = Set.of("RATIFIED", "ACCEPTED", "ACCEDED", "SUCCEEDED");

	/** Steps that come with a wording. */
	static final Set<String> WORDED = Set.of("RESERVATION_MADE", "DECLARATION_MADE");

	/**
	 * Cypher map projection of an {@code AgreementAction} node bound to {@code x}, read
	 * by {@link #from}.
	 */
	static final String PROJECTION = """
			x {.id, .kind, .date, .dateApproximate, .dateNote, .text,
			   agreement: [(x)-[:OF_AGREEMENT]->(a:Agreement) | a.id][0],
			   event: [(x)-[:AT_EVENT]->(e:Event) | e.id][0],
			   party: [(x)-[:BY_PARTY]->(y) | {label: labels(y)[0], key: y.id}][0]}""";

	static AgreementAction from(MapAccessor map) {
		return new AgreementAction(Values.string(map, "id"), Values.string(map, "kind"), FuzzyDate.from(map, "date"),
				Values.string(map, "agreement"), Values.optionalString(map, "event"), GlobalId.reference(map, "party"),
				Values.optionalString(map, "text"));
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.AGREEMENT_ACTION, this.key);
	}

}
