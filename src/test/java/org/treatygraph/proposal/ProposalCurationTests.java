package org.treatygraph.proposal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.CuratorTest;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curator registers an article, asks for the facts it states, and accepts or rejects
 * each: nothing enters the graph unreviewed, and what is accepted is cited by its
 * sentence.
 */
@DisplayName("Reviewing an article's proposals")
class ProposalCurationTests extends CuratorTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ARTICLE = """
			Russia and Cuba sign consular protocol in Moscow

			Russian Foreign Minister Sergey Lavrov and his Cuban counterpart Bruno Rodríguez Parrilla signed a \
			Protocol on Consular Cooperation on 15 May 2025 in Moscow.

			Cuban Deputy Foreign Minister Anayansi Rodríguez Camejo attended the ceremony.""";

	private String source;

	@BeforeEach
	void registerTheArticle() {
		this.source = asCurator().documentName("addSourceId")
			.variable("input",
					Map.of("source",
							Map.of("title", "Russia and Cuba sign consular protocol in Moscow", "url",
									"https://example.org/2025/05/consular-protocol", "published",
									Map.of("value", "2025-05-16"), "text", ARTICLE)))
			.execute()
			.path("addSource.source.id")
			.entity(String.class)
			.get();
	}

	private GraphQlTester.Response propose() {
		return asCurator().documentName("proposeFacts").variable("input", Map.of("sourceId", this.source)).execute();
	}

	private String proposalId(GraphQlTester.Response proposals, String record, String summaryStart) {
		return proposals
			.path("proposeFacts.proposals[?(@.record == '%s' && @.summary =~ /%s.*/)].id".formatted(record,
					summaryStart))
			.entityList(String.class)
			.get()
			.getFirst();
	}

	@Test
	@DisplayName("proposals wait for a curator; accepting a signature records its agreement first, cited by the sentence")
	void shouldRecordAnAcceptedSignatureAndItsAgreement() {
		String before = graphSize();
		GraphQlTester.Response proposals = propose();
		proposals.path("proposeFacts.proposals[*].record")
			.entityList(String.class)
			.contains("createAgreement", "recordSignature", "createPerson", "recordTenure");
		proposals.path("proposeFacts.proposals[*].status")
			.entityList(String.class)
			.containsExactly(proposals.path("proposeFacts.proposals[*].status")
				.entityList(String.class)
				.get()
				.stream()
				.map(status -> "PENDING")
				.toArray(String[]::new));
		this.graphQl.documentName("consularCooperationCount")
			.execute()
			.path("agreements.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);

		String lavrovSigns = proposalId(proposals, "recordSignature", "Sergey Lavrov");
		asCurator().documentName("acceptASignatureProposal")
			.variable("input", Map.of("proposalId", lavrovSigns))
			.execute()
			.path("acceptProposal.proposal.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED")
			.path("acceptProposal.proposal.result.signer.name")
			.entity(String.class)
			.isEqualTo("Sergey Lavrov")
			.path("acceptProposal.proposal.result.date.value")
			.entity(String.class)
			.isEqualTo("2025-05-15")
			.path("acceptProposal.proposal.result.agreement.title")
			.entity(String.class)
			.isEqualTo("Protocol on Consular Cooperation")
			.path("acceptProposal.proposal.result.agreement.status")
			.entity(String.class)
			.isEqualTo("SIGNED")
			.path("acceptProposal.proposal.result.agreement.citations[0].quote")
			.entity(String.class)
			.satisfies(quote -> assertThat(quote).contains("signed a Protocol on Consular Cooperation on 15 May 2025"));
		assertThat(graphSize()).isNotEqualTo(before);

		assertThat(this.graphQl.document("query($id: ID!) { proposals(sourceId: $id, status: ACCEPTED) { record } }")
			.variable("id", this.source)
			.execute()
			.path("proposals[*].record")
			.entityList(String.class)
			.get()).containsExactlyInAnyOrder("createAgreement", "recordSignature");
	}

	@Test
	@DisplayName("the seed article, read through the API, proposes the plan, its signers, the ceremony, the accord and the NDB membership")
	void shouldProposeTheSeedArticlesFacts() {
		String seed = org.treatygraph.node.GlobalId.encode(org.treatygraph.node.NodeType.SOURCE,
				"src-9f9a7992a81a878d");
		List<String> summaries = asCurator().documentName("proposalSummaries")
			.variable("input", Map.of("sourceId", seed))
			.execute()
			.path("proposeFacts.proposals[*].summary")
			.entityList(String.class)
			.get();
		assertThat(summaries)
			.contains("Political Consultation Plan signed",
					"Bruno Rodríguez Parrilla signed Political Consultation Plan",
					"Sergey Lavrov signed Political Consultation Plan", "Rodolfo Reyes Rodríguez attended the ceremony",
					"Cuba joined BRICS New Development Bank as full member")
			.anyMatch(summary -> summary.startsWith("Accord between BioCubaFarma and the Skolkovo Center"))
			.anyMatch(summary -> summary.startsWith("the signing of the Political Consultation Plan at"));
	}

	@Test
	@DisplayName("a wire report with no publication date but a dateline: 'on Tuesday' is the Tuesday before the day it was filed, the dateline's own date is no fact's, 'last year' is a year, who looked on did not sign, and an announcement is not dated by what will follow it")
	void shouldReadAWireReportsDateline() throws Exception {
		String text = new ClassPathResource("proposal/articles/11-vietnam-cuba-rice.txt")
			.getContentAsString(StandardCharsets.UTF_8);
		String report = asCurator().documentName("addSourceId")
			.variable("input",
					Map.of("source",
							Map.of("title", "Vietnam and Cuba sign rice cooperation memorandum", "url",
									"https://example.org/2025/03/rice-memorandum", "text", text)))
			.execute()
			.path("addSource.source.id")
			.entity(String.class)
			.get();
		List<Map<String, Object>> proposals = asCurator().documentName("proposalsWithInput")
			.variable("input", Map.of("sourceId", report))
			.execute()
			.path("proposeFacts.proposals")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		JsonNode memorandum = inputOf(proposals, "createAgreement");
		assertThat(memorandum.path("title").asString()).isEqualTo("Memorandum of understanding on rice production");
		JsonNode signed = memorandum.path("actions").path(0).path("date");
		assertThat(signed.path("value").asString()).isEqualTo("2025-03-11");
		assertThat(signed.path("note").asString()).contains("\"on Tuesday\"", "dated 2025-03-12 in its dateline");
		assertThat(inputOf(proposals, "recordMembership").path("start").path("value").asString()).isEqualTo("2024");
		assertThat(proposals).filteredOn((proposal) -> "Trade agreement announced".equals(proposal.get("summary")))
			.singleElement()
			.satisfies((announced) -> assertThat(
					JSON.readTree((String) announced.get("input")).path("actions").path(0).has("date"))
				.as("2026 is when it enters into force, not when it was announced")
				.isFalse());
		assertThat(proposals).extracting((proposal) -> proposal.get("summary"))
			.contains("Le Minh Hoan signed Memorandum of understanding on rice production",
					"Ydael Pérez Brito signed Memorandum of understanding on rice production",
					"Manuel Marrero Cruz is Prime Minister of Cuba")
			.noneMatch((summary) -> summary.toString().startsWith("Manuel Marrero Cruz signed"));
	}

	@Test
	@DisplayName("a membership of a body the graph does not know proposes the body too; accepting the membership records both, the membership cited")
	void shouldProposeAnOrganisationTheGraphDoesNotKnow() {
		String report = asCurator().documentName("addSourceId")
			.variable("input",
					Map.of("source",
							Map.of("title", "Japan and the Pacific Alliance", "url",
									"https://example.org/2013/pacific-alliance", "text",
									"Japan became an observer of the Pacific Alliance in 2013.")))
			.execute()
			.path("addSource.source.id")
			.entity(String.class)
			.get();
		GraphQlTester.Response proposals = asCurator().documentName("proposeFacts")
			.variable("input", Map.of("sourceId", report))
			.execute();
		proposals.path("proposeFacts.proposals[*].summary")
			.entityList(String.class)
			.containsExactly("Pacific Alliance (a new organisation)", "Japan joined Pacific Alliance as observer");

		asCurator().documentName("acceptProposalStatus")
			.variable("input",
					Map.of("proposalId", proposalId(proposals, "recordMembership", "Japan joined Pacific Alliance")))
			.execute()
			.path("acceptProposal.proposal.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED");

		this.graphQl.documentName("organizationsByName")
			.variable("name", "Pacific Alliance")
			.execute()
			.path("organizations.edges[*].node.kind")
			.entityList(String.class)
			.containsExactly("INTERNATIONAL_ORGANIZATION");
		GraphQlTester.Response japan = this.graphQl.documentName("countryMemberships").variable("code", "JP").execute();
		japan.path("country.memberships[?(@.organization.name == 'Pacific Alliance')].kind")
			.entityList(String.class)
			.containsExactly("OBSERVER");
		japan.path("country.memberships[?(@.organization.name == 'Pacific Alliance')].start.value")
			.entityList(String.class)
			.containsExactly("2013");
		japan.path("country.memberships[?(@.organization.name == 'Pacific Alliance')].citations[*].quote")
			.entityList(String.class)
			.containsExactly("Japan became an observer of the Pacific Alliance in 2013.");
	}

	private static JsonNode inputOf(List<Map<String, Object>> proposals, String record) {
		return JSON.readTree((String) proposals.stream()
			.filter((proposal) -> proposal.get("record").equals(record))
			.findFirst()
			.orElseThrow()
			.get("input"));
	}

	@Test
	@DisplayName("a rejected proposal stays rejected, is not accepted later, and what needs it says so")
	void shouldKeepRejectionsAndExplainWhatNeedsThem() {
		GraphQlTester.Response proposals = propose();
		String agreement = proposalId(proposals, "createAgreement", "Protocol");
		String signature = proposalId(proposals, "recordSignature", "Sergey Lavrov");
		asCurator().documentName("rejectProposal")
			.variable("input", Map.of("proposalId", agreement, "reason", "already recorded under its Russian title"))
			.execute()
			.path("rejectProposal.proposal.status")
			.entity(String.class)
			.isEqualTo("REJECTED");
		String before = graphSize();
		for (String proposal : List.of(agreement, signature)) {
			asCurator().documentName("acceptProposalStatus")
				.variable("input", Map.of("proposalId", proposal))
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getExtensions()).containsEntry("argument", "input.proposalId");
					assertThat(error.getMessage()).containsAnyOf("was rejected already", "which a curator rejected");
				}));
		}
		assertThat(graphSize()).as("nothing written").isEqualTo(before);
	}

	@Test
	@DisplayName("a curator's corrected input is what is recorded; a reader cannot propose")
	void shouldRecordTheCorrectedInputAndRefuseReaders() {
		GraphQlTester.Response proposals = propose();
		String agreement = proposalId(proposals, "createAgreement", "Protocol");
		asCurator().documentName("acceptAnAgreementProposal")
			.variable("input", Map.of("proposalId", agreement, "correctedInput",
					"""
							{"title": "Protocol on Consular Cooperation between Russia and Cuba", "kind": "TREATY",
							 "parties": [{"actor": "RU"}, {"actor": "CU"}], "actions": [{"kind": "SIGNED", "date": {"value": "2025-05-15"}}]}"""))
			.execute()
			.path("acceptProposal.proposal.result.title")
			.entity(String.class)
			.isEqualTo("Protocol on Consular Cooperation between Russia and Cuba")
			.path("acceptProposal.proposal.result.kind")
			.entity(String.class)
			.isEqualTo("TREATY");
		as(READER, READER_PASSWORD).documentName("proposalIds")
			.variable("input", Map.of("sourceId", this.source))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
	}

}
