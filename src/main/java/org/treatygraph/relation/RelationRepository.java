package org.treatygraph.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.treatygraph.date.FuzzyDate;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLookup;
import org.treatygraph.node.NodeReference;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.NotFoundException;
import org.treatygraph.system.PageRequest;
import org.treatygraph.system.Paging.Connection;
import org.treatygraph.system.Paging;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The relation feature's Cypher: timelines and connection paths. */
@Repository
@Transactional(readOnly = true)
class RelationRepository {

	/**
	 * Every fact bound to {@code f} that involves the node bound to {@code x}. A country
	 * is involved through itself, the organisations based in it (or in a unit of one) and
	 * the people holding posts in them, whenever they held them; an agreement through its
	 * steps and signatures; an event through itself and the signatures given at it; a
	 * place through the events held in it.
	 */
	private static final String FACTS_OF_X = """
			CALL (x) {
			  WITH x, CASE WHEN x:Country
			               THEN [x] + COLLECT { MATCH (x)<-[:BASED_IN]-(:Organization)<-[:PART_OF*0..3]-(o:Organization) RETURN DISTINCT o }
			                    + COLLECT { MATCH (x)<-[:BASED_IN*0..1]-()<-[:PART_OF*0..3]-()<-[:WITHIN]-(t:Tenure)-[:HOLDER]->(p:Person)
			                                WHERE
			"""
			+ AsOf.visible("t") + """

					RETURN DISTINCT p }
					               ELSE [x] END AS actors
					  UNWIND actors AS actor
					  CALL (actor) {
					    MATCH (actor)<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(:Agreement)<-[:OF_AGREEMENT]-(f)
					    WHERE (f:AgreementAction OR f:Signature) AND
					""" + AsOf.visible("p") + """
					    RETURN f
					    UNION
					    MATCH (actor)<-[:SIGNER|ON_BEHALF_OF|MEMBER|OF_ORGANIZATION|HOLDER|WITHIN]-(f) RETURN f
					    UNION
					    MATCH (actor)<-[:ATTENDEE]-(t:Attendance)-[:AT_EVENT]->(f:Event) WHERE
					""" + AsOf.visible("t") + """

					RETURN f
					    UNION
					    MATCH (actor)<-[:ORGANIZED_BY|CONCERNS|CONCERNS_ORGANIZATION|HELD_AT]-(f:Event) RETURN f
					    UNION
					    MATCH (actor)<-[:LOCATED_IN*1..3]-(:Place)<-[:HELD_AT]-(f:Event) RETURN f
					    UNION
					    MATCH (actor)<-[:OF_AGREEMENT|AT_EVENT]-(f) WHERE f:AgreementAction OR f:Signature RETURN f
					    UNION
					    WITH actor AS f WHERE f:Event RETURN f
					  }
					  RETURN DISTINCT f
					}
					""";

	/**
	 * The timeline of the facts that involve every anchor (the nodes {@code $references}
	 * name by label and key, null where none is found), one entry per date: memberships
	 * and posts have a start and an end. Ordered by stored date, which puts a date known
	 * only to the year before the days of that year, and undated entries last. One fixed
	 * text for any number and types of anchors.
	 */
	private static final String TIMELINE = """
			WITH $filter.references AS references
			CALL (references) {
			  UNWIND range(0, size(references) - 1) AS i
			  WITH i, references[i].label AS label, references[i].key AS key
			  OPTIONAL
			""" + NodeLookup.NODE_BY_LABEL_AND_KEY + """
			  WITH i, n ORDER BY i
			  RETURN [found IN collect([n]) | found[0]] AS anchors
			}
			CALL (anchors) {
			  UNWIND anchors AS x
			  WITH x WHERE x IS NOT NULL
			""" + FACTS_OF_X + """
			  WITH f, count(*) AS involved
			  WHERE involved = size(anchors) AND
			""" + AsOf.visible("f") + """

			AND NOT EXISTS { (f)-[:OF_AGREEMENT]->(a:Agreement) WHERE NOT (""" + AsOf.visible("a")
			+ """
					) }
					  UNWIND CASE
					    WHEN f:Membership OR f:Tenure THEN
					      [{kind: CASE WHEN f:Membership THEN 'MEMBERSHIP' ELSE 'TENURE' END + '_STARTED',
					        date: f.start, dateApproximate: f.startApproximate, dateNote: f.startNote}]
					      + CASE WHEN f.end IS NULL THEN [] ELSE
					      [{kind: CASE WHEN f:Membership THEN 'MEMBERSHIP' ELSE 'TENURE' END + '_ENDED',
					        date: f.end, dateApproximate: f.endApproximate, dateNote: f.endNote}] END
					    ELSE
					      [{kind: CASE WHEN f:AgreementAction THEN 'AGREEMENT_STEP' WHEN f:Signature THEN 'SIGNATURE' ELSE 'EVENT' END,
					        date: f.date, dateApproximate: f.dateApproximate, dateNote: f.dateNote}]
					  END AS entry
					  WITH f, entry
					  WHERE ($filter.kinds IS NULL OR entry.kind IN $filter.kinds)
					    AND ($filter.to IS NULL OR entry.date <= $filter.to) AND ($filter.from IS NULL OR entry.date + '~' >= $filter.from)
					  WITH f, entry, coalesce(entry.date, '~') + ' ' + entry.kind + ' ' + f.id AS sortKey
					  ORDER BY sortKey
					  RETURN collect({f: f, entry: entry, sortKey: sortKey}) AS entries
					}
					WITH [i IN range(0, size(anchors) - 1) WHERE anchors[i] IS NULL] AS missing, size(entries) AS total,
					     [e IN entries WHERE $filter.afterSortKey IS NULL OR e.sortKey > $filter.afterSortKey][0..$limit] AS pageEntries
					CALL (pageEntries) {
					  UNWIND pageEntries AS e
					  WITH e, e.f AS f
					  RETURN collect({label: [l IN labels(f) WHERE l <> 'Retracted'][0], key: f.id, sortKey: e.sortKey, entry: e.entry, words:
					"""
			+ FactWords.projection("f") + """
					}) AS page
					}
					RETURN missing, total, page
					""";

	/** Relationship types a connection may follow: facts and where things are. */
	private static final String PATH_TYPES = "ACTOR|OF_AGREEMENT|SIGNER|ON_BEHALF_OF|AT_EVENT|ATTENDEE|HELD_AT|ORGANIZED_BY"
			+ "|CONCERNS|CONCERNS_ORGANIZATION|MEMBER|OF_ORGANIZATION|HOLDER|WITHIN|BASED_IN|PART_OF|LOCATED_IN|REFERS_TO";

	/**
	 * The shortest paths between {@code a} and {@code b} through visible facts. Dated
	 * steps are leaves, so they never lie on a path between two other nodes.
	 */
	private static final String CONNECTIONS_HEAD = """
			WITH $fromLabel AS label, $fromKey AS key
			OPTIONAL
			""" + NodeLookup.NODE_BY_LABEL_AND_KEY + """
			WITH n AS a, $toLabel AS label, $toKey AS key
			OPTIONAL
			""" + NodeLookup.NODE_BY_LABEL_AND_KEY + """
			WITH a, n AS b
			CALL (a, b) {
			  MATCH p = SHORTEST
			""";

	private static final String CONNECTIONS_TAIL = """
			  WHERE all(n IN nodes(p) WHERE
			""" + AsOf.visible("n")
			+ """

					    AND NOT n:AgreementAction)
					  RETURN collect({
					    nodes: [n IN nodes(p) | {label: [l IN labels(n) WHERE l <> 'Retracted'][0], key: n.id, element: elementId(n), name: coalesce(n.name, n.title),
					                             words:
					"""
			+ FactWords.projection("n") + """
					}],
					    relationships: [r IN relationships(p) | {type: type(r), start: elementId(startNode(r))}]
					  }) AS paths
					}
					RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths
					""";

	/**
	 * {@link #CONNECTIONS_HEAD} and {@link #CONNECTIONS_TAIL} around the path pattern:
	 * how many paths and how long must be literals in Cypher, so there is one text per
	 * pair asked (60 at most).
	 */
	private static String connectionsStatement(int paths, int maxLength) {
		return CONNECTIONS_HEAD + paths + " (a)-[:" + PATH_TYPES + "]-{1," + maxLength + "}(b)\n" + CONNECTIONS_TAIL;
	}

	private static final Set<String> FACT_LABELS = Set.of("Party", "Signature", "Attendance", "Membership", "Tenure",
			"AgreementLink");

	private static final Set<String> EVENT_STEPS = Set.of("HELD_AT", "ORGANIZED_BY", "CONCERNS",
			"CONCERNS_ORGANIZATION");

	private final Neo4jClient neo4j;

	RelationRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * A page of the timeline of facts involving all the given nodes.
	 * @param argument the argument naming the nodes, for the error when one is missing
	 */
	Connection<TimelineEntry> timeline(List<GlobalId> involving, TimelineFilter filter, PageRequest page,
			String argument) {
		// in one map, so that one plan serves every combination of filters (Neo4j plans
		// again for each new combination of parameter types)
		Map<String, @Nullable Object> given = new HashMap<>(page.parameters());
		given.put("references", involving.stream().map(NodeLookup::reference).toList());
		given.put("kinds", filter.kinds());
		given.put("from", filter.dates().fromText());
		given.put("to", filter.dates().toText());
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("filter", given);
		parameters.put("limit", page.parameters().get("limit"));
		TimelinePage result = this.neo4j.query(TIMELINE)
			.bindAll(parameters)
			.fetchAs(TimelinePage.class)
			.mappedBy((types, row) -> new TimelinePage(row.get("missing").asList(Value::asInt),
					Paging.connection(page, row.get("page").asList(RelationRepository::entry),
							row.get("total").asLong(), TimelineEntry::cursor)))
			.one()
			.orElseThrow();
		if (!result.missing().isEmpty()) {
			int index = result.missing().getFirst();
			GlobalId absent = involving.get(index);
			throw new NotFoundException(involving.size() == 1 ? argument : argument + "[" + index + "]",
					"no %s has id '%s'".formatted(absent.type().label(), absent.id()));
		}
		return result.connection();
	}

	private record TimelinePage(List<Integer> missing, Connection<TimelineEntry> connection) {
	}

	private static TimelineEntry entry(Value row) {
		GlobalId fact = new GlobalId(NodeType.fromLabel(row.get("label").asString()).orElseThrow(),
				row.get("key").asString());
		Value entry = row.get("entry");
		String kind = entry.get("kind").asString();
		FuzzyDate date = FuzzyDate.from(entry, "date");
		return new TimelineEntry(fact, kind, date, FactWords.happened(row.get("words"), kind, date.value()),
				!row.get("words").get("dispute").isNull(), row.get("sortKey").asString());
	}

	/**
	 * Up to {@code first} shortest paths of at most {@code maxHops} hops, shortest first.
	 */
	List<ConnectionPath> connections(GlobalId from, GlobalId to, int maxHops, int first) {
		// a hop through a fact takes two relationships, one through reference data one
		String cypher = connectionsStatement(first, 2 * maxHops);
		Map<String, Object> parameters = Map.of("fromLabel", from.type().label(), "fromKey", from.key(), "toLabel",
				to.type().label(), "toKey", to.key());
		Paths result = this.neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(Paths.class)
			.mappedBy((types, row) -> new Paths(row.get("fromFound").asBoolean(), row.get("toFound").asBoolean(),
					row.get("paths").asList(RelationRepository::path)))
			.one()
			.orElseThrow();
		if (!result.fromFound()) {
			throw new NotFoundException("from", "no %s has id '%s'".formatted(from.type().label(), from.id()));
		}
		if (!result.toFound()) {
			throw new NotFoundException("to", "no %s has id '%s'".formatted(to.type().label(), to.id()));
		}
		return result.paths()
			.stream()
			.filter(path -> path.length() <= maxHops)
			// two paths through the same facts (a signature reached at its agreement or
			// at
			// its ceremony) tell the analyst the same thing
			.filter(distinctExplanations())
			.sorted(Comparator.comparingInt(ConnectionPath::length))
			.toList();
	}

	private static java.util.function.Predicate<ConnectionPath> distinctExplanations() {
		java.util.Set<List<String>> seen = new java.util.HashSet<>();
		return path -> seen.add(path.hops().stream().map(Hop::statement).toList());
	}

	private record Paths(boolean fromFound, boolean toFound, List<ConnectionPath> paths) {
	}

	/** Folds a path of nodes and relationships into hops between the entities on it. */
	private static ConnectionPath path(Value path) {
		List<Value> nodes = path.get("nodes").asList(node -> node);
		List<Value> relationships = path.get("relationships").asList(relationship -> relationship);
		List<Hop> hops = new ArrayList<>();
		int i = 0;
		while (i < nodes.size() - 1) {
			Value here = nodes.get(i);
			Value next = nodes.get(i + 1);
			if (FACT_LABELS.contains(next.get("label").asString()) && i + 2 < nodes.size()) {
				GlobalId fact = idOf(next);
				hops.add(new Hop(referenceTo(here), referenceTo(nodes.get(i + 2)), fact, fact,
						FactWords.statement(next.get("words"))));
				i += 2;
			}
			else {
				Value relationship = relationships.get(i);
				String type = relationship.get("type").asString();
				boolean forward = relationship.get("start").asString().equals(here.get("element").asString());
				Value start = forward ? here : next;
				Value end = forward ? next : here;
				GlobalId citedBy = EVENT_STEPS.contains(type) ? idOf(start) : null;
				hops.add(new Hop(referenceTo(here), referenceTo(next), null, citedBy,
						FactWords.relationship(type, start.get("name").asString("?"), end.get("name").asString("?"))));
				i += 1;
			}
		}
		return new ConnectionPath(List.copyOf(hops));
	}

	private static NodeReference referenceTo(Value node) {
		return new NodeReference(idOf(node), node.get("name").asString(null));
	}

	private static GlobalId idOf(Value node) {
		return new GlobalId(NodeType.fromLabel(node.get("label").asString()).orElseThrow(), node.get("key").asString());
	}

}
