package org.treatygraph.agreement;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.CuratorTest;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sources give two dates for the signing of one protocol: the signing stays one fact
 * with two claims, each citing its source, until a curator prefers one.
 */
@DisplayName("Sources that disagree")
class ConflictingClaimsTests extends CuratorTest {

	private static final String TITLE = "Protocol on sorghum exports";

	private static final String AGENCY = """
			Brazil and China signed a protocol on sorghum exports on 20 November 2024 in Brasília.""";

	private static final String MINISTRY = """
			The protocol on sorghum exports was signed on 21 November 2024, the ministry said.""";

	private static final String WIRE = """
			China and Brazil signed the protocol on sorghum exports on 20 November 2024.""";

	private String protocol;

	private static Map<String, Object> cite(String title, String text, String quote) {
		return Map.of("source", Map.of("title", title, "text", text), "quote", quote);
	}

	private GraphQlTester.Response signed(String date, Map<String, Object> citation) {
		return asCurator().documentName("recordAgreementAction")
			.variable("input",
					Map.of("agreementId", this.protocol, "kind", "SIGNED", "date", Map.of("value", date), "citations",
							List.of(citation)))
			.execute();
	}

	private String signedId(String date, Map<String, Object> citation) {
		return signed(date, citation).path("recordAgreementAction.action.id").entity(String.class).get();
	}

	private GraphQlTester.Response protocol() {
		return this.graphQl.documentName("disputedStep").variable("id", this.protocol).execute();
	}

	@BeforeEach
	void theAgencyReportsTheSigning() {
		this.protocol = asCurator().documentName("createAgreementId")
			.variable("input",
					Map.of("title", TITLE, "kind", "TRADE_ACCORD", "parties",
							List.of(Map.of("actor", "BR"), Map.of("actor", "CN")), "citations",
							List.of(cite("Sorghum protocol signed", AGENCY, "signed a protocol on sorghum exports"))))
			.execute()
			.path("createAgreement.agreement.id")
			.entity(String.class)
			.get();
	}

	@Test
	@DisplayName("a second source with another date makes one disputed signing with two claims, each citing its source")
	void shouldKeepOneSigningWithTwoClaims() {
		GraphQlTester.Response agency = signed("2024-11-20",
				cite("Sorghum protocol signed", AGENCY, "signed a protocol on sorghum exports on 20 November 2024"));
		GraphQlTester.Response ministry = signed("2024-11-21",
				cite("Ministry statement", MINISTRY, "was signed on 21 November 2024"));
		assertThat(ministry.path("recordAgreementAction.action.id").entity(String.class).get())
			.isEqualTo(agency.path("recordAgreementAction.action.id").entity(String.class).get());
		agency.path("recordAgreementAction.created").entity(Boolean.class).isEqualTo(true);
		ministry.path("recordAgreementAction.created").entity(Boolean.class).isEqualTo(false);

		GraphQlTester.Response read = protocol();
		read.path("node.actions").entityList(Object.class).hasSize(1);
		read.path("node.actions[0].disputed").entity(Boolean.class).isEqualTo(true);
		read.path("node.actions[0].date.value").entity(String.class).isEqualTo("2024-11-20");
		read.path("node.actions[0].claims[*].date.value")
			.entityList(String.class)
			.containsExactly("2024-11-20", "2024-11-21");
		read.path("node.actions[0].claims[0].citations[*].quote")
			.entityList(String.class)
			.containsExactly("signed a protocol on sorghum exports on 20 November 2024");
		read.path("node.actions[0].claims[1].citations[*].quote")
			.entityList(String.class)
			.containsExactly("was signed on 21 November 2024");
		assertThat(read.path("node.actions[0].claims[*].rank").entityList(String.class).get()).containsOnly("NORMAL");

		GraphQlTester.Response timeline = this.graphQl.documentName("brazilChinaStepsWithTheirDisputes").execute();
		timeline.path("relations.timeline.nodes[*].statement")
			.entityList(String.class)
			.containsExactly(TITLE + " was signed (sources give different dates)");
		timeline.path("relations.timeline.nodes[0].disputed").entity(Boolean.class).isEqualTo(true);
		timeline.path("relations.agreementTally[?(@.status == 'SIGNED')].count")
			.entityList(Integer.class)
			.containsExactly(1);
	}

	@Test
	@DisplayName("a source that agrees cites the same claim; a curator's preferred claim is the date the signing reads with")
	void shouldCiteAgreeingSourcesAndReadThePreferredClaim() {
		signedId("2024-11-20",
				cite("Sorghum protocol signed", AGENCY, "signed a protocol on sorghum exports on 20 November 2024"));
		signedId("2024-11-21", cite("Ministry statement", MINISTRY, "was signed on 21 November 2024"));
		signedId("2024-11-20", cite("Wire report", WIRE, "signed the protocol on sorghum exports on 20 November 2024"));

		GraphQlTester.Response read = protocol();
		assertThat(read.path("node.actions[0].claims[0].citations[*].quote").entityList(String.class).get())
			.containsExactlyInAnyOrder("signed a protocol on sorghum exports on 20 November 2024",
					"signed the protocol on sorghum exports on 20 November 2024");
		String ministryClaim = read.path("node.actions[0].claims[1].id").entity(String.class).get();

		asCurator().documentName("rankClaim")
			.variable("input",
					Map.of("claimId", ministryClaim, "rank", "PREFERRED", "reason",
							"the ministry's own statement; the agency dated its report"))
			.execute()
			.path("rankClaim.claim.fact.date.value")
			.entity(String.class)
			.isEqualTo("2024-11-21");

		GraphQlTester.Response ranked = protocol();
		ranked.path("node.actions[0].date.value").entity(String.class).isEqualTo("2024-11-21");
		ranked.path("node.actions[0].disputed").entity(Boolean.class).isEqualTo(true);
		ranked.path("node.actions[0].claims[*].date.value").entityList(String.class).containsExactly("2024-11-21");
		ranked.path("node.actions[0].claims[0].rankReason")
			.entity(String.class)
			.isEqualTo("the ministry's own statement; the agency dated its report");
		this.graphQl.documentName("brazilChinaStepsAndTheirDates")
			.execute()
			.path("relations.timeline.nodes[*].statement")
			.entityList(String.class)
			.containsExactly(TITLE + " was signed");
	}

	@Test
	@DisplayName("a more precise date from a second source refines the signing without disputing it")
	void shouldRefineAnUndatedSigning() {
		String plan = GlobalId.encode(NodeType.AGREEMENT, "agr-cu-ru-political-consultation-plan");
		asCurator().documentName("recordAgreementAction")
			.variable("input", Map.of("agreementId", plan, "kind", "SIGNED", "date", Map.of("value", "2025-09"),
					"citations",
					List.of(cite("UN week diary", "Cuba and Russia signed a consultation plan in September 2025.",
							"signed a consultation plan in September 2025"))))
			.execute()
			.path("recordAgreementAction.action.id")
			.entity(String.class)
			.isEqualTo(GlobalId.encode(NodeType.AGREEMENT_ACTION, "action-pcp-signed"));
		GraphQlTester.Response read = this.graphQl.documentName("disputedStep").variable("id", plan).execute();
		read.path("node.actions[?(@.kind == 'SIGNED')].date.value").entityList(String.class).containsExactly("2025-09");
		read.path("node.actions[?(@.kind == 'SIGNED')].disputed").entityList(Boolean.class).containsExactly(false);
	}

	@Test
	@DisplayName("a curator deprecating a claim must say why, and an unknown claim is not found")
	void shouldRefuseARankWithoutReason() {
		signedId("2024-11-20",
				cite("Sorghum protocol signed", AGENCY, "signed a protocol on sorghum exports on 20 November 2024"));
		signedId("2024-11-21", cite("Ministry statement", MINISTRY, "was signed on 21 November 2024"));
		String claim = protocol().path("node.actions[0].claims[0].id").entity(String.class).get();
		String before = graphSize();
		asCurator().documentName("rankClaim")
			.variable("input", Map.of("claimId", claim, "rank", "DEPRECATED"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("argument", "input.reason")));
		asCurator().documentName("rankClaim")
			.variable("input",
					Map.of("claimId", GlobalId.encode(NodeType.CLAIM, "claim-nowhere"), "rank", "PREFERRED", "reason",
							"x"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("argument", "input.claimId")));
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	@DisplayName("Lavrov's signature reported with another date is the same signature, disputed")
	void shouldKeepOneSignaturePerSigner() {
		String plan = GlobalId.encode(NodeType.AGREEMENT, "agr-cu-ru-political-consultation-plan");
		String lavrov = this.graphQl.document("{ persons(name: \"lavrov\") { edges { node { id } } } }")
			.execute()
			.path("persons.edges[0].node.id")
			.entity(String.class)
			.get();
		String text = "Lavrov signed the plan on 26 September 2025. Other reports say 27 September 2025.";
		for (String[] report : new String[][] { { "2025-09-26", "signed the plan on 26 September 2025" },
				{ "2025-09-27", "Other reports say 27 September 2025" } }) {
			GraphQlTester.Response recorded = asCurator().documentName("recordSignatureId")
				.variable("input",
						Map.of("agreementId", plan, "signerId", lavrov, "date", Map.of("value", report[0]), "citations",
								List.of(cite("Two accounts", text, report[1]))))
				.execute();
			recorded.path("recordSignature.signature.id")
				.entity(String.class)
				.isEqualTo(GlobalId.encode(NodeType.SIGNATURE, "sig-pcp-lavrov"));
			recorded.path("recordSignature.created").entity(Boolean.class).isEqualTo(false);
		}
		this.graphQl.documentName("signatureDateAndItsClaims")
			.variable("id", GlobalId.encode(NodeType.SIGNATURE, "sig-pcp-lavrov"))
			.execute()
			.path("node.claims[*].date.value")
			.entityList(String.class)
			.containsExactly("2025-09-26", "2025-09-27");
	}

}
