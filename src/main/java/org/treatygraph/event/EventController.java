package org.treatygraph.event;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.country.ActorReferences;
import org.treatygraph.country.Country;
import org.treatygraph.date.DateRange;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeType;
import org.treatygraph.organization.Organization;
import org.treatygraph.person.Person;
import org.treatygraph.place.Place;
import org.treatygraph.relation.Relations;
import org.treatygraph.search.NameSearch;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.Batches;
import org.treatygraph.system.Paging.Connection;
import org.treatygraph.system.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Events: lists and filters, venues, attendances, and the events of countries, places and
 * agreements.
 */
@Controller
class EventController {

	private static final Set<NodeType> ATTENDEES = Set.of(NodeType.COUNTRY, NodeType.ORGANIZATION, NodeType.PERSON);

	private final EventRepository events;

	private final ActorReferences actors;

	private final Paging paging;

	EventController(EventRepository events, ActorReferences actors, Paging paging) {
		this.events = events;
		this.actors = actors;
		this.paging = paging;
	}

	@QueryMapping
	Connection<Event> events(@Argument @Nullable EventFilter filter, @Argument @Nullable EventOrder orderBy,
			@Argument @Nullable Integer first, @Argument @Nullable String after, @Argument @Nullable String asOf,
			DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		EventFilter given = filter == null ? EventFilter.NONE : filter;
		List<GlobalId> involving = given.involving() == null ? List.of()
				: this.actors.resolve(given.involving(), "filter.involving", ATTENDEES);
		List<String> venueCountries = this.actors.countryKeys(given.venueCountries(), "filter.venueCountries");
		String text = NameSearch.filterQuery(given.text(), "filter.text");
		return this.events.page(involving, given.kinds(), DateRange.parse(given.from(), given.to(), "filter"),
				venueCountries, text, Boolean.TRUE.equals(given.includeRetracted()), EventOrder.orDefault(orderBy),
				this.paging.request(first, after));
	}

	@SchemaMapping(typeName = "Relations", field = "events")
	Connection<Event> eventsOfRelations(Relations relations, @Argument @Nullable List<String> kinds,
			@Argument @Nullable EventOrder orderBy, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		List<GlobalId> attendees = relations.between().stream().filter(id -> ATTENDEES.contains(id.type())).toList();
		return this.events.page(attendees, kinds, DateRange.ALWAYS, null, null, false, EventOrder.orDefault(orderBy),
				this.paging.request(first, after));
	}

	@SchemaMapping
	CompletableFuture<@Nullable Object> venue(Event event, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, event.venue(), selection);
	}

	@BatchMapping
	Map<Event, List<Attendance>> attendances(List<Event> events) {
		return Batches.byParent(events, Event::key, this.events::attendancesAt);
	}

	@BatchMapping(typeName = "Person", field = "attendances")
	Map<Person, List<Attendance>> attendancesOfPerson(List<Person> persons) {
		return Batches.byParent(persons, Person::key, this.events::attendancesOf);
	}

	@BatchMapping(typeName = "Country", field = "events")
	Map<Country, List<Event>> eventsOfCountry(List<Country> countries) {
		return Batches.byParent(countries, Country::key, this.events::eventsOfCountry);
	}

	@BatchMapping(typeName = "Place", field = "events")
	Map<Place, List<Event>> eventsAtPlace(List<Place> places) {
		return Batches.byParent(places, Place::key, this.events::eventsAt);
	}

	@BatchMapping(typeName = "Event", field = "organizers")
	Map<Event, List<Organization>> organizers(List<Event> events) {
		return Batches.byParent(events, Event::key, this.events::organizers);
	}

	@SchemaMapping
	CompletableFuture<@Nullable Object> attendee(Attendance attendance, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, attendance.attendeeAsRead(), selection);
	}

	@SchemaMapping(typeName = "Attendance", field = "event")
	CompletableFuture<@Nullable Object> eventOfAttendance(Attendance attendance, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, new GlobalId(NodeType.EVENT, attendance.eventKey()));
	}

}
