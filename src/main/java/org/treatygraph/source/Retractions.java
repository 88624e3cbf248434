package org.treatygraph.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.treatygraph.history.ChangeLog;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLookup;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.AlreadyRecordedException;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.Text;
import org.treatygraph.system.security.Caller;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retraction instead of deletion: a retracted fact, citation or source keeps its node, is
 * left out of lists, and says who retracted it, when and why. A source takes its
 * citations with it, unless that would leave a standing fact with no standing source.
 */
@Component
class Retractions {

	static final int MAX_REASON = 1000;

	/** Facts, the citations of facts, and sources. */
	private static final Set<NodeType> RETRACTABLE = Stream
		.concat(Citations.FACTS.stream(), Stream.of(NodeType.CITATION, NodeType.SOURCE))
		.collect(Collectors.toUnmodifiableSet());

	/** How many of the facts a source alone supports a refusal names. */
	private static final int NAMED_ORPHANS = 5;

	/**
	 * Standing facts whose every standing citation comes from this source: retracting it
	 * would leave them unsourced. The parties, steps, signatures and links of a retracted
	 * agreement no longer stand, whatever their own label says.
	 */
	private static final String ORPHANS = """
			MATCH (s:Source {id: $key})<-[:FROM_SOURCE]-(c:Citation)-[:SUPPORTS]->(f)
			WHERE NOT c:Retracted AND NOT f:Retracted AND NOT EXISTS { (f)-[:OF_AGREEMENT]->(:Agreement:Retracted) }
			  AND NOT EXISTS {
			    MATCH (f)<-[:SUPPORTS]-(other:Citation)-[:FROM_SOURCE]->(elsewhere:Source)
			    WHERE elsewhere <> s AND NOT other:Retracted AND NOT elsewhere:Retracted
			  }
			WITH DISTINCT f
			RETURN [l IN labels(f) WHERE l <> 'Retracted'][0] AS label,
			       coalesce(f.title, f.name,
			                [(f)-[:ACTOR|MEMBER|SIGNER|HOLDER|ATTENDEE]->(who) | who.name][0] + ' — '
			                  + [(f)-[:OF_AGREEMENT|OF_ORGANIZATION|AT_EVENT|WITHIN]->(what) | coalesce(what.title, what.name)][0],
			                [(f)-[:OF_AGREEMENT]->(what) | what.title][0], f.id) AS name
			ORDER BY label, name
			""";

	/** The source's standing citations, which its retraction takes with it. */
	private static final String STANDING_CITATIONS = """
			MATCH (:Source {id: $key})<-[:FROM_SOURCE]-(c:Citation)
			WHERE NOT c:Retracted
			RETURN c.id AS key
			""";

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

	@Transactional(propagation = Propagation.MANDATORY, noRollbackFor = AlreadyRecordedException.class)
	GlobalId retract(String id, @Nullable String reason, @Nullable String clientMutationId) {
		GlobalId node = GlobalId.decode(id)
			.orElseThrow(() -> new InvalidArgumentException("input.id", "'%s' is not a Treatygraph id".formatted(id)));
		if (!RETRACTABLE.contains(node.type())) {
			throw new InvalidArgumentException("input.id",
					"'%s' is the id of %s; only facts, citations and sources are retracted".formatted(id,
							node.type().withArticle()));
		}
		String why = Text.required(reason, "input.reason", MAX_REASON);
		this.nodes.requireExists(node, "input.id");
		Map<String, Object> before = this.changes.snapshot(node);
		if (before.get("retractedAt") != null) {
			// recorded already: an import run again tells it from a mistake
			throw new AlreadyRecordedException("input.id", "is already retracted", node.id());
		}
		List<GlobalId> retracted = new ArrayList<>();
		if (node.type() == NodeType.SOURCE) {
			refuseToOrphanFacts(node);
			this.neo4j.query(STANDING_CITATIONS)
				.bind(node.key())
				.to("key")
				.fetchAs(String.class)
				.all()
				.forEach((citation) -> retracted.add(new GlobalId(NodeType.CITATION, citation)));
		}
		retracted.add(node);
		for (GlobalId each : retracted) {
			Map<String, Object> was = each.equals(node) ? before : this.changes.snapshot(each);
			this.neo4j.query(RETRACT)
				.bindAll(Map.of("label", each.type().label(), "key", each.key(), "by", Caller.current().name(),
						"reason", why))
				.run();
			this.changes.record(each, "retract", was, clientMutationId);
		}
		return node;
	}

	private void refuseToOrphanFacts(GlobalId source) {
		List<String> orphans = this.neo4j.query(ORPHANS)
			.bind(source.key())
			.to("key")
			.fetch()
			.all()
			.stream()
			.map((row) -> "%s '%s'".formatted(row.get("label"), row.get("name")))
			.toList();
		if (!orphans.isEmpty()) {
			throw new InvalidArgumentException("input.id",
					"would leave %d %s with no standing source: %s%s; cite %s ".formatted(orphans.size(),
							orphans.size() == 1 ? "fact" : "facts",
							String.join(", ", orphans.subList(0, Math.min(NAMED_ORPHANS, orphans.size()))),
							orphans.size() > NAMED_ORPHANS ? " and %d more".formatted(orphans.size() - NAMED_ORPHANS)
									: "",
							orphans.size() == 1 ? "it" : "them") + "from another source, or retract "
							+ (orphans.size() == 1 ? "it" : "them") + ", first");
		}
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
