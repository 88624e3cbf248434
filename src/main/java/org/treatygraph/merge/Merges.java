package org.treatygraph.merge;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.treatygraph.history.ChangeLog;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLookup;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.Text;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two records found to be the same person or organisation become one: every relationship
 * of the duplicate moves to the survivor, its names become aliases, and the duplicate
 * stays as a {@code Merged} node whose id resolves to the survivor. Nothing is deleted.
 */
@Component
class Merges {

	static final Set<NodeType> MERGEABLE = Set.of(NodeType.PERSON, NodeType.ORGANIZATION);

	/**
	 * Moves the duplicate's relationships to the survivor. The two are found by an index
	 * seek per mergeable label: a label given as a parameter ({@code :$($label)}) is
	 * matched by reading every node of the label, every person of the graph for a merge
	 * of two people.
	 */
	private static final String MERGE = """
			CYPHER 25
			CALL () {
			  MATCH (duplicate:Person {id: $duplicateKey}), (survivor:Person {id: $survivorKey}) WHERE $label = 'Person'
			  RETURN duplicate, survivor
			  UNION ALL
			  MATCH (duplicate:Organization {id: $duplicateKey}), (survivor:Organization {id: $survivorKey})
			  WHERE $label = 'Organization'
			  RETURN duplicate, survivor
			}
			CALL (duplicate, survivor) {
			  MATCH (duplicate)<-[r]-(other) WHERE other <> survivor
			  CREATE (other)-[moved:$(type(r))]->(survivor)
			  SET moved = properties(r)
			  DELETE r
			}
			CALL (duplicate, survivor) {
			  MATCH (duplicate)-[r]->(other) WHERE other <> survivor
			  CREATE (survivor)-[moved:$(type(r))]->(other)
			  SET moved = properties(r)
			  DELETE r
			}
			WITH duplicate, survivor,
			     [name IN [duplicate.name] + coalesce(duplicate.aliases, []) + coalesce(duplicate.acronym, [])
			      WHERE name <> survivor.name AND NOT name IN coalesce(survivor.aliases, [])] AS names
			SET survivor.aliases = coalesce(survivor.aliases, []) + names,
			    survivor.formerIds = coalesce(survivor.formerIds, []) + [duplicate.id] + coalesce(duplicate.formerIds, []),
			    survivor.version = coalesce(survivor.version, 1) + 1,
			    duplicate.mergedInto = survivor.id, duplicate.mergedLabel = $label,
			    duplicate.mergedAt = datetime.transaction(), duplicate.mergeReason = $reason
			REMOVE duplicate:$($label)
			SET duplicate:Merged
			""";

	private final Neo4jClient neo4j;

	private final ChangeLog changes;

	private final NodeLookup nodes;

	Merges(Neo4jClient neo4j, ChangeLog changes, NodeLookup nodes) {
		this.neo4j = neo4j;
		this.changes = changes;
		this.nodes = nodes;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	GlobalId merge(String survivorId, String duplicateId, @Nullable String reason, @Nullable String clientMutationId) {
		GlobalId survivor = mergeable(survivorId, "input.survivorId");
		GlobalId duplicate = mergeable(duplicateId, "input.duplicateId");
		if (survivor.type() != duplicate.type()) {
			throw new InvalidArgumentException("input.duplicateId", "is %s and cannot be merged into %s"
				.formatted(duplicate.type().withArticle(), survivor.type().withArticle()));
		}
		if (survivor.equals(duplicate)) {
			throw new InvalidArgumentException("input.duplicateId", "is the survivor itself");
		}
		String why = Text.required(reason, "input.reason", 1000);
		this.nodes.requireExists(survivor, "input.survivorId");
		this.nodes.requireExists(duplicate, "input.duplicateId");
		Map<String, Object> survivorBefore = this.changes.snapshot(survivor);
		Map<String, Object> duplicateBefore = this.changes.snapshot(duplicate);
		this.neo4j.query(MERGE)
			.bindAll(Map.of("label", survivor.type().label(), "survivorKey", survivor.key(), "duplicateKey",
					duplicate.key(), "reason", why))
			.run();
		this.changes.record(survivor, "merge", survivorBefore, clientMutationId);
		this.changes.recordMerged(duplicate, survivor, duplicateBefore, clientMutationId);
		return survivor;
	}

	private static GlobalId mergeable(String id, String argument) {
		GlobalId node = GlobalId.decode(id)
			.orElseThrow(() -> new InvalidArgumentException(argument, "'%s' is not a Treatygraph id".formatted(id)));
		if (!MERGEABLE.contains(node.type())) {
			throw new InvalidArgumentException(argument,
					"'%s' is the id of %s; only people and organisations are merged".formatted(id,
							node.type().withArticle()));
		}
		return node;
	}

}
