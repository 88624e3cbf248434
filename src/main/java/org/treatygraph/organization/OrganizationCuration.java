package org.treatygraph.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.treatygraph.country.ActorReferences;
import org.treatygraph.date.FuzzyDateInput;
import org.treatygraph.date.Period;
import org.treatygraph.history.ChangeLog.Creation;
import org.treatygraph.history.ChangeLog;
import org.treatygraph.history.RecordedMerges.Created;
import org.treatygraph.history.RecordedMerges;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLookup.References;
import org.treatygraph.node.NodeLookup;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.CitationInput;
import org.treatygraph.source.Citations.CheckedCitations;
import org.treatygraph.source.Citations;
import org.treatygraph.source.Claims;
import org.treatygraph.system.AlreadyRecordedException;
import org.treatygraph.system.InputErrors;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.Text;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The writes behind {@code createOrganization} and {@code recordMembership}. */
@Component
class OrganizationCuration {

	static final int MAX_NAME = 300;

	private static final String CREATE = """
			MERGE (o:Organization {naturalKey: $naturalKey})
			ON CREATE SET o.id = $id, o.name = $name, o.acronym = $acronym, o.aliases = $aliases, o.kind = $kind,
			              o.version = 1, o.createdAt = datetime.transaction()
			WITH o, o.id = $id AS created
			OPTIONAL MATCH (c:Country {id: $countryKey})
			OPTIONAL MATCH (parent:Organization {id: $partOfKey})
			FOREACH (x IN CASE WHEN created AND c IS NOT NULL THEN [c] ELSE [] END | CREATE (o)-[:BASED_IN]->(x))
			FOREACH (x IN CASE WHEN created AND parent IS NOT NULL THEN [parent] ELSE [] END | CREATE (o)-[:PART_OF]->(x))
			RETURN o.id AS key, created, CASE WHEN created THEN properties(o) END AS properties
			""";

	/**
	 * The member's membership of this kind with no end, if any, a standing one first: a
	 * source that reports it again states the same fact; a retracted one is recorded
	 * already, and its retraction says why it does not stand.
	 */
	private static final String OPEN_MEMBERSHIP = """
			MATCH (o:Organization {id: $organizationKey})<-[:OF_ORGANIZATION]-(m:Membership)-[:MEMBER]->(x)
			WHERE x.id = $memberKey AND m.kind = $kind AND m.end IS NULL
			RETURN m.id AS key, m:Retracted AS retracted
			ORDER BY retracted, m.createdAt LIMIT 1
			""";

	/**
	 * A membership with the same kind, start and end, a standing one first; a retracted
	 * one is recorded already too, so that an import run again does not record it anew.
	 */
	private static final String SAME_ENDED_MEMBERSHIP = """
			MATCH (o:Organization {id: $organizationKey})<-[:OF_ORGANIZATION]-(m:Membership)-[:MEMBER]->(x)
			WHERE x.id = $memberKey AND m.kind = $kind AND (m.start = $start OR m.start IS NULL AND $start IS NULL) AND m.end = $end
			RETURN m.id ORDER BY m:Retracted, m.createdAt LIMIT 1
			""";

	/** A new membership with its history and citations. */
	private static final String RECORD_MEMBERSHIP = """
			MATCH (o:Organization {id: $organizationKey})
			OPTIONAL MATCH (c:Country {id: $memberKey}) WHERE $memberLabel = 'Country'
			OPTIONAL MATCH (g:Organization {id: $memberKey}) WHERE $memberLabel = 'Organization'
			WITH o, coalesce(c, g) AS x
			WHERE x IS NOT NULL
			CREATE (m:Membership) SET m = $properties, m.createdAt = datetime.transaction()
			CREATE (m)-[:MEMBER]->(x), (m)-[:OF_ORGANIZATION]->(o)
			WITH m AS fact
			""" + Citations.RECORD_AND_CITE;

	private final Neo4jClient neo4j;

	private final RecordedMerges merges;

	private final ActorReferences actors;

	private final Citations citations;

	private final ChangeLog changes;

	private final NodeLookup nodes;

	private final Claims claims;

	OrganizationCuration(Neo4jClient neo4j, RecordedMerges merges, ActorReferences actors, Citations citations,
			ChangeLog changes, NodeLookup nodes, Claims claims) {
		this.claims = claims;
		this.neo4j = neo4j;
		this.merges = merges;
		this.actors = actors;
		this.citations = citations;
		this.changes = changes;
		this.nodes = nodes;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Created createOrganization(CreateOrganizationInput input) {
		InputErrors errors = new InputErrors();
		String checkedName = errors.check(() -> Text.required(input.name(), "input.name", MAX_NAME));
		GlobalId country = input.country() == null ? null : errors
			.check(() -> this.actors.resolveOne(input.country(), "input.country", Set.of(NodeType.COUNTRY)));
		String partOfKey = input.partOfId() == null ? null
				: errors.check(() -> this.nodes.existing(input.partOfId(), NodeType.ORGANIZATION, "input.partOfId"));
		String acronym = errors.check(() -> Text.optional(input.acronym(), "input.acronym", 30));
		List<String> aliases = errors.check(() -> Text.aliases(input.aliases(), "input.aliases", MAX_NAME));
		errors.throwIfAny();
		String name = Objects.requireNonNull(checkedName);
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("naturalKey", Text.fold(name) + "|" + (country == null ? "" : country.key()));
		parameters.put("id", "org-" + UUID.randomUUID());
		parameters.put("name", name);
		parameters.put("acronym", acronym);
		parameters.put("aliases", aliases);
		parameters.put("kind", input.kind());
		parameters.put("countryKey", country == null ? null : country.key());
		parameters.put("partOfKey", partOfKey);
		Created created = this.merges.merge(NodeType.ORGANIZATION, CREATE, parameters, "createOrganization",
				input.clientMutationId());
		return created;
	}

	@Transactional(propagation = Propagation.MANDATORY, noRollbackFor = AlreadyRecordedException.class)
	Created recordMembership(RecordMembershipInput input) {
		InputErrors errors = new InputErrors();
		References named = this.nodes.references(errors);
		GlobalId checkedMember = errors.check(() -> named.node(
				this.actors.resolveOne(input.member(), "input.member", Set.of(NodeType.COUNTRY, NodeType.ORGANIZATION)),
				"input.member"));
		String checkedOrganization = errors
			.check(() -> named.key(input.organizationId(), NodeType.ORGANIZATION, "input.organizationId"));
		Period checkedPeriod = errors.check(() -> Period.of(input.start(), input.end()));
		CheckedCitations citations = errors
			.check(() -> this.citations.check(input.citations(), "input.citations", input.clientMutationId()));
		named.requireAll();
		errors.throwIfAny();
		GlobalId member = Objects.requireNonNull(checkedMember);
		String organizationKey = Objects.requireNonNull(checkedOrganization);
		Period period = Objects.requireNonNull(checkedPeriod);
		if (member.key().equals(organizationKey)) {
			throw new InvalidArgumentException("input.member", "an organisation cannot be a member of itself");
		}
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("memberKey", member.key());
		parameters.put("memberLabel", member.type().label());
		parameters.put("organizationKey", organizationKey);
		MembershipKind kind = (input.kind() != null) ? input.kind() : MembershipKind.DEFAULT;
		parameters.put("kind", kind.name());
		if (period.end().value() == null) {
			Map<String, Object> open = this.neo4j.query(OPEN_MEMBERSHIP).bindAll(parameters).fetch().one().orElse(null);
			if (open != null && (Boolean) open.get("retracted")) {
				throw new AlreadyRecordedException("input.member", "this membership is recorded already, and retracted",
						GlobalId.encode(NodeType.MEMBERSHIP, (String) open.get("key")));
			}
			if (open != null) {
				// the same membership from another source: one fact, its start perhaps
				// disputed
				GlobalId existing = new GlobalId(NodeType.MEMBERSHIP, (String) open.get("key"));
				this.claims.state(existing, "start", period.start(), Objects.requireNonNull(citations),
						input.clientMutationId());
				return new Created(existing, false);
			}
		}
		else {
			Map<String, @Nullable Object> same = new HashMap<>(parameters);
			same.put("start", period.start().value());
			same.put("end", period.end().value());
			Optional<String> recorded = this.neo4j.query(SAME_ENDED_MEMBERSHIP)
				.bindAll(same)
				.fetchAs(String.class)
				.one();
			if (recorded.isPresent()) {
				throw new AlreadyRecordedException("input.member",
						"this membership, from this start to this end, is recorded already",
						GlobalId.encode(NodeType.MEMBERSHIP, recorded.get()));
			}
		}
		GlobalId membership = new GlobalId(NodeType.MEMBERSHIP, "membership-" + UUID.randomUUID());
		Map<String, @Nullable Object> properties = period.properties();
		properties.put("id", membership.key());
		properties.put("kind", kind.name());
		properties.put("version", 1L);
		List<Creation> creations = new ArrayList<>();
		parameters.putAll(Objects.requireNonNull(citations)
			.creationOf(membership, "recordMembership", properties, input.clientMutationId(), creations));
		this.neo4j.query(RECORD_MEMBERSHIP).bindAll(parameters).run();
		this.changes.announce(creations);
		return new Created(membership, true);
	}

	record CreateOrganizationInput(@Nullable String clientMutationId, @Nullable String name, @Nullable String acronym,
			@Nullable List<String> aliases, String kind, @Nullable String country, @Nullable String partOfId) {
	}

	record RecordMembershipInput(@Nullable String clientMutationId, String member, String organizationId,
			@Nullable MembershipKind kind, @Nullable FuzzyDateInput start, @Nullable FuzzyDateInput end,
			@Nullable List<CitationInput> citations) {
	}

}
