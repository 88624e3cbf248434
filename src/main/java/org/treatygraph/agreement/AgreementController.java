package org.treatygraph.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.agreement.AgreementFilter.PartyStepFilter;
import org.treatygraph.country.ActorReferences;
import org.treatygraph.country.Country;
import org.treatygraph.date.DateRange;
import org.treatygraph.event.Event;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeType;
import org.treatygraph.organization.Organization;
import org.treatygraph.person.Person;
import org.treatygraph.relation.Relations;
import org.treatygraph.search.NameSearch;
import org.treatygraph.source.Citation;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.Batches;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.PageRequest;
import org.treatygraph.system.Paging.Connection;
import org.treatygraph.system.Paging;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Agreements: lists and filters, their parties, signatures and steps, and who signed
 * what.
 */
@Controller
class AgreementController {

	private static final String PAGES = "agreementPages";

	/** The loader Spring for GraphQL registers for the {@code parties} batch mapping. */
	private static final String PARTIES_OF_AGREEMENT = "Agreement.parties";

	private static final Set<NodeType> PARTIES = Set.of(NodeType.COUNTRY, NodeType.ORGANIZATION);

	private static final int MAX_STEP_FILTERS = 10;

	private final AgreementRepository agreements;

	private final ActorReferences actors;

	private final Paging paging;

	AgreementController(AgreementRepository agreements, ActorReferences actors, Paging paging,
			BatchLoaderRegistry registry) {
		this.agreements = agreements;
		this.actors = actors;
		this.paging = paging;
		registry.<AgreementQuery, AgreementAnswer>forName(PAGES)
			.registerMappedBatchLoader((queries, environment) -> Mono.fromCallable(() -> {
				List<AgreementQuery> ordered = List.copyOf(queries);
				List<AgreementAnswer> answers = this.agreements.answers(ordered);
				Map<AgreementQuery, AgreementAnswer> byQuery = new java.util.HashMap<>();
				for (int i = 0; i < ordered.size(); i++) {
					byQuery.put(ordered.get(i), answers.get(i));
				}
				return byQuery;
			}));
	}

	@QueryMapping
	Connection<Agreement> agreements(@Argument @Nullable AgreementFilter filter,
			@Argument @Nullable AgreementOrder orderBy, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable String asOf, DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		AgreementFilter given = filter == null ? AgreementFilter.NONE : filter;
		List<GlobalId> involving = given.involving() == null ? List.of()
				: this.actors.resolve(given.involving(), "filter.involving", PARTIES);
		List<String> signers = new ArrayList<>();
		if (given.signers() != null) {
			for (int i = 0; i < given.signers().size(); i++) {
				signers.add(GlobalId.require(given.signers().get(i), NodeType.PERSON, "filter.signers[" + i + "]"));
			}
		}
		List<String> venueCountries = this.actors.countryKeys(given.venueCountries(), "filter.venueCountries");
		String text = NameSearch.filterQuery(given.text(), "filter.text");
		List<AgreementQuery.PartySteps> steps = partySteps(given.steps());
		if (involving.isEmpty() && !steps.isEmpty()) {
			// a party that took a step is a party, and the match starts from its
			// agreements
			involving = List.of(steps.getFirst().party());
		}
		AgreementQuery query = new AgreementQuery(involving, given.kinds(), given.statuses(),
				DateRange.parse(given.from(), given.to(), "filter"), List.copyOf(signers), venueCountries, text, steps,
				Boolean.TRUE.equals(given.includeRetracted()), AgreementOrder.orDefault(orderBy),
				this.paging.request(first, after), false, asksForParties(environment), asksForCitations(environment));
		return primed(this.agreements.answers(List.of(query)).getFirst(), environment);
	}

	@SchemaMapping(typeName = "Relations", field = "agreements")
	CompletableFuture<Connection<Agreement>> agreementsOfRelations(Relations relations,
			@Argument @Nullable List<String> kinds, @Argument @Nullable List<String> statuses,
			@Argument @Nullable AgreementOrder orderBy, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataLoader<AgreementQuery, AgreementAnswer> agreementPages,
			DataFetchingEnvironment environment) {
		return agreementPages
			.load(between(relations, kinds, statuses, AgreementOrder.orDefault(orderBy),
					this.paging.request(first, after), asksForParties(environment), asksForCitations(environment)))
			.thenApply(answer -> primed(answer, environment));
	}

	/** Loaded beside the relation's pages, so both come from one match. */
	@SchemaMapping(typeName = "Relations", field = "agreementTally")
	CompletableFuture<List<AgreementTally>> agreementTally(Relations relations,
			DataLoader<AgreementQuery, AgreementAnswer> agreementPages) {
		return agreementPages
			.load(between(relations, null, null, AgreementOrder.BY_TITLE, this.paging.request(0, null), false, false)
				.asTally())
			.thenApply(AgreementAnswer::tally);
	}

	/**
	 * Countries and organisations must be parties, people signers; other nodes do not
	 * narrow agreements.
	 */
	private static AgreementQuery between(Relations relations, @Nullable List<String> kinds,
			@Nullable List<String> statuses, AgreementOrder order, PageRequest page, boolean withParties,
			boolean withCitations) {
		List<GlobalId> parties = relations.between().stream().filter(id -> PARTIES.contains(id.type())).toList();
		List<String> signers = relations.between()
			.stream()
			.filter(id -> id.type() == NodeType.PERSON)
			.map(GlobalId::key)
			.toList();
		return new AgreementQuery(parties, kinds, statuses, DateRange.ALWAYS, signers, null, null, List.of(), false,
				order, page, false, withParties, withCitations);
	}

	/** The filter's parties' steps, each party resolved and each with a kind. */
	private List<AgreementQuery.PartySteps> partySteps(@Nullable List<PartyStepFilter> given) {
		if (given == null) {
			return List.of();
		}
		if (given.size() > MAX_STEP_FILTERS) {
			throw new InvalidArgumentException("filter.steps",
					"at most %d entries, was %d".formatted(MAX_STEP_FILTERS, given.size()));
		}
		List<AgreementQuery.PartySteps> steps = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			String path = "filter.steps[" + i + "]";
			if (given.get(i).kinds().isEmpty()) {
				throw new InvalidArgumentException(path + ".kinds", "must name at least one step, such as RATIFIED");
			}
			GlobalId party = this.actors.resolveOne(given.get(i).party(), path + ".party", PARTIES);
			steps.add(new AgreementQuery.PartySteps(party, List.copyOf(given.get(i).kinds())));
		}
		return steps;
	}

	@SchemaMapping(typeName = "Country", field = "agreements")
	CompletableFuture<Connection<Agreement>> agreementsOfCountry(Country country, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataLoader<AgreementQuery, AgreementAnswer> agreementPages,
			DataFetchingEnvironment environment) {
		return agreementPages
			.load(AgreementQuery.involving(new GlobalId(NodeType.COUNTRY, country.key()),
					this.paging.request(first, after), asksForParties(environment), asksForCitations(environment)))
			.thenApply(answer -> primed(answer, environment));
	}

	@SchemaMapping(typeName = "Organization", field = "agreements")
	CompletableFuture<Connection<Agreement>> agreementsOfOrganization(Organization organization,
			@Argument @Nullable Integer first, @Argument @Nullable String after,
			DataLoader<AgreementQuery, AgreementAnswer> agreementPages, DataFetchingEnvironment environment) {
		return agreementPages
			.load(AgreementQuery.involving(new GlobalId(NodeType.ORGANIZATION, organization.key()),
					this.paging.request(first, after), asksForParties(environment), asksForCitations(environment)))
			.thenApply(answer -> primed(answer, environment));
	}

	/** Whether the selection asks for the parties of the page's agreements. */
	private static boolean asksForParties(DataFetchingEnvironment environment) {
		return environment.getSelectionSet().contains("edges/node/parties");
	}

	/** Whether the selection asks for the citations of the page's agreements. */
	private static boolean asksForCitations(DataFetchingEnvironment environment) {
		return environment.getSelectionSet().contains("edges/node/citations");
	}

	/**
	 * The page, with the parties, actors and citations its statement fetched handed to
	 * the loaders that would otherwise fetch them again.
	 */
	private static Connection<Agreement> primed(AgreementAnswer answer, DataFetchingEnvironment environment) {
		DataLoader<Agreement, List<Party>> parties = environment.getDataLoader(PARTIES_OF_AGREEMENT);
		DataLoader<GlobalId, Object> nodes = environment.getDataLoader(NodeLoader.NAME);
		if (parties != null && nodes != null) {
			answer.parties().forEach(parties::prime);
			answer.actors().forEach(nodes::prime);
		}
		DataLoader<GlobalId, List<Citation>> citations = environment.getDataLoader(Citation.LOADER);
		if (citations != null) {
			answer.citations().forEach(citations::prime);
		}
		return answer.page();
	}

	@BatchMapping
	Map<Agreement, List<Party>> parties(List<Agreement> agreements) {
		return Batches.byParent(agreements, Agreement::key, this.agreements::partiesOf);
	}

	@BatchMapping(typeName = "Agreement", field = "signatures")
	Map<Agreement, List<Signature>> signaturesOfAgreement(List<Agreement> agreements) {
		return Batches.byParent(agreements, Agreement::key, this.agreements::signaturesOf);
	}

	@BatchMapping
	Map<Agreement, List<AgreementLink>> links(List<Agreement> agreements) {
		return Batches.byParent(agreements, Agreement::key, this.agreements::linksFrom);
	}

	@BatchMapping
	Map<Agreement, List<AgreementLink>> linkedFrom(List<Agreement> agreements) {
		return Batches.byParent(agreements, Agreement::key, this.agreements::linksTo);
	}

	@SchemaMapping(typeName = "AgreementLink", field = "agreement")
	CompletableFuture<@Nullable Object> agreementOfLink(AgreementLink link, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, new GlobalId(NodeType.AGREEMENT, link.agreementKey()));
	}

	@SchemaMapping(typeName = "AgreementLink", field = "target")
	CompletableFuture<@Nullable Object> targetOfLink(AgreementLink link, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, new GlobalId(NodeType.AGREEMENT, link.targetKey()));
	}

	@BatchMapping
	Map<Agreement, List<AgreementAction>> actions(List<Agreement> agreements) {
		return Batches.byParent(agreements, Agreement::key, this.agreements::actionsOf);
	}

	@BatchMapping(typeName = "Person", field = "signatures")
	Map<Person, List<Signature>> signaturesByPerson(List<Person> persons) {
		return Batches.byParent(persons, Person::key, this.agreements::signaturesBy);
	}

	@BatchMapping(typeName = "Country", field = "signatures")
	Map<Country, List<Signature>> signaturesOnBehalfOfCountry(List<Country> countries) {
		return Batches.byParent(countries, Country::key, this.agreements::signaturesOnBehalfOf);
	}

	@BatchMapping(typeName = "Agreement", field = "events")
	Map<Agreement, List<Event>> eventsOfAgreement(List<Agreement> agreements) {
		return Batches.byParent(agreements, Agreement::key, this.agreements::eventsOfAgreement);
	}

	@BatchMapping(typeName = "Event", field = "signatures")
	Map<Event, List<Signature>> signaturesAtEvent(List<Event> events) {
		return Batches.byParent(events, Event::key, this.agreements::signaturesAt);
	}

	@BatchMapping(typeName = "Event", field = "agreements")
	Map<Event, List<Agreement>> agreementsAtEvent(List<Event> events) {
		return Batches.byParent(events, Event::key, this.agreements::agreementsAt);
	}

	@SchemaMapping
	CompletableFuture<@Nullable Object> actor(Party party, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, party.actor());
	}

	@BatchMapping(typeName = "Party", field = "steps")
	Map<Party, List<AgreementAction>> stepsOfParty(List<Party> parties) {
		return Batches.byParent(parties, Party::key, this.agreements::stepsOf);
	}

	@BatchMapping(typeName = "Party", field = "signatures")
	Map<Party, List<Signature>> signaturesForParty(List<Party> parties) {
		return Batches.byParent(parties, Party::key, this.agreements::signaturesFor);
	}

	@BatchMapping(typeName = "Party", field = "status")
	Map<Party, String> statusOfParty(List<Party> parties) {
		Map<String, String> statuses = this.agreements.statusesOf(parties.stream().map(Party::key).toList());
		Map<Party, String> byParty = new LinkedHashMap<>();
		parties.forEach(party -> byParty.put(party, statuses.getOrDefault(party.key(), "UNKNOWN")));
		return byParty;
	}

	@SchemaMapping(typeName = "AgreementAction", field = "party")
	CompletableFuture<@Nullable Object> partyOfAction(AgreementAction action, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, action.party());
	}

	@SchemaMapping(typeName = "Party", field = "agreement")
	CompletableFuture<@Nullable Object> agreementOfParty(Party party, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, new GlobalId(NodeType.AGREEMENT, party.agreementKey()));
	}

	@SchemaMapping(typeName = "Signature", field = "agreement")
	CompletableFuture<@Nullable Object> agreementOfSignature(Signature signature, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, new GlobalId(NodeType.AGREEMENT, signature.agreementKey()));
	}

	@SchemaMapping
	CompletableFuture<@Nullable Object> signer(Signature signature, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, signature.signer(), selection);
	}

	@SchemaMapping
	CompletableFuture<@Nullable Object> onBehalfOf(Signature signature, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, signature.principal(), selection);
	}

	/**
	 * The event the signature's own read found; read again as of an earlier moment, as
	 * every node is.
	 */
	@SchemaMapping
	CompletableFuture<@Nullable Object> event(Signature signature, DataLoader<GlobalId, Object> nodes) {
		return AsOf.present() ? CompletableFuture.completedFuture(signature.eventAsRead())
				: NodeLoader.load(nodes, GlobalId.ofNullable(NodeType.EVENT, signature.eventKey()));
	}

	@SchemaMapping(typeName = "AgreementAction", field = "event")
	CompletableFuture<@Nullable Object> eventOfAction(AgreementAction action, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, GlobalId.ofNullable(NodeType.EVENT, action.eventKey()));
	}

	@SchemaMapping(typeName = "AgreementAction", field = "agreement")
	CompletableFuture<@Nullable Object> agreementOfAction(AgreementAction action, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, new GlobalId(NodeType.AGREEMENT, action.agreementKey()));
	}

}
