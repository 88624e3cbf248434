package org.treatygraph.history;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.treatygraph.system.GlobalId;
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

	private static final String RECORD = """
			MATCH (n:%s {id: $key})
			CREATE (c:Change {id: $id, at: datetime.transaction(), by: $by, operation: $operation,
			                  entityType: $type, entityKey: $key, before: $before, after: $after,
			                  clientMutationId: $clientMutationId})-[:CHANGED]->(n)
			""";

	private static final String PROPERTIES = "MATCH (n:%s {id: $key}) RETURN properties(n) AS properties";

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
		return this.neo4j.query(PROPERTIES.formatted(node.type().label()))
			.bind(node.key())
			.to("key")
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
		Map<String, Object> after = snapshot(node);
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("id", "chg-" + UUID.randomUUID());
		parameters.put("by", Caller.current().name());
		parameters.put("operation", operation);
		parameters.put("type", node.type().label());
		parameters.put("key", node.key());
		parameters.put("before", before == null ? null : JSON.writeValueAsString(before));
		parameters.put("after", JSON.writeValueAsString(after));
		parameters.put("clientMutationId", clientMutationId);
		this.neo4j.query(RECORD.formatted(node.type().label())).bindAll(parameters).run();
		this.events.publishEvent(new FactChanged(node, operation, Caller.current().name(), Instant.now()));
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
		parameters.put("operation", "merge");
		parameters.put("type", duplicate.type().label());
		parameters.put("key", duplicate.key());
		parameters.put("before", JSON.writeValueAsString(before));
		parameters.put("after", JSON.writeValueAsString(after));
		parameters.put("clientMutationId", clientMutationId);
		this.neo4j.query(RECORD.formatted("Merged")).bindAll(parameters).run();
		this.events.publishEvent(new FactChanged(survivor, "merge", Caller.current().name(), Instant.now()));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(@Nullable Object value) {
		return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

}
