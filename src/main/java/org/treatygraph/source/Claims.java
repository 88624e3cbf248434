package org.treatygraph.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.treatygraph.date.FuzzyDate;
import org.treatygraph.date.FuzzyDateInput;
import org.treatygraph.history.ChangeLog;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLookup;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Citations.CheckedCitations;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.NotFoundException;
import org.treatygraph.system.Text;
import org.treatygraph.system.security.Caller;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a source saying a fact again does to it. A source that agrees (the same date, or a
 * more or less precise form of it) adds its citations, and a more precise date refines
 * the fact's. A source that disagrees makes the fact disputed: each value becomes a claim
 * citing the passages that give it, the fact keeps one identity, and it reads with the
 * preferred claim's value, or the first claim's while none is preferred. Wikidata's
 * statement ranks are the model.
 */
@Component
public class Claims {

	/** What a source's value did to the fact. */
	public enum Stated {

		/** The source agrees: its citations were added. */
		AGREED,

		/** The source agrees and is more precise: the fact's value is its now. */
		REFINED,

		/** The source disagrees: its value is a claim of the disputed fact. */
		DISPUTED

	}

	static final int MAX_REASON = 500;

	/**
	 * The fact's value of {@code $field} and its claims in the order they were made
	 * ({@code ordinal}): the first gives the value the fact had before sources disagreed.
	 */
	private static final String READ = "WITH $label AS label, $key AS key\n" + NodeLookup.NODE_BY_LABEL_AND_KEY + """
			RETURN n[$field] AS value, n[$field + 'Approximate'] AS valueApproximate, n[$field + 'Note'] AS valueNote,
			       COLLECT { MATCH (c:Claim {factKey: n.id})-[:CLAIM_OF]->(n) WHERE c.field = $field
			                 RETURN c {.id, .value, .valueApproximate, .valueNote, .rank} ORDER BY c.ordinal } AS claims
			""";

	/**
	 * A new claim of the fact, citing the passages {@code $citationKeys}, or with
	 * {@code $standing} every standing citation of the fact no other claim cites, but the
	 * new ones: the passages that gave the value the fact had before sources disagreed.
	 */
	private static final String CREATE = "WITH $label AS label, $key AS key\n" + NodeLookup.NODE_BY_LABEL_AND_KEY + """
			WITH n, COUNT { (:Claim)-[:CLAIM_OF]->(n) } AS ordinal
			CREATE (c:Claim {id: $id, factKey: n.id, field: $field, rank: 'NORMAL', ordinal: ordinal,
			                 createdAt: datetime.transaction(), createdBy: $by})-[:CLAIM_OF]->(n)
			SET c += $value
			WITH c, n
			CALL (c, n) {
			  MATCH (cited:Citation {factKey: n.id})-[:SUPPORTS]->(n)
			  WHERE $standing AND NOT cited.id IN $citationKeys AND NOT cited:Retracted
			          AND NOT EXISTS { (:Claim)-[:STATED_IN]->(cited) }
			     OR NOT $standing AND cited.id IN $citationKeys
			  CREATE (c)-[:STATED_IN]->(cited)
			}
			""";

	private static final String STATE_IN = """
			MATCH (c:Claim {id: $claimKey}), (cited:Citation) WHERE cited.id IN $citationKeys
			CREATE (c)-[:STATED_IN]->(cited)
			""";

	private static final String SET_CLAIM_VALUE = """
			MATCH (c:Claim {id: $claimKey}) SET c += $value
			""";

	private static final String SET_FACT = "WITH $label AS label, $key AS key\n" + NodeLookup.NODE_BY_LABEL_AND_KEY
			+ "SET n += $properties\n";

	private static final String CLAIM = """
			MATCH (c:Claim {id: $claimKey})-[:CLAIM_OF]->(f)
			RETURN c.field AS field, c.rank AS rank, c.rankReason AS reason,
			       [l IN labels(f) WHERE l <> 'Retracted'][0] AS label, f.id AS key
			""";

	private static final String RANK = """
			MATCH (c:Claim {id: $claimKey})
			SET c.rank = $rank, c.rankReason = $reason, c.rankedBy = $by, c.rankedAt = datetime.transaction()
			""";

	/** The other preferred claims of the fact, which preferring one ranks back. */
	private static final String OTHER_PREFERRED = """
			MATCH (c:Claim {id: $claimKey})-[:CLAIM_OF]->(f)<-[:CLAIM_OF]-(other:Claim {rank: 'PREFERRED'})
			WHERE other.field = c.field AND other <> c
			RETURN other.id
			""";

	private final Neo4jClient neo4j;

	private final Citations citations;

	private final ChangeLog changes;

	private final NodeLookup nodes;

	Claims(Neo4jClient neo4j, Citations citations, ChangeLog changes, NodeLookup nodes) {
		this.neo4j = neo4j;
		this.citations = citations;
		this.changes = changes;
		this.nodes = nodes;
	}

	/**
	 * A source states {@code value} for the fact's {@code field} with these citations, in
	 * the curator's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Stated state(GlobalId fact, String field, FuzzyDate value, CheckedCitations cited,
			@Nullable String clientMutationId) {
		Map<String, Object> read = read(fact, field);
		FuzzyDate stored = date(read);
		List<Map<String, Object>> claims = claims(read);
		List<String> citationKeys = this.citations.cite(fact, cited, clientMutationId);
		if (claims.isEmpty()) {
			if (compatible(stored, value)) {
				if (!moreExact(value, stored)) {
					return Stated.AGREED;
				}
				Map<String, Object> before = this.changes.snapshot(fact);
				setFact(fact, FuzzyDateInput.properties(field, value));
				this.changes.record(fact, "refine", before, clientMutationId);
				return Stated.REFINED;
			}
			createClaim(fact, field, stored, citationKeys, true, clientMutationId);
			createClaim(fact, field, value, citationKeys, false, clientMutationId);
			Map<String, Object> before = this.changes.snapshot(fact);
			setFact(fact, Map.of("dispute", "OPEN"));
			this.changes.record(fact, "dispute", before, clientMutationId);
			return Stated.DISPUTED;
		}
		List<Map<String, Object>> agreeing = claims.stream().filter(claim -> compatible(date(claim), value)).toList();
		if (agreeing.isEmpty()) {
			createClaim(fact, field, value, citationKeys, false, clientMutationId);
			return Stated.DISPUTED;
		}
		if (agreeing.size() > 1) {
			// a month that holds both claimed days supports the fact, not one claim
			return Stated.AGREED;
		}
		return agree(fact, field, agreeing.getFirst(), value, citationKeys, clientMutationId);
	}

	private Stated agree(GlobalId fact, String field, Map<String, Object> agreeing, FuzzyDate value,
			List<String> citationKeys, @Nullable String clientMutationId) {
		GlobalId claim = new GlobalId(NodeType.CLAIM, (String) agreeing.get("id"));
		this.neo4j.query(STATE_IN).bindAll(Map.of("claimKey", claim.key(), "citationKeys", citationKeys)).run();
		if (moreExact(value, date(agreeing))) {
			Map<String, Object> before = this.changes.snapshot(claim);
			this.neo4j.query(SET_CLAIM_VALUE)
				.bindAll(Map.of("claimKey", claim.key(), "value", FuzzyDateInput.properties("value", value)))
				.run();
			this.changes.record(claim, "refine", before, clientMutationId);
			show(fact, field, clientMutationId);
		}
		return Stated.AGREED;
	}

	/**
	 * Ranks a claim, and the fact then reads with its preferred value: preferring one
	 * ranks any other preferred claim back to normal.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public GlobalId rank(String claimId, String rank, @Nullable String reason, @Nullable String clientMutationId) {
		String claimKey = this.nodes.existing(claimId, NodeType.CLAIM, "input.claimId");
		String why = rank.equals("NORMAL") ? Text.optional(reason, "input.reason", MAX_REASON)
				: Text.required(reason, "input.reason", MAX_REASON);
		Map<String, Object> claim = this.neo4j.query(CLAIM)
			.bind(claimKey)
			.to("claimKey")
			.fetch()
			.one()
			.orElseThrow(() -> new NotFoundException("input.claimId", "no claim has id '%s'".formatted(claimId)));
		if (rank.equals(claim.get("rank")) && Objects.equals(why, claim.get("reason"))) {
			// ranked so already, for the same reason: nothing to write again
			return new GlobalId(NodeType.CLAIM, claimKey);
		}
		GlobalId fact = new GlobalId(NodeType.fromLabel((String) claim.get("label")).orElseThrow(),
				(String) claim.get("key"));
		if (rank.equals("PREFERRED")) {
			for (String other : this.neo4j.query(OTHER_PREFERRED)
				.bind(claimKey)
				.to("claimKey")
				.fetchAs(String.class)
				.all()) {
				rankOne(other, "NORMAL", null, clientMutationId);
			}
		}
		rankOne(claimKey, rank, why, clientMutationId);
		show(fact, (String) claim.get("field"), clientMutationId);
		return new GlobalId(NodeType.CLAIM, claimKey);
	}

	private void rankOne(String claimKey, String rank, @Nullable String reason, @Nullable String clientMutationId) {
		GlobalId claim = new GlobalId(NodeType.CLAIM, claimKey);
		Map<String, Object> before = this.changes.snapshot(claim);
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("claimKey", claimKey);
		parameters.put("rank", rank);
		parameters.put("reason", reason);
		parameters.put("by", Caller.current().name());
		this.neo4j.query(RANK).bindAll(parameters).run();
		this.changes.record(claim, "rankClaim", before, clientMutationId);
	}

	/**
	 * Gives the fact the value it reads with: the preferred claim's, else the first
	 * normal one's, else the first claim's; and marks the dispute resolved while a claim
	 * is preferred.
	 */
	private void show(GlobalId fact, String field, @Nullable String clientMutationId) {
		Map<String, Object> read = read(fact, field);
		List<Map<String, Object>> claims = new ArrayList<>(claims(read));
		claims.sort(Comparator.comparingInt(claim -> switch ((String) claim.get("rank")) {
			case "PREFERRED" -> 0;
			case "NORMAL" -> 1;
			default -> 2;
		}));
		FuzzyDate shown = date(claims.getFirst());
		String dispute = "PREFERRED".equals(claims.getFirst().get("rank")) ? "RESOLVED" : "OPEN";
		Map<String, Object> before = this.changes.snapshot(fact);
		if (shown.equals(date(read)) && dispute.equals(before.get("dispute"))) {
			return;
		}
		Map<String, @Nullable Object> properties = new HashMap<>(FuzzyDateInput.properties(field, shown));
		properties.put("dispute", dispute);
		setFact(fact, properties);
		this.changes.record(fact, "rankClaim", before, clientMutationId);
	}

	private void createClaim(GlobalId fact, String field, FuzzyDate value, List<String> citationKeys, boolean standing,
			@Nullable String clientMutationId) {
		GlobalId claim = new GlobalId(NodeType.CLAIM, "claim-" + UUID.randomUUID());
		Map<String, Object> parameters = new HashMap<>(NodeLookup.reference(fact));
		parameters.put("id", claim.key());
		parameters.put("field", field);
		parameters.put("value", FuzzyDateInput.properties("value", value));
		parameters.put("citationKeys", citationKeys);
		parameters.put("standing", standing);
		parameters.put("by", Caller.current().name());
		this.neo4j.query(CREATE).bindAll(parameters).run();
		this.changes.record(claim, "claim", null, clientMutationId);
	}

	private void setFact(GlobalId fact, Map<String, ? extends @Nullable Object> properties) {
		Map<String, Object> parameters = new HashMap<>(NodeLookup.reference(fact));
		parameters.put("properties", properties);
		this.neo4j.query(SET_FACT).bindAll(parameters).run();
	}

	private Map<String, Object> read(GlobalId fact, String field) {
		Map<String, Object> parameters = new HashMap<>(NodeLookup.reference(fact));
		parameters.put("field", field);
		return this.neo4j.query(READ).bindAll(parameters).fetch().one().orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> claims(Map<String, Object> read) {
		return (List<Map<String, Object>>) read.get("claims");
	}

	private static FuzzyDate date(Map<String, Object> stored) {
		return new FuzzyDate((String) stored.get("value"), Boolean.TRUE.equals(stored.get("valueApproximate")),
				(String) stored.get("valueNote"));
	}

	/**
	 * Whether two dates can be the same day: equal, one a more precise form of the other
	 * ({@code 2024-11} and {@code 2024-11-20}), or one unknown.
	 */
	static boolean compatible(FuzzyDate one, FuzzyDate other) {
		if (one.value() == null || other.value() == null) {
			return true;
		}
		return one.value().startsWith(other.value()) || other.value().startsWith(one.value());
	}

	/**
	 * Whether {@code candidate} says more than {@code known}: a date where none, or a
	 * finer one.
	 */
	static boolean moreExact(FuzzyDate candidate, FuzzyDate known) {
		if (candidate.value() == null) {
			return false;
		}
		return known.value() == null || candidate.value().length() > known.value().length()
				|| Objects.equals(candidate.value(), known.value()) && known.approximate() && !candidate.approximate();
	}

}
