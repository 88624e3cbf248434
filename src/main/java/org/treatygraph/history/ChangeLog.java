package org.treatygraph.history;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLookup;
import org.treatygraph.system.security.Caller;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every change in the same transaction as the change itself: who, when, which
 * operation, and the node's properties before and after. A change that rolls back leaves
 * no record, and no change is ever made without one.
 */
@Component
public class ChangeLog {

	private static final String RECORD = "WITH $label AS label, $key AS key\n" + NodeLookup.NODE_BY_LABEL_AND_KEY + """
			CREATE (c:Change {id: $id, at: datetime.transaction(), by: $by, operation: $operation,
			                  entityType: $type, entityKey: $key, before: $before, after: $after,
			                  clientMutationId: $clientMutationId})-[:CHANGED]->(n)
			RETURN c.at AS at
			""";

	private static final String PROPERTIES = "WITH $label AS label, $key AS key\n" + NodeLookup.NODE_BY_LABEL_AND_KEY
			+ "RETURN properties(n) AS properties";

	/**
	 * Records the creation of the node bound to {@code created}, in the statement that
	 * creates it, from a map bound to {@code change} that {@link #creation} made.
	 */
	public static final String RECORD_CREATION = """
			CREATE (recorded:Change) SET recorded = change, recorded.at = datetime.transaction()
			CREATE (recorded)-[:CHANGED]->(created)
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Neo4jClient neo4j;

	private final ApplicationEventPublisher events;

	ChangeLog(Neo4jClient neo4j, ApplicationEventPublisher events) {
		this.neo4j = neo4j;
		this.events = events;
	}

	/**
	 * The node's current properties, to pass as {@code before} when it is about to
	 * change.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Object> snapshot(GlobalId node) {
		return this.neo4j.query(PROPERTIES)
			.bindAll(NodeLookup.reference(node))
			.fetch()
			.one()
			.map(row -> (Map<String, Object>) asMap(row.get("properties")))
			.orElse(Map.of());
	}

	/**
	 * Records a change of {@code node}; {@code before} is null for a creation. The
	 * properties after are read from the node as the transaction now sees it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(GlobalId node, String operation, @Nullable Map<String, Object> before,
			@Nullable String clientMutationId) {
		record(node, operation, before, snapshot(node), clientMutationId);
	}

	/**
	 * Records the creation of {@code node}, whose properties the statement that created
	 * it returned ({@link #properties}): one statement, where {@link #record} reads them
	 * first.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordCreation(GlobalId node, String operation, Map<String, Object> properties,
			@Nullable String clientMutationId) {
		record(node, operation, null, properties, clientMutationId);
	}

	/** The node's properties a creating statement returned as {@code properties}. */
	public static Map<String, Object> properties(Map<String, Object> row) {
		return asMap(row.get("properties"));
	}

	private void record(GlobalId node, String operation, @Nullable Map<String, Object> before,
			Map<String, Object> after, @Nullable String clientMutationId) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("id", "chg-" + UUID.randomUUID());
		parameters.put("by", Caller.current().name());
		parameters.put("operation", mutationOr(operation));
		parameters.put("type", node.type().label());
		parameters.put("key", node.key());
		parameters.put("before", before == null ? null : JSON.writeValueAsString(before));
		parameters.put("after", JSON.writeValueAsString(after));
		parameters.put("clientMutationId", clientMutationId);
		parameters.put("label", node.type().label());
		Instant at = recordAt(parameters);
		this.events.publishEvent(new ChangeRecorded(node, mutationOr(operation), Caller.current().name(), at));
	}

	/**
	 * The record of a creation, for a statement that creates the node and its history
	 * together ({@link #RECORD_CREATION}); {@link #announce} it once that statement has
	 * run. Saves the two statements per node of {@link #record}.
	 * @param properties the node's properties as the statement sets them, but
	 * {@code createdAt}
	 * @param at the transaction's time, which the statement gives the node as
	 * {@code createdAt}
	 */
	public Creation creation(GlobalId node, String operation, Map<String, ?> properties, ZonedDateTime at,
			@Nullable String clientMutationId) {
		// a property set to null is not stored, so the node's own properties lack it too
		Map<String, Object> after = new HashMap<>();
		properties.forEach((name, value) -> {
			if (value != null) {
				after.put(name, value);
			}
		});
		after.put("createdAt", at);
		Map<String, Object> change = new HashMap<>();
		change.put("id", "chg-" + UUID.randomUUID());
		change.put("by", Caller.current().name());
		change.put("operation", mutationOr(operation));
		change.put("entityType", node.type().label());
		change.put("entityKey", node.key());
		change.put("after", JSON.writeValueAsString(after));
		if (clientMutationId != null) {
			change.put("clientMutationId", clientMutationId);
		}
		return new Creation(node, mutationOr(operation), change, at);
	}

	/**
	 * Tells the listeners of {@link ChangeRecorded} about creations their statement has
	 * recorded.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void announce(List<Creation> creations) {
		for (Creation creation : creations) {
			this.events.publishEvent(new ChangeRecorded(creation.node(), creation.operation(), Caller.current().name(),
					creation.at().toInstant()));
		}
	}

	/**
	 * Records that {@code duplicate} was merged into {@code survivor}; the duplicate now
	 * carries the {@code Merged} label instead of its own, and its history stays under
	 * its old id.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordMerged(GlobalId duplicate, GlobalId survivor, Map<String, Object> before,
			@Nullable String clientMutationId) {
		Map<String, Object> after = new java.util.HashMap<>(before);
		after.put("mergedInto", survivor.key());
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("id", "chg-" + UUID.randomUUID());
		parameters.put("by", Caller.current().name());
		parameters.put("operation", mutationOr("merge"));
		parameters.put("type", duplicate.type().label());
		parameters.put("key", duplicate.key());
		parameters.put("before", JSON.writeValueAsString(before));
		parameters.put("after", JSON.writeValueAsString(after));
		parameters.put("clientMutationId", clientMutationId);
		parameters.put("label", "Merged");
		Instant at = recordAt(parameters);
		this.events.publishEvent(new ChangeRecorded(survivor, mutationOr("merge"), Caller.current().name(), at));
	}

	/**
	 * Records the change and returns its time, the transaction's, as history stores it.
	 */
	private Instant recordAt(Map<String, @Nullable Object> parameters) {
		return this.neo4j.query(RECORD)
			.bindAll(parameters)
			.fetchAs(Instant.class)
			.mappedBy((types, row) -> row.get("at").asZonedDateTime().toInstant())
			.one()
			.orElseThrow(() -> new IllegalStateException("No node to record a change of: " + parameters.get("key")));
	}

	/**
	 * The mutation the curator called, which every change its work records is told as;
	 * {@code operation} only for work outside a mutation.
	 */
	private static String mutationOr(String operation) {
		return MutationReceipts.currentMutation().orElse(operation);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(@Nullable Object value) {
		return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

	/**
	 * A creation recorded in the statement that makes the node.
	 *
	 * @param change the {@code Change} node's properties but its time
	 * @param at the transaction's time, when the change is recorded
	 */
	public record Creation(GlobalId node, String operation, Map<String, Object> change, ZonedDateTime at) {
	}

}
