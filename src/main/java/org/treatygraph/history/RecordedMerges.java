package org.treatygraph.history;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a node under its natural key, or finds the one already there, and records a
 * creation in history. The statement must {@code MERGE} on the natural key and return
 * {@code key}, {@code created} and, when created, the node's {@code properties} (which
 * the history records, saving a statement to read them again); the uniqueness constraint
 * on the key makes concurrent identical creates meet.
 */
@Component
public class RecordedMerges {

	private final Neo4jClient neo4j;

	private final ChangeLog changes;

	RecordedMerges(Neo4jClient neo4j, ChangeLog changes) {
		this.neo4j = neo4j;
		this.changes = changes;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Created merge(NodeType type, String cypher, Map<String, ?> parameters, String operation,
			@Nullable String clientMutationId) {
		@SuppressWarnings("unchecked")
		Map<String, Object> bound = (Map<String, Object>) parameters;
		Map<String, Object> row = this.neo4j.query(cypher).bindAll(bound).fetch().one().orElseThrow();
		Created created = new Created(new GlobalId(type, (String) row.get("key")),
				Boolean.TRUE.equals(row.get("created")));
		if (created.created()) {
			this.changes.recordCreation(created.node(), operation, ChangeLog.properties(row), clientMutationId);
		}
		return created;
	}

	/**
	 * The node, and whether this call created it rather than finding an identical one.
	 */
	public record Created(GlobalId node, boolean created) {
	}

}
