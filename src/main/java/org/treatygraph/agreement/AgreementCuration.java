package org.treatygraph.agreement;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.treatygraph.agreement.AgreementInputs.AddPartyInput;
import org.treatygraph.agreement.AgreementInputs.CreateAgreementInput;
import org.treatygraph.agreement.AgreementInputs.PartyInput;
import org.treatygraph.agreement.AgreementInputs.RecordAgreementActionInput;
import org.treatygraph.agreement.AgreementInputs.RecordSignatureInput;
import org.treatygraph.agreement.AgreementInputs.UpdateAgreementInput;
import org.treatygraph.country.ActorReferences;
import org.treatygraph.date.FuzzyDate;
import org.treatygraph.date.FuzzyDateInput;
import org.treatygraph.history.ChangeLog.Creation;
import org.treatygraph.history.ChangeLog;
import org.treatygraph.history.RecordedMerges.Created;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLookup.References;
import org.treatygraph.node.NodeLookup;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Citations.CheckedCitations;
import org.treatygraph.source.Citations;
import org.treatygraph.source.Claims;
import org.treatygraph.system.AlreadyRecordedException;
import org.treatygraph.system.ConflictException;
import org.treatygraph.system.InputErrors;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.NotFoundException;
import org.treatygraph.system.Text;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The writes behind the agreement mutations. Each runs inside the mutation's one
 * transaction, validates before it writes, cites every fact it asserts and records every
 * change in history.
 */
@Component
class AgreementCuration {

	static final int MAX_TITLE = 300;

	static final int MAX_SUMMARY = 2000;

	static final int MAX_POST = 200;

	private static final Set<NodeType> PARTY_TYPES = Set.of(NodeType.COUNTRY, NodeType.ORGANIZATION);

	/** Most characters of a reservation's or declaration's wording. */
	static final int MAX_STEP_TEXT = 10_000;

	/**
	 * Steps that bind the parties, and so need at least two of them when they name no
	 * party.
	 */
	private static final Set<String> BINDING_STEPS = Set.of("SIGNED", "RATIFIED", "ENTERED_INTO_FORCE");

	/**
	 * Creates a cited agreement with its cited parties and the history of each, or finds
	 * the identical one, in one statement. Parties whose actor does not exist are not
	 * made and are returned by index, for the caller to refuse the whole create.
	 */
	private static final String CREATE_CITED = """
			MERGE (a:Agreement {naturalKey: $agreement.naturalKey})
			ON CREATE SET a += $agreement, a.createdAt = datetime.transaction()
			WITH a, a.id = $agreement.id AS isNew
			CALL (a, isNew) {
			  WITH a, $change AS change, isNew WHERE isNew
			  WITH a AS created, change
			""" + ChangeLog.RECORD_CREATION + """
			}
			CALL (a, isNew) {
			  WITH a AS fact, $citations AS citations, isNew WHERE isNew
			""" + Citations.CITE_FACT + """
			}
			CALL (a, isNew) {
			  UNWIND CASE WHEN isNew THEN $parties ELSE [] END AS party
			  OPTIONAL MATCH (country:Country {id: party.actorKey}) WHERE party.actorLabel = 'Country'
			  OPTIONAL MATCH (organization:Organization {id: party.actorKey}) WHERE party.actorLabel = 'Organization'
			  WITH a, party, coalesce(country, organization) AS actor
			  WHERE actor IS NOT NULL
			  CREATE (p:Party) SET p = party.properties, p.createdAt = datetime.transaction()
			  CREATE (p)-[:OF_AGREEMENT]->(a), (p)-[:ACTOR]->(actor)
			  WITH p, party
			  CALL (p, party) {
			    WITH p AS created, party.change AS change
			""" + ChangeLog.RECORD_CREATION + """
			  }
			  CALL (p, party) {
			    WITH p AS fact, party.citations AS citations
			""" + Citations.CITE_FACT + """
			  }
			  RETURN collect(party.index) AS made
			}
			CALL (a, isNew) {
			  UNWIND CASE WHEN isNew THEN $actions ELSE [] END AS action
			  CREATE (x:AgreementAction) SET x = action.properties, x.createdAt = datetime.transaction()
			  CREATE (x)-[:OF_AGREEMENT]->(a)
			  WITH x, action
			  OPTIONAL MATCH (e:Event {id: action.eventKey})
			  FOREACH (event IN CASE WHEN e IS NULL THEN [] ELSE [e] END | CREATE (x)-[:AT_EVENT]->(event))
			  WITH x, action
			  OPTIONAL MATCH (country:Country {id: action.partyKey}) WHERE action.partyLabel = 'Country'
			  OPTIONAL MATCH (organization:Organization {id: action.partyKey}) WHERE action.partyLabel = 'Organization'
			  FOREACH (party IN CASE WHEN action.partyKey IS NULL THEN [] ELSE [coalesce(country, organization)] END
			           | CREATE (x)-[:BY_PARTY]->(party))
			  WITH x, action
			  CALL (x, action) {
			    WITH x AS created, action.change AS change
			""" + ChangeLog.RECORD_CREATION + """
			  }
			  CALL (x, action) {
			    WITH x AS fact, action.citations AS citations
			""" + Citations.CITE_FACT
			+ """
					  }
					  RETURN count(x) AS steps
					}
					RETURN a.id AS key, isNew AS created,
					       CASE WHEN isNew THEN [party IN $parties WHERE NOT party.index IN made | party.index] ELSE [] END AS missing
					""";

	private static final String ADD_PARTY = "WITH $actorLabel AS label, $actorKey AS key\n"
			+ NodeLookup.NODE_BY_LABEL_AND_KEY
			+ """
					MATCH (a:Agreement {id: $agreementKey})
					CREATE (p:Party {id: $id, role: $role, version: 1, createdAt: datetime.transaction()})-[:OF_AGREEMENT]->(a)
					CREATE (p)-[:ACTOR]->(n)
					""";

	private static final String PARTY_KEYS = """
			MATCH (:Agreement {id: $key})<-[:OF_AGREEMENT]-(:Party)-[:ACTOR]->(x) RETURN x.id AS key
			""";

	private static final String PARTY_OF_ACTOR = """
			MATCH (:Agreement {id: $key})<-[:OF_AGREEMENT]-(p:Party)-[:ACTOR]->(x)
			WHERE x.id = $actorKey
			RETURN p.id ORDER BY p.createdAt LIMIT 1
			""";

	private static final String LOCK_AND_READ_VERSION = """
			MATCH (a:Agreement {id: $key})
			SET a.version = coalesce(a.version, 1)
			RETURN a.version AS version, a.title AS title, a.kind AS kind
			""";

	private static final String UPDATE = """
			MATCH (a:Agreement {id: $key})
			SET a.title = $title, a.kind = $kind, a.summary = $summary, a.naturalKey = $naturalKey,
			    a.version = a.version + 1, a.updatedAt = datetime.transaction()
			""";

	/**
	 * What a signing needs to know of its agreement: how many parties it has, and the
	 * signer's standing signature of it, if any.
	 */
	private static final String SIGNING = """
			MATCH (a:Agreement {id: $agreementKey})
			RETURN COUNT { (a)<-[:OF_AGREEMENT]-(:Party)-[:ACTOR]->() } AS parties,
			       head(COLLECT { MATCH (a)<-[:OF_AGREEMENT]-(s:Signature)-[:SIGNER]->(:Person {id: $signerKey})
			                      WHERE NOT s:Retracted RETURN s.id ORDER BY s.createdAt LIMIT 1 }) AS signed
			""";

	/**
	 * What a step needs to know of its agreement: the actors of its parties, and the
	 * standing step of this kind by the same party (or by none), if any: a source
	 * reporting it again states the same fact, perhaps with another date.
	 */
	private static final String STEPPING = """
			MATCH (a:Agreement {id: $agreementKey})
			RETURN COLLECT { MATCH (a)<-[:OF_AGREEMENT]-(:Party)-[:ACTOR]->(y) RETURN y.id } AS partyKeys,
			       head(COLLECT { MATCH (a)<-[:OF_AGREEMENT]-(x:AgreementAction {kind: $kind})
			                      WHERE NOT x:Retracted
			                        AND CASE WHEN $partyKey IS NULL THEN NOT EXISTS { (x)-[:BY_PARTY]->() }
			                                 ELSE EXISTS { (x)-[:BY_PARTY]->(y) WHERE y.id = $partyKey } END
			                      RETURN x.id ORDER BY x.createdAt LIMIT 1 }) AS reported
			""";

	/** Ties a step reported again at an event to the event, when it was tied to none. */
	private static final String AT_EVENT_IF_NONE = """
			MATCH (x:AgreementAction {id: $key}), (e:Event {id: $eventKey})
			WHERE NOT EXISTS { (x)-[:AT_EVENT]->() }
			CREATE (x)-[:AT_EVENT]->(e)
			""";

	/** A new signature with its history and citations. */
	private static final String RECORD_SIGNATURE = """
			MATCH (a:Agreement {id: $agreementKey}), (signer:Person {id: $signerKey})
			CREATE (s:Signature) SET s = $properties, s.createdAt = datetime.transaction()
			CREATE (s)-[:OF_AGREEMENT]->(a), (s)-[:SIGNER]->(signer)
			WITH s
			OPTIONAL MATCH (country:Country {id: $principalKey}) WHERE $principalLabel = 'Country'
			OPTIONAL MATCH (organization:Organization {id: $principalKey}) WHERE $principalLabel = 'Organization'
			WITH s, coalesce(country, organization) AS principal
			OPTIONAL MATCH (e:Event {id: $eventKey})
			FOREACH (x IN CASE WHEN principal IS NULL THEN [] ELSE [principal] END | CREATE (s)-[:ON_BEHALF_OF]->(x))
			FOREACH (x IN CASE WHEN e IS NULL THEN [] ELSE [e] END | CREATE (s)-[:AT_EVENT]->(x))
			WITH s AS fact
			""" + Citations.RECORD_AND_CITE;

	/** A new step with its history and citations. */
	private static final String RECORD_ACTION = """
			MATCH (a:Agreement {id: $agreementKey})
			CREATE (x:AgreementAction) SET x = $properties, x.createdAt = datetime.transaction()
			CREATE (x)-[:OF_AGREEMENT]->(a)
			WITH x
			OPTIONAL MATCH (e:Event {id: $eventKey})
			FOREACH (event IN CASE WHEN e IS NULL THEN [] ELSE [e] END | CREATE (x)-[:AT_EVENT]->(event))
			WITH x
			OPTIONAL MATCH (country:Country {id: $partyKey}) WHERE $partyLabel = 'Country'
			OPTIONAL MATCH (organization:Organization {id: $partyKey}) WHERE $partyLabel = 'Organization'
			FOREACH (party IN CASE WHEN $partyKey IS NULL THEN [] ELSE [coalesce(country, organization)] END
			         | CREATE (x)-[:BY_PARTY]->(party))
			WITH x AS fact
			""" + Citations.RECORD_AND_CITE;

	/** Most steps a curator records with a new agreement. */
	static final int MAX_FIRST_STEPS = 10;

	/** The same link, a standing one first; a retracted one is recorded already too. */
	private static final String SAME_LINK = """
			MATCH (:Agreement {id: $agreementKey})<-[:OF_AGREEMENT]-(l:AgreementLink {relation: $relation})
			      -[:REFERS_TO]->(:Agreement {id: $targetKey})
			RETURN l.id ORDER BY l:Retracted, l.createdAt LIMIT 1
			""";

	private static final String LINK = """
			MATCH (a:Agreement {id: $agreementKey}), (t:Agreement {id: $targetKey})
			CREATE (l:AgreementLink {id: $id, relation: $relation, version: 1, createdAt: datetime.transaction()})
			CREATE (l)-[:OF_AGREEMENT]->(a), (l)-[:REFERS_TO]->(t)
			""";

	private final Neo4jClient neo4j;

	private final ActorReferences actors;

	private final Citations citations;

	private final ChangeLog changes;

	private final NodeLookup nodes;

	private final Claims claims;

	AgreementCuration(Neo4jClient neo4j, ActorReferences actors, Citations citations, ChangeLog changes,
			NodeLookup nodes, Claims claims) {
		this.neo4j = neo4j;
		this.actors = actors;
		this.citations = citations;
		this.claims = claims;
		this.changes = changes;
		this.nodes = nodes;
	}

	/**
	 * The agreement, and whether this call created it rather than finding an identical
	 * one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Created create(CreateAgreementInput input) {
		InputErrors errors = new InputErrors();
		String title = errors.check(() -> Text.required(input.title(), "input.title", MAX_TITLE));
		String summary = errors.check(() -> Text.optional(input.summary(), "input.summary", MAX_SUMMARY));
		List<PartyInput> partyInputs = input.parties() == null ? List.of() : input.parties();
		List<GlobalId> actors = new ArrayList<>();
		for (int i = 0; i < partyInputs.size(); i++) {
			String argument = "input.parties[" + i + "].actor";
			String given = partyInputs.get(i).actor();
			GlobalId actor = errors.check(() -> this.actors.resolveOne(given, argument, PARTY_TYPES));
			if (actor != null && actors.contains(actor)) {
				errors.check(() -> {
					throw new InvalidArgumentException(argument, "is listed twice as a party");
				});
			}
			else if (actor != null) {
				actors.add(actor);
			}
		}
		List<FirstStep> steps = firstSteps(input, actors, errors);
		List<@Nullable CheckedCitations> partyCitations = new ArrayList<>();
		for (int i = 0; i < partyInputs.size(); i++) {
			List<org.treatygraph.source.CitationInput> own = partyInputs.get(i).citations();
			String argument = "input.parties[" + i + "].citations";
			partyCitations.add((own == null) ? null
					: errors.check(() -> this.citations.check(own, argument, input.clientMutationId())));
		}
		String cmid = input.clientMutationId();
		CheckedCitations checked = errors.check(() -> this.citations.check(input.citations(), "input.citations", cmid));
		errors.throwIfAny();
		CheckedCitations citations = Objects.requireNonNull(checked);
		ZonedDateTime now = citations.at();
		List<Creation> creations = new ArrayList<>();
		GlobalId agreement = new GlobalId(NodeType.AGREEMENT, "agr-" + UUID.randomUUID());
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put("id", agreement.key());
		properties.put("title", title);
		properties.put("kind", input.kind());
		properties.put("summary", summary);
		properties.put("version", 1L);
		properties.put("status", "UNKNOWN");
		properties.put("naturalKey", naturalKey(input.kind(), title, actors.stream().map(GlobalId::key).toList()));
		Creation agreementCreation = this.changes.creation(agreement, "createAgreement", properties, now, cmid);
		creations.add(agreementCreation);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("agreement", properties);
		parameters.put("change", agreementCreation.change());
		parameters.put("citations", citations.of(agreement, cmid, creations));
		List<Map<String, Object>> parties = new ArrayList<>();
		for (int i = 0; i < actors.size(); i++) {
			GlobalId party = new GlobalId(NodeType.PARTY, "party-" + UUID.randomUUID());
			Map<String, Object> partyProperties = Map.of("id", party.key(), "role",
					partyInputs.get(i).role() == null ? "PARTY" : partyInputs.get(i).role(), "version", 1L);
			Creation partyCreation = this.changes.creation(party, "addParty", partyProperties, now, cmid);
			creations.add(partyCreation);
			// a party's own passages, or the agreement's when the curator gave none
			CheckedCitations own = partyCitations.get(i);
			parties.add(Map.of("index", (long) i, "actorKey", actors.get(i).key(), "actorLabel",
					actors.get(i).type().label(), "properties", partyProperties, "change", partyCreation.change(),
					"citations", ((own != null) ? own : citations).of(party, cmid, creations)));
		}
		parameters.put("parties", parties);
		List<Map<String, Object>> actions = new ArrayList<>();
		for (FirstStep step : steps) {
			GlobalId action = new GlobalId(NodeType.AGREEMENT_ACTION, "act-" + UUID.randomUUID());
			Map<String, @Nullable Object> actionProperties = new HashMap<>(
					FuzzyDateInput.properties("date", step.date()));
			actionProperties.put("id", action.key());
			actionProperties.put("kind", step.kind());
			actionProperties.put("text", step.text());
			actionProperties.put("version", 1L);
			Creation actionCreation = this.changes.creation(action, "recordAgreementAction", actionProperties, now,
					cmid);
			creations.add(actionCreation);
			Map<String, @Nullable Object> row = new HashMap<>();
			row.put("properties", actionProperties);
			row.put("eventKey", step.eventKey());
			row.put("partyKey", step.party() == null ? null : step.party().key());
			row.put("partyLabel", step.party() == null ? null : step.party().type().label());
			row.put("change", actionCreation.change());
			row.put("citations", citations.of(action, cmid, creations));
			actions.add(Collections.unmodifiableMap(row));
		}
		parameters.put("actions", actions);
		Map<String, Object> row = this.neo4j.query(CREATE_CITED).bindAll(parameters).fetch().one().orElseThrow();
		GlobalId made = new GlobalId(NodeType.AGREEMENT, (String) row.get("key"));
		if (!Boolean.TRUE.equals(row.get("created"))) {
			return new Created(made, false);
		}
		for (Object index : (List<?>) row.get("missing")) {
			GlobalId actor = actors.get(((Number) index).intValue());
			// thrown inside the mutation's transaction, so nothing of the create remains
			throw new NotFoundException("input.parties[" + index + "].actor",
					"no %s has id '%s'".formatted(actor.type().label(), GlobalId.encode(actor.type(), actor.key())));
		}
		this.changes.announce(creations);
		return new Created(made, true);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	GlobalId update(UpdateAgreementInput input) {
		GlobalId agreement = agreement(input.id(), "input.id");
		Map<String, Object> before = this.changes.snapshot(agreement);
		// Taking the write lock first means the version read next is the latest committed
		// one.
		Map<String, Object> current = this.neo4j.query(LOCK_AND_READ_VERSION)
			.bind(agreement.key())
			.to("key")
			.fetch()
			.one()
			.orElseThrow();
		long version = ((Number) current.get("version")).longValue();
		if (version != input.expectedVersion()) {
			throw new ConflictException("input.expectedVersion",
					"the agreement is at version %d, not %d: someone changed it since you read it; read it again"
						.formatted(version, input.expectedVersion()));
		}
		if (input.title() == null && input.kind() == null && input.summary() == null) {
			throw new InvalidArgumentException("input", "nothing to change: give a title, kind or summary");
		}
		String title = input.title() == null ? (String) current.get("title")
				: Text.required(input.title(), "input.title", MAX_TITLE);
		String kind = input.kind() == null ? (String) current.get("kind") : input.kind();
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("key", agreement.key());
		parameters.put("title", title);
		parameters.put("kind", kind);
		parameters.put("summary", input.summary() == null ? before.get("summary")
				: Text.optional(input.summary(), "input.summary", MAX_SUMMARY));
		parameters.put("naturalKey", naturalKey(kind, title, partyKeys(agreement.key())));
		this.neo4j.query(UPDATE).bindAll(parameters).run();
		this.citations.cite(agreement, input.citations(), "input.citations", input.clientMutationId());
		this.changes.record(agreement, "updateAgreement", before, input.clientMutationId());
		return agreement;
	}

	@Transactional(propagation = Propagation.MANDATORY, noRollbackFor = AlreadyRecordedException.class)
	GlobalId addParty(AddPartyInput input) {
		InputErrors errors = new InputErrors();
		References named = this.nodes.references(errors);
		GlobalId checkedAgreement = errors.check(() -> agreement(input.agreementId(), "input.agreementId", named));
		GlobalId checkedActor = errors.check(() -> actor(input.actor(), "input.actor", named));
		CheckedCitations checkedCitations = errors
			.check(() -> this.citations.check(input.citations(), "input.citations", input.clientMutationId()));
		named.requireAll();
		errors.throwIfAny();
		GlobalId agreement = Objects.requireNonNull(checkedAgreement);
		GlobalId actor = Objects.requireNonNull(checkedActor);
		if (partyKeys(agreement.key()).contains(actor.key())) {
			throw new AlreadyRecordedException("input.actor", "is already a party to this agreement",
					GlobalId.encode(NodeType.PARTY, partyOf(agreement.key(), actor.key())));
		}
		GlobalId party = makeParty(agreement.key(), actor, input.role(), input.clientMutationId());
		this.citations.cite(party, Objects.requireNonNull(checkedCitations), input.clientMutationId());
		return party;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Created recordSignature(RecordSignatureInput input) {
		InputErrors errors = new InputErrors();
		References named = this.nodes.references(errors);
		GlobalId checkedAgreement = errors.check(() -> agreement(input.agreementId(), "input.agreementId", named));
		String checkedSigner = errors.check(() -> named.key(input.signerId(), NodeType.PERSON, "input.signerId"));
		GlobalId principal = (input.onBehalfOf() == null) ? null
				: errors.check(() -> actor(input.onBehalfOf(), "input.onBehalfOf", named));
		String eventKey = (input.eventId() == null) ? null
				: errors.check(() -> named.key(input.eventId(), NodeType.EVENT, "input.eventId"));
		FuzzyDate checkedDate = errors.check(() -> FuzzyDateInput.orUnknown(input.date(), "input.date"));
		String post = errors.check(() -> Text.optional(input.post(), "input.post", MAX_POST));
		CheckedCitations citations = errors
			.check(() -> this.citations.check(input.citations(), "input.citations", input.clientMutationId()));
		named.requireAll();
		errors.throwIfAny();
		GlobalId agreement = Objects.requireNonNull(checkedAgreement);
		String signerKey = Objects.requireNonNull(checkedSigner);
		FuzzyDate date = Objects.requireNonNull(checkedDate);
		Map<String, Object> signing = this.neo4j.query(SIGNING)
			.bindAll(Map.of("agreementKey", agreement.key(), "signerKey", signerKey))
			.fetch()
			.one()
			.orElseThrow();
		requireTwoParties(((Number) signing.get("parties")).intValue(), "input.agreementId", "signed");
		String signed = (String) signing.get("signed");
		if (signed != null) {
			// each person signs once: another source on it cites the same signature
			GlobalId existing = new GlobalId(NodeType.SIGNATURE, signed);
			this.claims.state(existing, "date", date, Objects.requireNonNull(citations), input.clientMutationId());
			return new Created(existing, false);
		}
		GlobalId signature = new GlobalId(NodeType.SIGNATURE, "sig-" + UUID.randomUUID());
		Map<String, @Nullable Object> properties = new HashMap<>(FuzzyDateInput.properties("date", date));
		properties.put("id", signature.key());
		properties.put("post", post);
		properties.put("version", 1L);
		List<Creation> creations = new ArrayList<>();
		Map<String, @Nullable Object> parameters = new HashMap<>(Objects.requireNonNull(citations)
			.creationOf(signature, "recordSignature", properties, input.clientMutationId(), creations));
		parameters.put("agreementKey", agreement.key());
		parameters.put("signerKey", signerKey);
		parameters.put("principalKey", principal == null ? null : principal.key());
		parameters.put("principalLabel", principal == null ? null : principal.type().label());
		parameters.put("eventKey", eventKey);
		this.neo4j.query(RECORD_SIGNATURE).bindAll(parameters).run();
		this.changes.announce(creations);
		return new Created(signature, true);
	}

	/**
	 * The steps sent with a new agreement, each checked as {@code recordAgreementAction}
	 * checks one; errors are noted, not thrown.
	 */
	private List<FirstStep> firstSteps(CreateAgreementInput input, List<GlobalId> parties, InputErrors errors) {
		List<AgreementInputs.ActionInput> given = (input.actions() == null) ? List.of() : input.actions();
		if (given.size() > MAX_FIRST_STEPS) {
			errors.check(() -> {
				throw new InvalidArgumentException("input.actions",
						"at most %d steps with a new agreement, was %d".formatted(MAX_FIRST_STEPS, given.size()));
			});
			return List.of();
		}
		List<FirstStep> steps = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			AgreementInputs.ActionInput step = given.get(i);
			String path = "input.actions[" + i + "]";
			FuzzyDate date = errors.check(() -> FuzzyDateInput.orUnknown(step.date(), path + ".date"));
			String eventKey = (step.eventId() == null) ? null
					: errors.check(() -> this.nodes.existing(step.eventId(), NodeType.EVENT, path + ".eventId"));
			GlobalId party = (step.party() == null) ? null
					: errors.check(() -> listedParty(step.party(), path + ".party", parties));
			String text = errors.check(() -> stepText(step.kind(), step.text(), path + ".text"));
			if (BINDING_STEPS.contains(step.kind()) && step.party() == null && parties.size() < 2) {
				errors.check(() -> {
					throw new InvalidArgumentException(path + ".kind",
							"an agreement needs at least two parties before it can be %s; input.parties names %d"
								.formatted(step.kind().toLowerCase(Locale.ROOT).replace('_', ' '), parties.size()));
				});
			}
			if (date != null) {
				steps.add(new FirstStep(step.kind(), date, eventKey, party, text));
			}
		}
		return steps;
	}

	/** A first step's party, which must be one of the agreement's listed parties. */
	private GlobalId listedParty(String reference, String argument, List<GlobalId> parties) {
		GlobalId party = this.actors.resolveOne(reference, argument, PARTY_TYPES);
		if (!parties.contains(party)) {
			throw new InvalidArgumentException(argument,
					"'%s' is not among input.parties; a step with a new agreement is taken by one of its parties"
						.formatted(reference));
		}
		return party;
	}

	/**
	 * The wording of a reservation or declaration; other steps have none, and a text sent
	 * with one is refused rather than dropped.
	 */
	private static @Nullable String stepText(String kind, @Nullable String text, String argument) {
		if (text != null && !AgreementAction.WORDED.contains(kind)) {
			throw new InvalidArgumentException(argument,
					"only a reservation or a declaration has a text; a %s step has none"
						.formatted(kind.toLowerCase(Locale.ROOT).replace('_', ' ')));
		}
		return Text.optional(text, argument, MAX_STEP_TEXT);
	}

	private record FirstStep(String kind, FuzzyDate date, @Nullable String eventKey, @Nullable GlobalId party,
			@Nullable String text) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Created recordAction(RecordAgreementActionInput input) {
		InputErrors errors = new InputErrors();
		References named = this.nodes.references(errors);
		GlobalId checkedAgreement = errors.check(() -> agreement(input.agreementId(), "input.agreementId", named));
		FuzzyDate checkedDate = errors.check(() -> FuzzyDateInput.orUnknown(input.date(), "input.date"));
		String eventKey = (input.eventId() == null) ? null
				: errors.check(() -> named.key(input.eventId(), NodeType.EVENT, "input.eventId"));
		GlobalId party = (input.party() == null) ? null
				: errors.check(() -> actor(input.party(), "input.party", named));
		String text = errors.check(() -> stepText(input.kind(), input.text(), "input.text"));
		CheckedCitations checkedCitations = errors
			.check(() -> this.citations.check(input.citations(), "input.citations", input.clientMutationId()));
		named.requireAll();
		errors.throwIfAny();
		GlobalId agreement = Objects.requireNonNull(checkedAgreement);
		FuzzyDate date = Objects.requireNonNull(checkedDate);
		CheckedCitations citations = Objects.requireNonNull(checkedCitations);
		String cmid = input.clientMutationId();
		Map<String, @Nullable Object> same = new HashMap<>();
		same.put("agreementKey", agreement.key());
		same.put("kind", input.kind());
		same.put("partyKey", party == null ? null : party.key());
		Map<String, Object> stepping = this.neo4j.query(STEPPING).bindAll(same).fetch().one().orElseThrow();
		List<?> partyKeys = (List<?>) stepping.get("partyKeys");
		if (party == null && BINDING_STEPS.contains(input.kind())) {
			requireTwoParties(partyKeys.size(), "input.agreementId",
					input.kind().toLowerCase(Locale.ROOT).replace('_', ' '));
		}
		if (!AgreementAction.WORDED.contains(input.kind())) {
			String reported = (String) stepping.get("reported");
			if (reported != null) {
				// the same step from another source: one fact, its date perhaps disputed
				GlobalId existing = new GlobalId(NodeType.AGREEMENT_ACTION, reported);
				this.claims.state(existing, "date", date, citations, cmid);
				if (eventKey != null) {
					this.neo4j.query(AT_EVENT_IF_NONE).bindAll(Map.of("key", reported, "eventKey", eventKey)).run();
				}
				return new Created(existing, false);
			}
		}
		if (party != null && !partyKeys.contains(party.key())) {
			// the source that says a state acceded says it became a party
			this.citations.cite(makeParty(agreement.key(), party, null, cmid), citations, cmid);
		}
		GlobalId action = new GlobalId(NodeType.AGREEMENT_ACTION, "act-" + UUID.randomUUID());
		Map<String, @Nullable Object> properties = new HashMap<>(FuzzyDateInput.properties("date", date));
		properties.put("id", action.key());
		properties.put("kind", input.kind());
		properties.put("text", text);
		properties.put("version", 1L);
		List<Creation> creations = new ArrayList<>();
		Map<String, @Nullable Object> parameters = new HashMap<>(
				citations.creationOf(action, "recordAgreementAction", properties, cmid, creations));
		parameters.put("agreementKey", agreement.key());
		parameters.put("eventKey", eventKey);
		parameters.put("partyKey", party == null ? null : party.key());
		parameters.put("partyLabel", party == null ? null : party.type().label());
		this.neo4j.query(RECORD_ACTION).bindAll(parameters).run();
		this.changes.announce(creations);
		return new Created(action, true);
	}

	@Transactional(propagation = Propagation.MANDATORY, noRollbackFor = AlreadyRecordedException.class)
	GlobalId link(AgreementInputs.LinkAgreementsInput input) {
		InputErrors errors = new InputErrors();
		References named = this.nodes.references(errors);
		GlobalId checkedAgreement = errors.check(() -> agreement(input.agreementId(), "input.agreementId", named));
		GlobalId checkedTarget = errors.check(() -> agreement(input.targetId(), "input.targetId", named));
		CheckedCitations checkedCitations = errors
			.check(() -> this.citations.check(input.citations(), "input.citations", input.clientMutationId()));
		named.requireAll();
		errors.throwIfAny();
		GlobalId agreement = Objects.requireNonNull(checkedAgreement);
		GlobalId target = Objects.requireNonNull(checkedTarget);
		if (agreement.equals(target)) {
			throw new InvalidArgumentException("input.targetId",
					"an agreement cannot %s itself".formatted(input.relation().toLowerCase(Locale.ROOT)));
		}
		Map<String, Object> parameters = new HashMap<>(
				Map.of("agreementKey", agreement.key(), "targetKey", target.key(), "relation", input.relation()));
		Optional<String> same = this.neo4j.query(SAME_LINK).bindAll(parameters).fetchAs(String.class).one();
		if (same.isPresent()) {
			throw new AlreadyRecordedException("input.targetId", "this link is recorded already",
					GlobalId.encode(NodeType.AGREEMENT_LINK, same.get()));
		}
		GlobalId link = new GlobalId(NodeType.AGREEMENT_LINK, "link-" + UUID.randomUUID());
		parameters.put("id", link.key());
		this.neo4j.query(LINK).bindAll(parameters).run();
		this.changes.record(link, "linkAgreements", null, input.clientMutationId());
		this.citations.cite(link, Objects.requireNonNull(checkedCitations), input.clientMutationId());
		return link;
	}

	/** A new party, in history; the caller cites it. */
	private GlobalId makeParty(String agreementKey, GlobalId actor, @Nullable String role,
			@Nullable String clientMutationId) {
		GlobalId party = new GlobalId(NodeType.PARTY, "party-" + UUID.randomUUID());
		this.neo4j.query(ADD_PARTY)
			.bindAll(Map.of("agreementKey", agreementKey, "actorLabel", actor.type().label(), "actorKey", actor.key(),
					"id", party.key(), "role", role == null ? "PARTY" : role))
			.run();
		this.changes.record(party, "addParty", null, clientMutationId);
		return party;
	}

	private GlobalId agreement(String id, String argument) {
		return new GlobalId(NodeType.AGREEMENT, this.nodes.existing(id, NodeType.AGREEMENT, argument));
	}

	/** An agreement whose existence is checked with the input's other references. */
	private static GlobalId agreement(String id, String argument, References named) {
		return new GlobalId(NodeType.AGREEMENT, named.key(id, NodeType.AGREEMENT, argument));
	}

	/** An actor whose existence is checked with the input's other references. */
	private GlobalId actor(String reference, String argument, References named) {
		return named.node(this.actors.resolveOne(reference, argument, PARTY_TYPES), argument);
	}

	private static void requireTwoParties(int parties, String argument, String step) {
		if (parties < 2) {
			throw new InvalidArgumentException(argument,
					"an agreement needs at least two parties before it can be %s; it has %d".formatted(step, parties));
		}
	}

	/** The party the actor is to the agreement, standing or retracted. */
	private String partyOf(String agreementKey, String actorKey) {
		return this.neo4j.query(PARTY_OF_ACTOR)
			.bindAll(Map.of("key", agreementKey, "actorKey", actorKey))
			.fetchAs(String.class)
			.one()
			.orElseThrow();
	}

	private List<String> partyKeys(String agreementKey) {
		return List.copyOf(this.neo4j.query(PARTY_KEYS).bind(agreementKey).to("key").fetchAs(String.class).all());
	}

	/**
	 * Identical creates (same kind, title and parties) find the agreement instead of
	 * adding a twin.
	 */
	private static String naturalKey(String kind, String title, List<String> partyKeys) {
		return kind + "|" + Text.fold(title) + "|"
				+ String.join(",", new HashSet<>(partyKeys).stream().sorted().toList());
	}

}
