package org.treatygraph.person;

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
import org.treatygraph.source.Citations;
import org.treatygraph.source.Citations.CheckedCitations;
import org.treatygraph.system.AlreadyRecordedException;
import org.treatygraph.system.InputErrors;
import org.treatygraph.system.Text;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The writes behind {@code createPerson} and {@code recordTenure}. */
@Component
class PersonCuration {

	static final int MAX_NAME = 200;

	private static final String CREATE = """
			MERGE (p:Person {naturalKey: $naturalKey})
			ON CREATE SET p.id = $id, p.name = $name, p.aliases = $aliases, p.disambiguation = $disambiguation,
			              p.version = 1, p.createdAt = datetime.transaction()
			RETURN p.id AS key, p.id = $id AS created, CASE WHEN p.id = $id THEN properties(p) END AS properties
			""";

	private static final String SAME_TENURE = """
			MATCH (:Person {id: $personKey})<-[:HOLDER]-(t:Tenure)-[:WITHIN]->({id: $withinKey})
			WHERE t.postKey = $postKey AND coalesce(t.start, '') = coalesce($start, '')
			RETURN t.id ORDER BY t.createdAt LIMIT 1
			""";

	/** A new tenure with its history and citations. */
	private static final String RECORD_TENURE = """
			MATCH (p:Person {id: $personKey})
			OPTIONAL MATCH (country:Country {id: $withinKey}) WHERE $withinLabel = 'Country'
			OPTIONAL MATCH (organization:Organization {id: $withinKey}) WHERE $withinLabel = 'Organization'
			WITH p, coalesce(country, organization) AS w
			WHERE w IS NOT NULL
			CREATE (t:Tenure) SET t = $properties, t.createdAt = datetime.transaction()
			CREATE (t)-[:HOLDER]->(p), (t)-[:WITHIN]->(w)
			WITH t AS fact
			""" + Citations.RECORD_AND_CITE;

	private final Neo4jClient neo4j;

	private final RecordedMerges merges;

	private final ActorReferences actors;

	private final Citations citations;

	private final ChangeLog changes;

	private final NodeLookup nodes;

	PersonCuration(Neo4jClient neo4j, RecordedMerges merges, ActorReferences actors, Citations citations,
			ChangeLog changes, NodeLookup nodes) {
		this.neo4j = neo4j;
		this.merges = merges;
		this.actors = actors;
		this.citations = citations;
		this.changes = changes;
		this.nodes = nodes;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Created createPerson(CreatePersonInput input) {
		InputErrors errors = new InputErrors();
		String checkedName = errors.check(() -> Text.required(input.name(), "input.name", MAX_NAME));
		String disambiguation = errors
			.check(() -> Text.optional(input.disambiguation(), "input.disambiguation", MAX_NAME));
		List<String> aliases = errors.check(() -> Text.aliases(input.aliases(), "input.aliases", MAX_NAME));
		errors.throwIfAny();
		String name = Objects.requireNonNull(checkedName);
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("naturalKey", Text.fold(name) + "|" + (disambiguation == null ? "" : Text.fold(disambiguation)));
		parameters.put("id", "person-" + UUID.randomUUID());
		parameters.put("name", name);
		parameters.put("aliases", aliases);
		parameters.put("disambiguation", disambiguation);
		Created created = this.merges.merge(NodeType.PERSON, CREATE, parameters, "createPerson",
				input.clientMutationId());
		return created;
	}

	@Transactional(propagation = Propagation.MANDATORY, noRollbackFor = AlreadyRecordedException.class)
	GlobalId recordTenure(RecordTenureInput input) {
		InputErrors errors = new InputErrors();
		References named = this.nodes.references(errors);
		String checkedPerson = errors.check(() -> named.key(input.personId(), NodeType.PERSON, "input.personId"));
		GlobalId checkedWithin = errors.check(() -> named.node(
				this.actors.resolveOne(input.within(), "input.within", Set.of(NodeType.ORGANIZATION, NodeType.COUNTRY)),
				"input.within"));
		String checkedPost = errors.check(() -> Text.required(input.post(), "input.post", MAX_NAME));
		Period checkedPeriod = errors.check(() -> Period.of(input.start(), input.end()));
		CheckedCitations citations = errors
			.check(() -> this.citations.check(input.citations(), "input.citations", input.clientMutationId()));
		named.requireAll();
		errors.throwIfAny();
		String personKey = Objects.requireNonNull(checkedPerson);
		GlobalId within = Objects.requireNonNull(checkedWithin);
		String post = Objects.requireNonNull(checkedPost);
		Period period = Objects.requireNonNull(checkedPeriod);
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("personKey", personKey);
		parameters.put("withinKey", within.key());
		parameters.put("withinLabel", within.type().label());
		parameters.put("post", post);
		parameters.put("postKey", Text.fold(post));
		parameters.put("start", period.start().value());
		Optional<String> same = this.neo4j.query(SAME_TENURE).bindAll(parameters).fetchAs(String.class).one();
		if (same.isPresent()) {
			throw new AlreadyRecordedException("input.post",
					"this person's tenure in this post, from this start, is recorded already",
					GlobalId.encode(NodeType.TENURE, same.get()));
		}
		GlobalId tenure = new GlobalId(NodeType.TENURE, "tenure-" + UUID.randomUUID());
		Map<String, @Nullable Object> properties = period.properties();
		properties.put("id", tenure.key());
		properties.put("post", post);
		properties.put("postKey", Text.fold(post));
		properties.put("version", 1L);
		List<Creation> creations = new ArrayList<>();
		parameters.putAll(Objects.requireNonNull(citations)
			.creationOf(tenure, "recordTenure", properties, input.clientMutationId(), creations));
		this.neo4j.query(RECORD_TENURE).bindAll(parameters).run();
		this.changes.announce(creations);
		return tenure;
	}

	record CreatePersonInput(@Nullable String clientMutationId, @Nullable String name, @Nullable List<String> aliases,
			@Nullable String disambiguation) {
	}

	record RecordTenureInput(@Nullable String clientMutationId, String personId, @Nullable String post, String within,
			@Nullable FuzzyDateInput start, @Nullable FuzzyDateInput end, @Nullable List<CitationInput> citations) {
	}

}
