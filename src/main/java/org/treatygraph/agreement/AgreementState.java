package org.treatygraph.agreement;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.treatygraph.history.ChangeRecorded;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.AsOf;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps on each agreement node what present-time reads would otherwise derive per row:
 * its status and the first date of its standing steps and signatures. Every change to a
 * party, step or signature, retractions included, is followed in the same transaction, so
 * a read never sees a stale status; reads as of an earlier moment derive both from
 * history instead.
 */
@Component
public class AgreementState {

	/**
	 * Recomputes the state of the agreements named in {@code $keys}: ids of agreements,
	 * or of their parties, steps or signatures. The status follows
	 * {@link Agreement#STATUS} read as of the present, the one rule for the present and
	 * the past.
	 */
	public static final String REFRESH = """
			UNWIND $keys AS key
			CALL (key) {
			  MATCH (a:Agreement {id: key}) RETURN a
			  UNION
			  MATCH (:AgreementAction {id: key})-[:OF_AGREEMENT]->(a:Agreement) RETURN a
			  UNION
			  MATCH (:Signature {id: key})-[:OF_AGREEMENT]->(a:Agreement) RETURN a
			  UNION
			  MATCH (:Party {id: key})-[:OF_AGREEMENT]->(a:Agreement) RETURN a
			}
			WITH DISTINCT a
			WITH a, COLLECT { MATCH (a)<-[:OF_AGREEMENT]-(x) WHERE (x:AgreementAction OR x:Signature) AND x.date IS NOT NULL
			                    AND NOT x:Retracted RETURN x.date ORDER BY x.date LIMIT 1 } AS dates
			SET a.status =
			"""
			+ Agreement.STATUS + """
					,
					    a.firstDate = head(dates)
					""";

	/**
	 * The parameters of {@link #REFRESH} for these keys, read as of the present: every
	 * standing fact counts. For a driver session; the application's {@code Neo4jClient}
	 * binds {@code $asOf} itself.
	 */
	public static Map<String, Object> refreshing(Collection<?> keys) {
		return Map.of("keys", keys, "asOf", AsOf.PRESENT);
	}

	/** Changes of these nodes move their agreement's status or first date. */
	private static final Set<NodeType> STATE_BEARING = Set.of(NodeType.AGREEMENT_ACTION, NodeType.SIGNATURE,
			NodeType.PARTY);

	/** The transaction resource holding the keys of the parts written so far. */
	private static final Object PENDING = AgreementState.class.getName() + ".pending";

	private final Neo4jClient neo4j;

	AgreementState(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Runs inside the curator's transaction: {@link ChangeRecorded} is published before
	 * the commit, on the committing thread. The agreements a transaction touched are
	 * refreshed once, just before it commits, however many of their parts it wrote.
	 */
	@EventListener
	void follow(ChangeRecorded change) {
		if (!STATE_BEARING.contains(change.node().type())) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			refresh(List.of(change.node().key()));
			return;
		}
		@SuppressWarnings("unchecked")
		Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(PENDING);
		if (pending == null) {
			Set<String> keys = new LinkedHashSet<>();
			TransactionSynchronizationManager.bindResource(PENDING, keys);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					refresh(keys);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
				}

			});
			pending = keys;
		}
		pending.add(change.node().key());
	}

	void refresh(Collection<String> keys) {
		// the client binds $asOf to the present, as it does for every statement of a
		// write
		this.neo4j.query(REFRESH).bind(keys).to("keys").run();
	}

}
