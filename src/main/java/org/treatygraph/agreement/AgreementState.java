package org.treatygraph.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.treatygraph.history.ChangeRecorded;
import org.treatygraph.node.NodeType;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps on each agreement node what present-time reads would otherwise derive per row:
 * its status and the first date of its standing steps and signatures. Every change to a
 * step or signature, retractions included, is followed in the same transaction, so a read
 * never sees a stale status; reads as of an earlier moment derive both from history
 * instead.
 */
@Component
public class AgreementState {

	/**
	 * Recomputes the state of the agreements named in {@code $keys}: ids of agreements,
	 * or of their steps or signatures. The status is the furthest step reached, unless
	 * the agreement was withdrawn or terminated; a standing signature counts as signed.
	 */
	public static final String REFRESH = """
			UNWIND $keys AS key
			CALL (key) {
			  MATCH (a:Agreement {id: key}) RETURN a
			  UNION
			  MATCH (:AgreementAction {id: key})-[:OF_AGREEMENT]->(a:Agreement) RETURN a
			  UNION
			  MATCH (:Signature {id: key})-[:OF_AGREEMENT]->(a:Agreement) RETURN a
			}
			WITH DISTINCT a
			WITH a,
			     COLLECT { MATCH (a)<-[:OF_AGREEMENT]-(x:AgreementAction) WHERE NOT x:Retracted RETURN x.kind } AS kinds,
			     EXISTS { (a)<-[:OF_AGREEMENT]-(s:Signature) WHERE NOT s:Retracted } AS signed,
			     COLLECT { MATCH (a)<-[:OF_AGREEMENT]-(x) WHERE (x:AgreementAction OR x:Signature) AND x.date IS NOT NULL
			                 AND NOT x:Retracted RETURN x.date ORDER BY x.date LIMIT 1 } AS dates
			SET a.status = CASE
			      WHEN 'TERMINATED' IN kinds THEN 'TERMINATED'
			      WHEN 'WITHDRAWN' IN kinds THEN 'WITHDRAWN'
			      WHEN 'ENTERED_INTO_FORCE' IN kinds THEN 'IN_FORCE'
			      WHEN 'RATIFIED' IN kinds THEN 'RATIFIED'
			      WHEN 'SIGNED' IN kinds OR signed THEN 'SIGNED'
			      WHEN 'CONCLUDED' IN kinds THEN 'CONCLUDED'
			      WHEN 'ANNOUNCED' IN kinds THEN 'ANNOUNCED'
			      ELSE 'UNKNOWN'
			    END,
			    a.firstDate = head(dates)
			""";

	/** Changes of these nodes move their agreement's status or first date. */
	private static final Set<NodeType> STATE_BEARING = Set.of(NodeType.AGREEMENT_ACTION, NodeType.SIGNATURE);

	private final Neo4jClient neo4j;

	AgreementState(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Runs inside the curator's transaction: {@link ChangeRecorded} is published before
	 * the commit, on the committing thread.
	 */
	@EventListener
	void follow(ChangeRecorded change) {
		if (STATE_BEARING.contains(change.node().type())) {
			refresh(List.of(change.node().key()));
		}
	}

	void refresh(Collection<String> keys) {
		this.neo4j.query(REFRESH).bind(keys).to("keys").run();
	}

}
