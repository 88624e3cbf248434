package org.treatygraph.organization;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;

@DisplayName("Organisations")
class OrganizationQueriesTests extends GraphQlIntegrationTest {

	@Test
	@DisplayName("\"minrex\" finds Cuba's foreign ministry by its acronym")
	void shouldFindByAcronym() {
		this.graphQl.documentName("organizationsByName")
			.variable("name", "minrex")
			.execute()
			.path("organizations.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Ministry of Foreign Affairs of Cuba");
	}

	@Test
	@DisplayName("\"ministry of foreign\" finds both foreign ministries")
	void shouldMatchEveryWordTyped() {
		this.graphQl.documentName("organizationsByName")
			.variable("name", "ministry of foreign")
			.execute()
			.path("organizations.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Ministry of Foreign Affairs of Cuba",
					"Ministry of Foreign Affairs of the Russian Federation");
	}

	@Test
	@DisplayName("\"BRICS New Development Bank\" finds the bank by its alias")
	void shouldFindByAlias() {
		this.graphQl.documentName("organizationsByName")
			.variable("name", "BRICS New Development Bank")
			.execute()
			.path("organizations.edges[*].node.acronym")
			.entityList(String.class)
			.containsExactly("NDB");
	}

	@Test
	@DisplayName("the mission is a unit of MINREX, with the ambassador's post in it")
	void shouldNavigateUnitsAndPosts() {
		// language=GraphQL
		String query = """
				{ organizations(name: "minrex") { edges { node {
				  units { name kind partOf { acronym } tenures { post holder { name } } }
				} } } }
				""";
		this.graphQl.document(query)
			.execute()
			.path("organizations.edges[0].node.units[0].name")
			.entity(String.class)
			.isEqualTo("Permanent Mission of Cuba to the United Nations")
			.path("organizations.edges[0].node.units[0].partOf.acronym")
			.entity(String.class)
			.isEqualTo("MINREX")
			.path("organizations.edges[0].node.units[0].tenures[0].holder.name")
			.entity(String.class)
			.isEqualTo("Rodolfo Reyes Rodríguez");
	}

	@Test
	@DisplayName("the New Development Bank lists Cuba among its members")
	void shouldListMembersOfAnOrganization() {
		this.graphQl.document("{ organizations(name: \"NDB\") { edges { node { members { member { name } } } } } }")
			.execute()
			.path("organizations.edges[0].node.members[*].member.name")
			.entityList(String.class)
			.containsExactly("Cuba");
	}

}
