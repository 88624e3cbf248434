package org.treatygraph.agreement;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.identifier.Identified;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Fact;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An agreement as the API shows it, with its status derived from its actions. */
public record Agreement(String key, String title, String kind, String status, @Nullable String summary,
		int version) implements Fact, Identified {

	/**
	 * Cypher expression for the status of the agreement bound to {@code a} as of
	 * {@code $asOf}: the furthest step its actions reached by then, unless it was
	 * terminated or withdrawn. A withdrawal that names no party withdraws the agreement;
	 * withdrawals by parties do once at most one party is left. Reads of the present take
	 * the status {@link AgreementState} keeps on the node by this same rule.
	 * <p>
	 * The agreement's steps, parties and signatures visible then are read in one pass and
	 * the rule is applied to that list: five subqueries, one per part of the rule, took
	 * about a fifth longer to plan and to run (scale M, 280,000 agreement-moment pairs).
	 */
	static final String STATUS = """
			head([parts IN [COLLECT { MATCH (a)<-[:OF_AGREEMENT]-(x)
			    WHERE (x:AgreementAction OR x:Signature OR x:Party AND x.role = 'PARTY') AND
			""" + AsOf.visible("x")
			+ """

					  RETURN CASE WHEN x:AgreementAction THEN {kind: x.kind, withdrawnBy: CASE WHEN x.kind = 'WITHDRAWN'
					      THEN COLLECT { MATCH (x)-[:BY_PARTY]->(y) RETURN elementId(y) } END}
					    WHEN x:Party THEN {party: true}
					    ELSE {kind: 'SIGNED'} END }]
					| head([withdrawing IN [reduce(seen = [], y IN reduce(ids = [], part IN parts | ids + coalesce(part.withdrawnBy, []))
					    | CASE WHEN y IN seen THEN seen ELSE seen + y END)] | CASE
					  WHEN any(part IN parts WHERE part.kind = 'TERMINATED') THEN 'TERMINATED'
					  WHEN any(part IN parts WHERE part.withdrawnBy = [])
					    OR size(withdrawing) > 0 AND size([part IN parts WHERE part.party]) - size(withdrawing) < 2 THEN 'WITHDRAWN'
					  WHEN any(part IN parts WHERE part.kind = 'ENTERED_INTO_FORCE') THEN 'IN_FORCE'
					  WHEN any(part IN parts WHERE part.kind IN ['RATIFIED', 'ACCEPTED', 'ACCEDED', 'SUCCEEDED']) THEN 'RATIFIED'
					  WHEN any(part IN parts WHERE part.kind = 'SIGNED') THEN 'SIGNED'
					  WHEN any(part IN parts WHERE part.kind = 'CONCLUDED') THEN 'CONCLUDED'
					  WHEN any(part IN parts WHERE part.kind = 'ANNOUNCED') THEN 'ANNOUNCED'
					  ELSE 'UNKNOWN'
					END])])""";

	/**
	 * Cypher map projection of an {@code Agreement} node bound to {@code a} as of
	 * {@code $asOf}, read by {@link #from}.
	 */
	static final String PROJECTION = "a {.id, .title, .kind, .summary, version: coalesce(a.version, 1), status: "
			+ STATUS + ", asOfBefore: head(COLLECT { MATCH (a)<-[:CHANGED]-(c:Change) WHERE c.at > $asOf"
			+ " AND c.before IS NOT NULL RETURN c.before ORDER BY c.at })}";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The agreement as the projection found it; read as of an earlier moment, its title,
	 * kind, summary and version are those it had then, from the first change recorded
	 * after it.
	 */
	public static Agreement from(MapAccessor map) {
		String before = Values.optionalString(map, "asOfBefore");
		if (before != null) {
			JsonNode then = JSON.readTree(before);
			return new Agreement(Values.string(map, "id"), then.path("title").asString(Values.string(map, "title")),
					then.path("kind").asString(Values.string(map, "kind")), Values.string(map, "status"),
					then.hasNonNull("summary") ? then.get("summary").asString() : null, then.path("version").asInt(1));
		}
		return new Agreement(Values.string(map, "id"), Values.string(map, "title"), Values.string(map, "kind"),
				Values.string(map, "status"), Values.optionalString(map, "summary"), map.get("version").asInt());
	}

	@Override
	public GlobalId globalId() {
		return new GlobalId(NodeType.AGREEMENT, this.key);
	}

}
