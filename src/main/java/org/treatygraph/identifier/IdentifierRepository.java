package org.treatygraph.identifier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLookup;
import org.treatygraph.node.NodeType;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identifier feature's Cypher. A node known to a register carries the label
 * {@code Identified} and one property per register, each unique among such nodes by a
 * constraint (migration V0012), so an identifier names one node at most and is found by
 * an index seek.
 */
@Repository
class IdentifierRepository {

	private static final String OF_NODES = """
			UNWIND $references AS reference
			WITH reference.label AS label, reference.key AS key
			""" + NodeLookup.NODE_BY_LABEL_AND_KEY + """
			RETURN label, key, n.wikidata AS wikidata, n.untsRegistration AS untsRegistration,
			       n.officialCode AS officialCode, n.code AS alpha2, n.alpha3 AS alpha3
			""";

	private static final String HOLDER = """
			RETURN [l IN labels(n) WHERE NOT l IN ['Identified', 'Retracted']][0] AS label, n.id AS key,
			       coalesce(n.name, n.title, n.id) AS name
			""";

	private static final String FIND_WIKIDATA = "MATCH (n:Identified {wikidata: $value})\n" + HOLDER;

	private static final String FIND_UNTS = "MATCH (n:Identified {untsRegistration: $value})\n" + HOLDER;

	private static final String FIND_OFFICIAL_CODE = "MATCH (n:Identified {officialCode: $value})\n" + HOLDER;

	private static final String FIND_COUNTRY = "MATCH (n:Country) WHERE n.id = $value OR n.alpha3 = $value\n" + HOLDER;

	/** The node holding a value, one fixed statement per register. */
	private static final Map<IdentifierScheme, String> FIND = Map.of(IdentifierScheme.WIKIDATA, FIND_WIKIDATA,
			IdentifierScheme.UN_TREATY_SERIES, FIND_UNTS, IdentifierScheme.OFFICIAL_CODE, FIND_OFFICIAL_CODE,
			IdentifierScheme.ISO_3166, FIND_COUNTRY);

	private static final String ADD_PREFIX = "WITH $label AS label, $key AS key\n" + NodeLookup.NODE_BY_LABEL_AND_KEY;

	private static final String ADD_WIKIDATA = ADD_PREFIX + "SET n:Identified, n.wikidata = $value\nRETURN n.id AS key";

	private static final String ADD_UNTS = ADD_PREFIX
			+ "SET n:Identified, n.untsRegistration = $value\nRETURN n.id AS key";

	private static final String ADD_OFFICIAL_CODE = ADD_PREFIX
			+ "SET n:Identified, n.officialCode = $value\nRETURN n.id AS key";

	/** Gives the node its value in one register, one fixed statement per register. */
	private static final Map<IdentifierScheme, String> ADD = Map.of(IdentifierScheme.WIKIDATA, ADD_WIKIDATA,
			IdentifierScheme.UN_TREATY_SERIES, ADD_UNTS, IdentifierScheme.OFFICIAL_CODE, ADD_OFFICIAL_CODE);

	private final Neo4jClient neo4j;

	IdentifierRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The identifiers of each node, registers in the order of the enum. */
	@Transactional(readOnly = true)
	Map<GlobalId, List<Identifier>> of(Collection<GlobalId> nodes) {
		Map<GlobalId, List<Identifier>> found = new HashMap<>();
		nodes.forEach((node) -> found.put(node, List.of()));
		this.neo4j.query(OF_NODES)
			.bind(nodes.stream().map(NodeLookup::reference).toList())
			.to("references")
			.fetch()
			.all()
			.forEach((row) -> {
				List<Identifier> identifiers = new ArrayList<>();
				add(identifiers, IdentifierScheme.WIKIDATA, row.get("wikidata"));
				add(identifiers, IdentifierScheme.UN_TREATY_SERIES, row.get("untsRegistration"));
				add(identifiers, IdentifierScheme.ISO_3166, row.get("alpha2"));
				add(identifiers, IdentifierScheme.ISO_3166, row.get("alpha3"));
				add(identifiers, IdentifierScheme.OFFICIAL_CODE, row.get("officialCode"));
				found.put(new GlobalId(NodeType.fromLabel((String) row.get("label")).orElseThrow(),
						(String) row.get("key")), List.copyOf(identifiers));
			});
		return found;
	}

	private static void add(List<Identifier> identifiers, IdentifierScheme scheme, @Nullable Object value) {
		if (value instanceof String text) {
			identifiers.add(Identifier.of(scheme, text));
		}
	}

	/** The node a register's value names, with its name for messages. */
	Optional<Holder> holder(IdentifierScheme scheme, String value) {
		return this.neo4j.query(FIND.get(scheme))
			.bind(value)
			.to("value")
			.fetchAs(Holder.class)
			.mappedBy((types,
					row) -> new Holder(new GlobalId(NodeType.fromLabel(row.get("label").asString()).orElseThrow(),
							row.get("key").asString()), row.get("name").asString()))
			.one();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void add(GlobalId node, IdentifierScheme scheme, String value) {
		String statement = ADD.get(scheme);
		if (statement == null) {
			throw new IllegalArgumentException("No stored register " + scheme);
		}
		this.neo4j.query(statement)
			.bindAll(Map.of("label", node.type().label(), "key", node.key(), "value", value))
			.fetch()
			.one()
			.orElseThrow(() -> new IllegalStateException("No node " + node));
	}

	/** A node holding an identifier, and its name. */
	record Holder(GlobalId node, String name) {
	}

}
