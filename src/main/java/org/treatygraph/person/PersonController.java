package org.treatygraph.person;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeType;
import org.treatygraph.organization.Organization;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.Batches;
import org.treatygraph.system.Paging.Connection;
import org.treatygraph.system.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** People and the posts they hold. */
@Controller
class PersonController {

	private final PersonRepository persons;

	private final Paging paging;

	PersonController(PersonRepository persons, Paging paging) {
		this.persons = persons;
		this.paging = paging;
	}

	@QueryMapping
	Connection<Person> persons(@Argument @Nullable String name, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable String asOf, DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		return this.persons.page(name, this.paging.request(first, after));
	}

	@BatchMapping(typeName = "Person", field = "tenures")
	Map<Person, List<Tenure>> tenuresOfPerson(List<Person> persons) {
		return Batches.byParent(persons, Person::key, this.persons::tenuresOf);
	}

	@BatchMapping(typeName = "Organization", field = "tenures")
	Map<Organization, List<Tenure>> tenuresWithinOrganization(List<Organization> organizations) {
		return Batches.byParent(organizations, Organization::key, this.persons::tenuresWithin);
	}

	@SchemaMapping
	CompletableFuture<@Nullable Object> holder(Tenure tenure, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, new GlobalId(NodeType.PERSON, tenure.holderKey()));
	}

	@SchemaMapping
	CompletableFuture<@Nullable Object> within(Tenure tenure, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, tenure.within());
	}

}
