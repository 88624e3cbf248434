package org.treatygraph.agreement;

import java.time.Instant;
import java.util.HashMap;
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
 * A participant table, as the UN Treaty Collection keeps one: a convention that Brazil
 * and China signed, Brazil ratified, Chile acceded to and China made a reservation to,
 * each on its own date, and where each party stands.
 */
@DisplayName("Each party's own steps")
class ParticipantTableTests extends CuratorTest {

	private static final String TITLE = "Convention on Ocean Science Cooperation";

	private static final String TEXT = """
			Brazil and China signed the Convention on Ocean Science Cooperation on 1 March 2023. Brazil ratified \
			it on 10 May 2024 and Chile acceded on 2 July 2024. China, on signing, declared that it does not \
			consider itself bound by article 12. The convention entered into force on 1 August 2024.""";

	private static final String WITHDRAWALS = """
			Brazil withdrew from the Convention on Ocean Science Cooperation on 1 January 2025. Russia has 			withdrawn from its Political Consultation Plan with Cuba.""";

	private String convention;

	private static Map<String, Object> cite(String quote) {
		return Map.of("source", Map.of("title", "Ocean science convention in force", "url",
				"https://example.org/2024/08/ocean-science-convention", "text", TEXT), "quote", quote);
	}

	private static Map<String, Object> citeWithdrawal(String quote) {
		return Map.of("source", Map.of("title", "Two withdrawals", "url", "https://example.org/2025/01/withdrawals",
				"text", WITHDRAWALS), "quote", quote);
	}

	private static Map<String, Object> step(String agreement, String kind, String party, String date, String quote) {
		return Map.of("agreementId", agreement, "kind", kind, "party", party, "date", Map.of("value", date),
				"citations", List.of(cite(quote)));
	}

	private void record(Map<String, Object> step) {
		asCurator().documentName("recordPartyStep").variable("input", step).execute().path("recordAgreementAction");
	}

	@BeforeEach
	void brazilAndChinaSignTheConvention() {
		this.convention = asCurator().documentName("createAgreementId")
			.variable("input", Map.of("title", TITLE, "kind", "TREATY", "parties",
					List.of(Map.of("actor", "BR"), Map.of("actor", "CN")), "actions",
					List.of(Map.of("kind", "SIGNED", "party", "BR", "date", Map.of("value", "2023-03-01")),
							Map.of("kind", "SIGNED", "party", "CN", "date", Map.of("value", "2023-03-01"))),
					"citations",
					List.of(cite(
							"Brazil and China signed the Convention on Ocean Science Cooperation on 1 March 2023"))))
			.execute()
			.path("createAgreement.agreement.id")
			.entity(String.class)
			.get();
	}

	private GraphQlTester.Response table() {
		return this.graphQl.documentName("participantTable").variable("id", this.convention).execute();
	}

	private void ratifyAccedeReserveAndEnterIntoForce() {
		record(step(this.convention, "RATIFIED", "BR", "2024-05-10", "Brazil ratified it on 10 May 2024"));
		record(step(this.convention, "ACCEDED", "CL", "2024-07-02", "Chile acceded on 2 July 2024"));
		record(Map.of("agreementId", this.convention, "kind", "RESERVATION_MADE", "party", "CN", "date",
				Map.of("value", "2023-03-01"), "text", "China does not consider itself bound by article 12.",
				"citations", List.of(cite("does not consider itself bound by article 12"))));
		record(Map.of("agreementId", this.convention, "kind", "ENTERED_INTO_FORCE", "date",
				Map.of("value", "2024-08-01"), "citations",
				List.of(cite("The convention entered into force on 1 August 2024"))));
	}

	@Test
	@DisplayName("the table lists each party's dated steps and its own status beside the agreement's")
	void shouldShowEachPartysStepsAndStatus() {
		ratifyAccedeReserveAndEnterIntoForce();

		GraphQlTester.Response table = table();
		table.path("node.status").entity(String.class).isEqualTo("IN_FORCE");
		table.path("node.parties[*].actor.code").entityList(String.class).containsExactly("BR", "CL", "CN");
		table.path("node.parties[0].steps[*].kind").entityList(String.class).containsExactly("SIGNED", "RATIFIED");
		table.path("node.parties[0].steps[*].date.value")
			.entityList(String.class)
			.containsExactly("2023-03-01", "2024-05-10");
		table.path("node.parties[0].status").entity(String.class).isEqualTo("IN_FORCE");
		table.path("node.parties[1].steps[*].kind").entityList(String.class).containsExactly("ACCEDED");
		table.path("node.parties[1].status").entity(String.class).isEqualTo("IN_FORCE");
		// the convention's entry into force does not bind a state that only signed it
		table.path("node.parties[2].status").entity(String.class).isEqualTo("SIGNED");
		table.path("node.parties[2].steps[*].kind")
			.entityList(String.class)
			.containsExactly("SIGNED", "RESERVATION_MADE");
		table.path("node.parties[2].steps[1].text")
			.entity(String.class)
			.isEqualTo("China does not consider itself bound by article 12.");
	}

	@Test
	@DisplayName("a state that accedes becomes a party, cited by the passage that says it acceded")
	void shouldMakeAnAccedingStateAPartyCitedByTheSameSource() {
		record(step(this.convention, "ACCEDED", "CL", "2024-07-02", "Chile acceded on 2 July 2024"));

		GraphQlTester.Response table = table();
		table.path("node.parties[1].actor.code").entity(String.class).isEqualTo("CL");
		table.path("node.parties[1].citations[*].quote")
			.entityList(String.class)
			.containsExactly("Chile acceded on 2 July 2024");
		table.path("node.parties[1].steps[0].party.code").entity(String.class).isEqualTo("CL");
		table.path("node.status").entity(String.class).isEqualTo("RATIFIED");
	}

	@Test
	@DisplayName("filters find the agreements Brazil has ratified, and not those China has")
	void shouldFilterByPartyAndStep() {
		ratifyAccedeReserveAndEnterIntoForce();

		agreementsBy(List.of(Map.of("party", "BR", "kinds", List.of("RATIFIED"))))
			.path("agreements.edges[*].node.title")
			.entityList(String.class)
			.containsExactly(TITLE);
		agreementsBy(List.of(Map.of("party", "CN", "kinds", List.of("RATIFIED", "ACCEPTED", "ACCEDED", "SUCCEEDED"))))
			.path("agreements.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		agreementsBy(List.of(Map.of("party", "BR", "kinds", List.of("RATIFIED")),
				Map.of("party", "CL", "kinds", List.of("ACCEDED"))))
			.path("agreements.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	@DisplayName("entry into force, a step no party took, counts for every party and for no one else, now and as of then")
	void shouldCountAStepNoPartyTookForEveryParty() {
		ratifyAccedeReserveAndEnterIntoForce();
		String afterwards = Instant.now().toString();

		for (String asOf : java.util.Arrays.asList(null, afterwards)) {
			for (String party : List.of("BR", "CN", "CL", "RU")) {
				Map<String, Object> inForce = Map.of("party", party, "kinds", List.of("ENTERED_INTO_FORCE"));
				GraphQlTester.Response answer = (asOf == null) ? agreementsBy(List.of(inForce))
						: agreementsBy(List.of(inForce), asOf);
				assertThat(answer.path("agreements.totalCount").entity(Integer.class).get())
					.as(party + " as of " + asOf)
					.isEqualTo(party.equals("RU") ? 0 : 1);
			}
		}
	}

	@Test
	@DisplayName("a filter on steps narrows the agreements two named parties share and those a word of the title finds")
	void shouldCombineStepsWithPartiesAndText() {
		ratifyAccedeReserveAndEnterIntoForce();
		for (String party : List.of("BR", "CN")) {
			Map<String, Object> ratified = Map.of("party", party, "kinds", List.of("RATIFIED"));
			List<String> expected = party.equals("BR") ? List.of(TITLE) : List.of();
			for (Map<String, Object> filter : List.<Map<String, Object>>of(
					Map.of("involving", List.of("BR", "CN"), "steps", List.of(ratified)),
					Map.of("text", "ocean science", "steps", List.of(ratified)))) {
				this.graphQl.documentName("agreementTitlesFiltered")
					.variable("filter", filter)
					.execute()
					.path("agreements.edges[*].node.title")
					.entityList(String.class)
					.isEqualTo(expected);
			}
		}
	}

	@Test
	@DisplayName("a filter on steps beside a venue keeps what both match: Cuba signed the plan in the United States, not in Russia")
	void shouldCombineStepsWithAVenue() {
		Map<String, Object> cubaSigned = Map.of("party", "CU", "kinds", List.of("SIGNED"));
		Map<String, List<String>> titlesByVenue = new HashMap<>();
		for (String venue : List.of("US", "RU")) {
			titlesByVenue.put(venue,
					this.graphQl.documentName("agreementTitlesFiltered")
						.variable("filter",
								Map.of("involving", List.of("CU"), "steps", List.of(cubaSigned), "venueCountries",
										List.of(venue)))
						.execute()
						.path("agreements.edges[*].node.title")
						.entityList(String.class)
						.get());
		}
		assertThat(titlesByVenue.get("US")).contains("Cuba–Russia Political Consultation Plan");
		assertThat(titlesByVenue.get("RU")).doesNotContain("Cuba–Russia Political Consultation Plan");
	}

	@Test
	@DisplayName("Cuba signed the Consultation Plan: a signature on its behalf counts as its step")
	void shouldCountASignatureOnAPartysBehalfAsItsSigning() {
		agreementsBy(List.of(Map.of("party", "CU", "kinds", List.of("SIGNED")))).path("agreements.edges[*].node.title")
			.entityList(String.class)
			.contains("Cuba–Russia Political Consultation Plan");
		this.graphQl.documentName("participantTable")
			.variable("id", GlobalId.encode(NodeType.AGREEMENT, "agr-cu-ru-political-consultation-plan"))
			.execute()
			.path("node.parties[?(@.actor.code == 'CU')].signatures[*].signer.name")
			.entityList(String.class)
			.hasSize(1);
	}

	@Test
	@DisplayName("read as of before the ratification, Brazil had only signed")
	void shouldReadEachPartysStatusAsOfAnEarlierMoment() {
		// taken after the convention's creation answered, before the ratification is sent
		String beforeRatification = Instant.now().toString();
		ratifyAccedeReserveAndEnterIntoForce();

		GraphQlTester.Response then = this.graphQl.documentName("agreementsByPartySteps")
			.variable("steps", List.of(Map.of("party", "BR", "kinds", List.of("SIGNED"))))
			.variable("asOf", beforeRatification)
			.execute();
		then.path("agreements.edges[0].node.status").entity(String.class).isEqualTo("SIGNED");
		then.path("agreements.edges[0].node.parties[*].status")
			.entityList(String.class)
			.containsExactly("SIGNED", "SIGNED");
		agreementsBy(List.of(Map.of("party", "BR", "kinds", List.of("RATIFIED"))), beforeRatification)
			.path("agreements.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	@DisplayName("one party withdrawing leaves a multilateral convention in force, and ends a bilateral plan")
	void shouldWithdrawTheAgreementOnlyWhenAtMostOnePartyRemains() {
		ratifyAccedeReserveAndEnterIntoForce();
		record(Map.of("agreementId", this.convention, "kind", "WITHDRAWN", "party", "BR", "date",
				Map.of("value", "2025-01-01"), "citations",
				List.of(citeWithdrawal("Brazil withdrew from the Convention on Ocean Science Cooperation"))));

		GraphQlTester.Response table = table();
		table.path("node.status").entity(String.class).isEqualTo("IN_FORCE");
		table.path("node.parties[0].status").entity(String.class).isEqualTo("WITHDRAWN");

		String plan = GlobalId.encode(NodeType.AGREEMENT, "agr-cu-ru-political-consultation-plan");
		record(Map.of("agreementId", plan, "kind", "WITHDRAWN", "party", "RU", "citations",
				List.of(citeWithdrawal("Russia has withdrawn from its Political Consultation Plan with Cuba"))));
		GraphQlTester.Response bilateral = this.graphQl.documentName("participantTable").variable("id", plan).execute();
		bilateral.path("node.status").entity(String.class).isEqualTo("WITHDRAWN");
		bilateral.path("node.parties[?(@.actor.code == 'RU')].status")
			.entityList(String.class)
			.containsExactly("WITHDRAWN");
		bilateral.path("node.parties[?(@.actor.code == 'CU')].status")
			.entityList(String.class)
			.containsExactly("SIGNED");
	}

	@Test
	@DisplayName("the timeline says who took each step")
	void shouldSayWhoTookEachStep() {
		ratifyAccedeReserveAndEnterIntoForce();

		this.graphQl.documentName("whoTookEachBrazilChileStep")
			.execute()
			.path("relations.timeline.nodes[*].statement")
			.entityList(String.class)
			.containsExactly("Brazil ratified " + TITLE, "Chile acceded to " + TITLE, TITLE + " entered into force");
	}

	@Test
	@DisplayName("a step's party outside the new agreement's parties and a text on a signing are refused together")
	void shouldRefuseAStepByAnUnlistedPartyAndAWordedSigning() {
		String before = graphSize();
		asCurator().documentName("createAgreementId")
			.variable("input",
					Map.of("title", "Protocol on deep-sea mining", "kind", "TREATY", "parties",
							List.of(Map.of("actor", "BR"), Map.of("actor", "CN")), "actions",
							List.of(Map.of("kind", "RATIFIED", "party", "CL"),
									Map.of("kind", "SIGNED", "party", "BR", "text", "with a reservation")),
							"citations", List.of(cite("Brazil and China signed"))))
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).extracting((error) -> error.getExtensions().get("argument"))
					.containsExactly("input.actions[0].party", "input.actions[1].text");
				assertThat(errors.get(0).getMessage()).contains("'CL' is not among input.parties");
				assertThat(errors.get(1).getMessage()).contains("only a reservation or a declaration has a text");
			});
		asCurator().documentName("recordPartyStep")
			.variable("input",
					Map.of("agreementId", this.convention, "kind", "RATIFIED", "party", "XX", "text",
							"subject to approval", "citations", List.of(cite("Brazil ratified it on 10 May 2024"))))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting((error) -> error.getExtensions().get("argument"))
				.containsExactlyInAnyOrder("input.party", "input.text"));
		this.graphQl.documentName("agreementsByPartySteps")
			.variable("steps", List.of(Map.of("party", "BR", "kinds", List.of())))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting((error) -> error.getExtensions().get("argument"))
				.containsExactly("filter.steps[0].kinds"));
		assertThat(graphSize()).isEqualTo(before);
	}

	private GraphQlTester.Response agreementsBy(List<Map<String, Object>> steps) {
		return this.graphQl.documentName("agreementsByPartySteps").variable("steps", steps).execute();
	}

	private GraphQlTester.Response agreementsBy(List<Map<String, Object>> steps, String asOf) {
		return this.graphQl.documentName("agreementsByPartySteps")
			.variable("steps", steps)
			.variable("asOf", asOf)
			.execute();
	}

}
