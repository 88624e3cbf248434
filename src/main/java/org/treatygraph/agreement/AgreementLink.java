package org.treatygraph.agreement;

import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Fact;
import org.treatygraph.system.Values;

/** One agreement amending, superseding, implementing or renewing another. */
public record AgreementLink(String key, String relation, String agreementKey, String targetKey) implements Fact {

	/**
	 * Cypher map projection of an {@code AgreementLink} node bound to {@code l}, read by
	 * {@link #from}.
	 */
	static final String PROJECTION = """
			l {.id, .relation,
			   agreement: [(l)-[:OF_AGREEMENT]->(a:Agreement) | a.id][0],
			   target: [(l)-[:REFERS_TO]->(t:Agreement) | t.id][0]}""";

	static AgreementLink from(MapAccessor map) {
		return new AgreementLink(Values.string(map, "id"), Values.string(map, "relation"),
				Values.string(map, "agreement"), Values.string(map, "target"));
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.AGREEMENT_LINK, this.key);
	}

}
