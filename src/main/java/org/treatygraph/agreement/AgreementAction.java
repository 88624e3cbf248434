package org.treatygraph.agreement;

import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.system.FuzzyDate;
import org.treatygraph.system.GlobalId;
import org.treatygraph.system.NodeType;
import org.treatygraph.system.Values;

/** A dated step in an agreement's life: announced, signed, ratified and so on. */
public record AgreementAction(String key, String kind, FuzzyDate date, String agreementKey) {

	/**
	 * Cypher map projection of an {@code AgreementAction} node bound to {@code x}, read
	 * by {@link #from}.
	 */
	static final String PROJECTION = """
			x {.id, .kind, .date, .dateApproximate, .dateNote,
			   agreement: [(x)-[:OF_AGREEMENT]->(a:Agreement) | a.id][0]}""";

	static AgreementAction from(MapAccessor map) {
		return new AgreementAction(Values.string(map, "id"), Values.string(map, "kind"), Values.fuzzyDate(map, "date"),
				Values.string(map, "agreement"));
	}

	public String id() {
		return GlobalId.encode(NodeType.AGREEMENT_ACTION, this.key);
	}

}
