package org.treatygraph.event;

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
import org.treatygraph.date.FuzzyDate;
import org.treatygraph.date.FuzzyDateInput;
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
import org.treatygraph.system.AlreadyRecordedException;
import org.treatygraph.system.InputErrors;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.Text;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The writes behind {@code createEvent} and {@code recordAttendance}. */
@Component
class EventCuration {

	static final int MAX_NAME = 300;

	static final int MAX_SUMMARY = 2000;

	static final int MAX_ROLE = 200;

	/** Most agreements and organisations one event is recorded to be about. */
	static final int MAX_CONCERNS = 20;

	private static final Set<NodeType> CONCERNABLE = Set.of(NodeType.AGREEMENT, NodeType.ORGANIZATION);

	private static final String CREATE = """
			MERGE (e:Event {naturalKey: $naturalKey})
			ON CREATE SET e.id = $id, e.name = $name, e.kind = $kind, e.edition = $edition, e.summary = $summary,
			              e.agreementsReported = $agreementsReported, e.version = 1, e.createdAt = datetime.transaction()
			WITH e, e.id = $id AS created
			CALL (e, created) {
			  WITH e WHERE created
			  SET e += $date
			  WITH e
			  OPTIONAL MATCH (venue:Place {id: $venueKey})
			  FOREACH (x IN CASE WHEN venue IS NULL THEN [] ELSE [venue] END | CREATE (e)-[:HELD_AT]->(x))
			  WITH e
			  CALL (e) {
			    UNWIND $organizerKeys AS organizerKey
			    MATCH (organizer:Organization {id: organizerKey})
			    CREATE (e)-[:ORGANIZED_BY]->(organizer)
			  }
			  CALL (e) {
			    UNWIND $concernedAgreementKeys AS agreementKey
			    MATCH (agreement:Agreement {id: agreementKey})
			    CREATE (e)-[:CONCERNS]->(agreement)
			  }
			  CALL (e) {
			    UNWIND $concernedOrganizationKeys AS organizationKey
			    MATCH (organization:Organization {id: organizationKey})
			    CREATE (e)-[:CONCERNS_ORGANIZATION]->(organization)
			  }
			}
			RETURN e.id AS key, created, CASE WHEN created THEN properties(e) END AS properties
			""";

	/** A count of agreements a later source reports for an event already recorded. */
	private static final String REPORT_AGREEMENTS = """
			MATCH (e:Event {id: $key}) SET e.agreementsReported = $count
			""";

	/** Most agreements one event can be reported to have seen signed. */
	static final int MAX_AGREEMENTS_REPORTED = 10_000;

	/**
	 * The attendee's attendance of the event, a standing one first; a retracted one is
	 * recorded already too, as a retracted agreement or tenure is.
	 */
	private static final String ALREADY_ATTENDED = """
			MATCH (:Event {id: $eventKey})<-[:AT_EVENT]-(t:Attendance)-[:ATTENDEE]->({id: $attendeeKey})
			RETURN t.id ORDER BY t:Retracted, t.createdAt LIMIT 1
			""";

	/** A new attendance with its history and citations. */
	private static final String RECORD_ATTENDANCE = """
			MATCH (e:Event {id: $eventKey})
			OPTIONAL MATCH (country:Country {id: $attendeeKey}) WHERE $attendeeLabel = 'Country'
			OPTIONAL MATCH (organization:Organization {id: $attendeeKey}) WHERE $attendeeLabel = 'Organization'
			OPTIONAL MATCH (person:Person {id: $attendeeKey}) WHERE $attendeeLabel = 'Person'
			WITH e, coalesce(country, organization, person) AS x
			WHERE x IS NOT NULL
			CREATE (t:Attendance) SET t = $properties, t.createdAt = datetime.transaction()
			CREATE (t)-[:AT_EVENT]->(e), (t)-[:ATTENDEE]->(x)
			WITH t AS fact
			""" + Citations.RECORD_AND_CITE;

	private final Neo4jClient neo4j;

	private final RecordedMerges merges;

	private final ActorReferences actors;

	private final Citations citations;

	private final ChangeLog changes;

	private final NodeLookup nodes;

	EventCuration(Neo4jClient neo4j, RecordedMerges merges, ActorReferences actors, Citations citations,
			ChangeLog changes, NodeLookup nodes) {
		this.neo4j = neo4j;
		this.merges = merges;
		this.actors = actors;
		this.citations = citations;
		this.changes = changes;
		this.nodes = nodes;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Created createEvent(CreateEventInput input) {
		InputErrors errors = new InputErrors();
		String checkedName = errors.check(() -> Text.required(input.name(), "input.name", MAX_NAME));
		FuzzyDate checkedDate = errors.check(() -> FuzzyDateInput.orUnknown(input.date(), "input.date"));
		if (input.edition() != null && input.edition() < 1) {
			errors.check(() -> {
				throw new InvalidArgumentException("input.edition", "must be 1 or more, was " + input.edition());
			});
		}
		String summary = errors.check(() -> Text.optional(input.summary(), "input.summary", MAX_SUMMARY));
		Integer reported = input.agreementsReported();
		if (reported != null && (reported < 1 || reported > MAX_AGREEMENTS_REPORTED)) {
			errors.check(() -> {
				throw new InvalidArgumentException("input.agreementsReported",
						"must be 1 to %,d, was %d".formatted(MAX_AGREEMENTS_REPORTED, reported));
			});
		}
		References named = this.nodes.references(errors);
		String venueKey = (input.venueId() == null) ? null
				: errors.check(() -> named.key(input.venueId(), NodeType.PLACE, "input.venueId"));
		List<String> organizerKeys = new ArrayList<>();
		List<String> organizerIds = input.organizerIds() == null ? List.of() : input.organizerIds();
		for (int i = 0; i < organizerIds.size(); i++) {
			String id = organizerIds.get(i);
			String argument = "input.organizerIds[" + i + "]";
			String key = errors.check(() -> named.key(id, NodeType.ORGANIZATION, argument));
			if (key != null && !organizerKeys.contains(key)) {
				organizerKeys.add(key);
			}
		}
		List<GlobalId> concerned = concerned(input.concernsIds(), errors, named);
		CheckedCitations checkedCitations = errors
			.check(() -> this.citations.check(input.citations(), "input.citations", input.clientMutationId()));
		named.requireAll();
		errors.throwIfAny();
		String name = Objects.requireNonNull(checkedName);
		FuzzyDate date = Objects.requireNonNull(checkedDate);
		CheckedCitations cited = Objects.requireNonNull(checkedCitations);
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("naturalKey", Text.fold(name) + "|" + (date.value() == null ? "" : date.value()));
		parameters.put("id", "evt-" + UUID.randomUUID());
		parameters.put("name", name);
		parameters.put("kind", input.kind());
		parameters.put("edition", input.edition());
		parameters.put("summary", summary);
		parameters.put("date", FuzzyDateInput.properties("date", date));
		parameters.put("venueKey", venueKey);
		parameters.put("organizerKeys", organizerKeys);
		parameters.put("concernedAgreementKeys", keysOf(concerned, NodeType.AGREEMENT));
		parameters.put("concernedOrganizationKeys", keysOf(concerned, NodeType.ORGANIZATION));
		parameters.put("agreementsReported", reported);
		Created created = this.merges.merge(NodeType.EVENT, CREATE, parameters, "createEvent",
				input.clientMutationId());
		// a second source on a recorded event cites it too, and may report its agreements
		this.citations.cite(created.node(), cited, input.clientMutationId());
		if (!created.created() && reported != null) {
			Map<String, Object> before = this.changes.snapshot(created.node());
			if (!reported.equals(((Number) before.getOrDefault("agreementsReported", -1L)).intValue())) {
				this.neo4j.query(REPORT_AGREEMENTS)
					.bindAll(Map.of("key", created.node().key(), "count", reported))
					.run();
				this.changes.record(created.node(), "createEvent", before, input.clientMutationId());
			}
		}
		return created;
	}

	/**
	 * The existing agreements and organisations an event is about, each once; an error
	 * naming the entry for an id of another type or of nothing.
	 */
	private List<GlobalId> concerned(@Nullable List<String> ids, InputErrors errors, References named) {
		if (ids == null) {
			return List.of();
		}
		if (ids.size() > MAX_CONCERNS) {
			errors.check(() -> {
				throw new InvalidArgumentException("input.concernsIds",
						"at most %d entries, was %d".formatted(MAX_CONCERNS, ids.size()));
			});
			return List.of();
		}
		List<GlobalId> concerned = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			String argument = "input.concernsIds[" + i + "]";
			GlobalId found = errors.check(() -> {
				GlobalId decoded = GlobalId.decode(id)
					.filter(candidate -> CONCERNABLE.contains(candidate.type()))
					.orElseThrow(() -> new InvalidArgumentException(argument,
							"'%s' is not the id of an agreement or an organisation".formatted(id)));
				return named.node(decoded, argument);
			});
			if (found != null && !concerned.contains(found)) {
				concerned.add(found);
			}
		}
		return concerned;
	}

	private static List<String> keysOf(List<GlobalId> ids, NodeType type) {
		return ids.stream().filter(id -> id.type() == type).map(GlobalId::key).toList();
	}

	@Transactional(propagation = Propagation.MANDATORY, noRollbackFor = AlreadyRecordedException.class)
	GlobalId recordAttendance(RecordAttendanceInput input) {
		InputErrors errors = new InputErrors();
		References named = this.nodes.references(errors);
		String checkedEvent = errors.check(() -> named.key(input.eventId(), NodeType.EVENT, "input.eventId"));
		GlobalId checkedAttendee = errors.check(() -> named.node(this.actors.resolveOne(input.attendee(),
				"input.attendee", Set.of(NodeType.COUNTRY, NodeType.ORGANIZATION, NodeType.PERSON)), "input.attendee"));
		String role = errors.check(() -> Text.optional(input.role(), "input.role", MAX_ROLE));
		CheckedCitations checkedCitations = errors
			.check(() -> this.citations.check(input.citations(), "input.citations", input.clientMutationId()));
		named.requireAll();
		errors.throwIfAny();
		String eventKey = Objects.requireNonNull(checkedEvent);
		GlobalId attendee = Objects.requireNonNull(checkedAttendee);
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("eventKey", eventKey);
		parameters.put("attendeeKey", attendee.key());
		parameters.put("attendeeLabel", attendee.type().label());
		Optional<String> attended = this.neo4j.query(ALREADY_ATTENDED).bindAll(parameters).fetchAs(String.class).one();
		if (attended.isPresent()) {
			throw new AlreadyRecordedException("input.attendee", "is already recorded as attending this event",
					GlobalId.encode(NodeType.ATTENDANCE, attended.get()));
		}
		GlobalId attendance = new GlobalId(NodeType.ATTENDANCE, "att-" + UUID.randomUUID());
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put("id", attendance.key());
		properties.put("role", role);
		properties.put("version", 1L);
		List<Creation> creations = new ArrayList<>();
		parameters.putAll(Objects.requireNonNull(checkedCitations)
			.creationOf(attendance, "recordAttendance", properties, input.clientMutationId(), creations));
		this.neo4j.query(RECORD_ATTENDANCE).bindAll(parameters).run();
		this.changes.announce(creations);
		return attendance;
	}

	record CreateEventInput(@Nullable String clientMutationId, @Nullable String name, String kind,
			@Nullable Integer edition, @Nullable String summary, @Nullable FuzzyDateInput date,
			@Nullable String venueId, @Nullable List<String> organizerIds, @Nullable List<String> concernsIds,
			@Nullable Integer agreementsReported, @Nullable List<CitationInput> citations) {
	}

	record RecordAttendanceInput(@Nullable String clientMutationId, String eventId, String attendee,
			@Nullable String role, @Nullable List<CitationInput> citations) {
	}

}
