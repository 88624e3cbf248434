package org.treatygraph.organization;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.CuratorTest;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Cuba became a BRICS partner country from 1 January 2025": a partner is not a member,
 * in counts, shared memberships, timelines and connections alike.
 */
@DisplayName("Kinds of membership")
class MembershipKindsTests extends CuratorTest {

	private static final String TEXT = """
			Brazil and China are founding members of BRICS. Cuba became a BRICS partner country \
			from 1 January 2025.""";

	private String brics;

	private static Map<String, Object> cite(String quote) {
		return Map.of("source", Map.of("title", "BRICS welcomes new partner countries", "url",
				"https://example.org/2025/01/brics-partners", "text", TEXT), "quote", quote);
	}

	private GraphQlTester.Response record(String member, String kind, String start, String quote) {
		return asCurator().documentName("recordMembershipKind")
			.variable("input",
					Map.of("member", member, "organizationId", this.brics, "kind", kind, "start",
							Map.of("value", start), "citations", List.of(cite(quote))))
			.execute();
	}

	@BeforeEach
	void bricsWithTwoMembersAndAPartner() {
		this.brics = asCurator().documentName("createBrics")
			.execute()
			.path("createOrganization.organization.id")
			.entity(String.class)
			.get();
		record("BR", "FULL_MEMBER", "2009", "Brazil and China are founding members of BRICS").errors().verify();
		record("CN", "FULL_MEMBER", "2009", "Brazil and China are founding members of BRICS").errors().verify();
		GraphQlTester.Response partner = record("CU", "PARTNER_COUNTRY", "2025-01-01",
				"Cuba became a BRICS partner country from 1 January 2025");
		partner.path("recordMembership.membership.kind").entity(String.class).isEqualTo("PARTNER_COUNTRY");
		partner.path("recordMembership.created").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	@DisplayName("membershipCounts counts BRICS's two members, with its partner country beside them")
	void shouldCountMembersAndPartnersApart() {
		var counts = this.graphQl.documentName("membershipCountsByKind").execute();
		counts.path("membershipCounts[?(@.organization.name == 'BRICS')].members")
			.entityList(Integer.class)
			.containsExactly(2);
		counts.path("membershipCounts[?(@.organization.name == 'BRICS')].byKind[*].kind")
			.entityList(String.class)
			.containsExactly("FULL_MEMBER", "PARTNER_COUNTRY");
		counts.path("membershipCounts[?(@.organization.name == 'BRICS')].byKind[*].count")
			.entityList(Integer.class)
			.containsExactly(2, 1);

		this.graphQl.document("{ membershipCounts(kinds: [PARTNER_COUNTRY]) { organization { name } members } }")
			.execute()
			.path("membershipCounts[*].organization.name")
			.entityList(String.class)
			.containsExactly("BRICS");
	}

	@Test
	@DisplayName("Cuba and Brazil share no membership of BRICS unless partner countries are asked for")
	void shouldNotShareAMembershipWithAPartner() {
		this.graphQl.documentName("cubaBrazilSharedMemberships")
			.execute()
			.path("relations.sharedMemberships")
			.entityList(Object.class)
			.hasSize(0);
		this.graphQl.documentName("cubaBrazilSharedMembershipsOfKinds")
			.execute()
			.path("relations.sharedMemberships[0].memberships[*].kind")
			.entityList(String.class)
			.containsExactly("FULL_MEMBER", "PARTNER_COUNTRY");
		this.graphQl.document(
				"{ relations(between: [\"CU\", \"BR\"]) { sharedMemberships(kinds: []) { members: memberships { id } } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("kinds")));
	}

	@Test
	@DisplayName("Cuba's timeline says it became a partner country of BRICS, and a connection says it is one")
	void shouldPhraseAPartnershipAsOne() {
		this.graphQl.documentName("cubasMembershipStatements")
			.execute()
			.path("timeline.nodes[?(@.date.value == '2025-01-01')].statement")
			.entityList(String.class)
			.containsExactly("Cuba became a partner country of BRICS");
		this.graphQl.documentName("howCubaReachesBrazilInTwoHops")
			.execute()
			.path("connections[*].hops[*].statement")
			.entityList(String.class)
			.contains("Cuba is a partner country of BRICS", "Brazil is a member of BRICS");
	}

	@Test
	@DisplayName("a second source on Cuba's partnership cites the same one, and one giving another start disputes it")
	void shouldKeepOnePartnershipWhateverTheSources() {
		String partnership = this.graphQl.documentName("cubasMembershipFacts")
			.execute()
			.path("timeline.nodes[?(@.date.value == '2025-01-01')].fact.id")
			.entityList(String.class)
			.get()
			.getFirst();
		record("CU", "PARTNER_COUNTRY", "2025", "Cuba became a BRICS partner country from 1 January 2025")
			.path("recordMembership.membership.id")
			.entity(String.class)
			.isEqualTo(partnership);
		GraphQlTester.Response earlier = record("CU", "PARTNER_COUNTRY", "2024-10",
				"Cuba became a BRICS partner country");
		earlier.path("recordMembership.membership.id").entity(String.class).isEqualTo(partnership);
		earlier.path("recordMembership.created").entity(Boolean.class).isEqualTo(false);

		GraphQlTester.Response disputed = this.graphQl.document(
				"query($id: ID!) { node(id: $id) { ... on Membership { start { value } disputed claims { field date { value } } } } }")
			.variable("id", partnership)
			.execute();
		disputed.path("node.start.value").entity(String.class).isEqualTo("2025-01-01");
		disputed.path("node.disputed").entity(Boolean.class).isEqualTo(true);
		disputed.path("node.claims[*].date.value").entityList(String.class).containsExactly("2025-01-01", "2024-10");
		assertThat(disputed.path("node.claims[*].field").entityList(String.class).get()).containsOnly("start");
		this.graphQl.documentName("membershipKindCounts")
			.execute()
			.path("membershipCounts[?(@.organization.name == 'BRICS')].byKind[?(@.kind == 'PARTNER_COUNTRY')].count")
			.entityList(Integer.class)
			.containsExactly(1);
	}

}
