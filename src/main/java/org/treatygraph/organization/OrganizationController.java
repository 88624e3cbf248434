package org.treatygraph.organization;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.country.Country;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeType;
import org.treatygraph.source.Source;
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
 * Organisations, where they are based, what they are part of, and who is a member of
 * what.
 */
@Controller
class OrganizationController {

	private final OrganizationRepository organizations;

	private final Paging paging;

	OrganizationController(OrganizationRepository organizations, Paging paging) {
		this.organizations = organizations;
		this.paging = paging;
	}

	@QueryMapping
	Connection<Organization> organizations(@Argument @Nullable String name, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable String asOf, DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		return this.organizations.page(name, this.paging.request(first, after));
	}

	@SchemaMapping
	CompletableFuture<@Nullable Object> country(Organization organization, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, organization.country(), selection);
	}

	@SchemaMapping
	CompletableFuture<@Nullable Object> partOf(Organization organization, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, organization.partOf(), selection);
	}

	@BatchMapping
	Map<Organization, List<Organization>> units(List<Organization> organizations) {
		return Batches.byParent(organizations, Organization::key, this.organizations::units);
	}

	@BatchMapping(typeName = "Country", field = "organizations")
	Map<Country, List<Organization>> organizationsBasedIn(List<Country> countries) {
		return Batches.byParent(countries, Country::key, this.organizations::basedIn);
	}

	@BatchMapping(typeName = "Source", field = "informationFrom")
	Map<Source, List<Organization>> informationFrom(List<Source> sources) {
		return Batches.byParent(sources, Source::key, this.organizations::informationFrom);
	}

	@BatchMapping(typeName = "Country", field = "memberships")
	Map<Country, List<Membership>> countryMemberships(List<Country> countries) {
		return Batches.byParent(countries, Country::key, this.organizations::membershipsOf);
	}

	@BatchMapping(typeName = "Organization", field = "memberships")
	Map<Organization, List<Membership>> organizationMemberships(List<Organization> organizations) {
		return Batches.byParent(organizations, Organization::key, this.organizations::membershipsOf);
	}

	@BatchMapping
	Map<Organization, List<Membership>> members(List<Organization> organizations) {
		return Batches.byParent(organizations, Organization::key, this.organizations::membersOf);
	}

	@SchemaMapping(typeName = "Membership")
	CompletableFuture<@Nullable Object> member(Membership membership, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, membership.member());
	}

	/**
	 * The organisation the membership's own read found; read again as of an earlier
	 * moment, as every node is.
	 */
	@SchemaMapping(typeName = "Membership")
	CompletableFuture<@Nullable Object> organization(Membership membership, DataLoader<GlobalId, Object> nodes) {
		return AsOf.present() ? CompletableFuture.completedFuture(membership.organizationAsRead())
				: NodeLoader.load(nodes, new GlobalId(NodeType.ORGANIZATION, membership.organizationKey()));
	}

}
