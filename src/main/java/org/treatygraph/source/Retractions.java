package org.treatygraph.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.treatygraph.history.ChangeLog;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLookup;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.Text;
import org.treatygraph.system.security.Caller;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retraction instead of deletion: a retracted fact or citation keeps its node, is left
 * out of lists, and says who retracted it, when and why.
 */
@Component
class Retractions {

	static final int MAX_REASON = 1000;

	/** Facts and the citations of facts. */
	private static final Set<NodeType> RETRACTABLE = Stream
		.concat(Citations.FACTS.stream(), Stream.of(NodeType.CITATION))
		.collect(Collectors.toUnmodifiableSet());

	private static final String RETRACT = "WITH $label AS label, $key AS key\n" + NodeLookup.NODE_BY_LABEL_AND_KEY + """
			SET n:Retracted, n.retractedAt = datetime.transaction(), n.retractedBy = $by, n.retractionReason = $reason,
			    n.version = coalesce(n.version, 1) + 1
			""";

	private static final String OF_REFERENCES = """
			UNWIND $references AS reference
			WITH reference.label AS label, reference.key AS key
			""" + NodeLookup.NODE_BY_LABEL_AND_KEY + """
			WITH label, n WHERE n.retractedAt <= $asOf
			RETURN label, n.id AS key, toString(n.retractedAt) AS at, n.retractedBy AS by, n.retractionReason AS reason
			""";

	private final Neo4jClient neo4j;

	private final ChangeLog changes;

	private final NodeLookup nodes;

	Retractions(Neo4jClient neo4j, ChangeLog changes, NodeLookup nodes) {
		this.neo4j = neo4j;
		this.changes = changes;
		this.nodes = nodes;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	GlobalId retract(String id, @Nullable String reason, @Nullable String clientMutationId) {
		GlobalId node = GlobalId.decode(id)
			.orElseThrow(() -> new InvalidArgumentException("input.id", "'%s' is not a Treatygraph id".formatted(id)));
		if (!RETRACTABLE.contains(node.type())) {
			throw new InvalidArgumentException("input.id",
					"'%s' is the id of a %s; only facts and citations are retracted".formatted(id,
							node.type().label()));
		}
		String why = Text.required(reason, "input.reason", MAX_REASON);
		this.nodes.requireExists(node, "input.id");
		Map<String, Object> before = this.changes.snapshot(node);
		if (before.get("retractedAt") != null) {
			throw new InvalidArgumentException("input.id", "is already retracted");
		}
		this.neo4j.query(RETRACT)
			.bindAll(Map.of("label", node.type().label(), "key", node.key(), "by", Caller.current().name(), "reason",
					why))
			.run();
		this.changes.record(node, "retract", before, clientMutationId);
		return node;
	}

	/**
	 * Retractions of the given nodes, one query for all types; nodes that stand are left
	 * out.
	 */
	@Transactional(readOnly = true)
	Map<GlobalId, Retraction> of(Collection<GlobalId> nodes) {
		Map<GlobalId, Retraction> found = new HashMap<>();
		this.neo4j.query(OF_REFERENCES)
			.bind(nodes.stream().map(NodeLookup::reference).toList())
			.to("references")
			.fetch()
			.all()
			.forEach(row -> found.put(
					new GlobalId(NodeType.fromLabel((String) row.get("label")).orElseThrow(), (String) row.get("key")),
					new Retraction((String) row.get("at"), (String) row.get("by"), (String) row.get("reason"))));
		return found;
	}

	/** Who retracted a node, when and why. */
	record Retraction(String at, String by, String reason) {
	}

}
