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
 * "Brazil and China signed 37 agreements during Xi Jinping's state visit to Brasília on
 * 20 November 2024": each agreement is one mutation, signed at the visit, with no signer
 * the source does not name, and the whole visit fits in one request.
 */
@DisplayName("Agreements signed at an event")
class AgreementsAtEventsTests extends CuratorTest {

	private static final String TEXT = """
			Brazil and China signed 37 agreements during Xi Jinping's state visit to Brasília on 20 November \
			2024, among them a memorandum on artificial intelligence and a protocol on sorghum exports.""";

	private String visit;

	private static Map<String, Object> cite(String quote) {
		return Map.of("source", Map.of("title", "Brazil and China sign 37 agreements", "url",
				"https://example.org/2024/11/brazil-china-37", "text", TEXT), "quote", quote);
	}

	private static Map<String, Object> signedAt(String visit, String title, String quote) {
		return Map.of("title", title, "kind", "MEMORANDUM", "parties",
				List.of(Map.of("actor", "BR"), Map.of("actor", "CN")), "actions",
				List.of(Map.of("kind", "SIGNED", "date", Map.of("value", "2024-11-20"), "eventId", visit)), "citations",
				List.of(cite(quote)));
	}

	/** The protocol on sorghum exports, recorded with no step: its id. */
	private String sorghumProtocol() {
		return asCurator().documentName("createAgreementId")
			.variable("input",
					Map.of("title", "Protocol on sorghum exports", "kind", "TRADE_ACCORD", "parties",
							List.of(Map.of("actor", "BR"), Map.of("actor", "CN")), "citations",
							List.of(cite("a protocol on sorghum exports"))))
			.execute()
			.path("createAgreement.agreement.id")
			.entity(String.class)
			.get();
	}

	@BeforeEach
	void theStateVisit() {
		this.visit = asCurator().documentName("createEventId")
			.variable("input",
					Map.of("name", "State visit of Xi Jinping to Brazil", "kind", "VISIT", "date",
							Map.of("value", "2024-11-20"), "agreementsReported", 37, "citations",
							List.of(cite("signed 37 agreements during Xi Jinping's state visit to Brasília"))))
			.execute()
			.path("createEvent.event.id")
			.entity(String.class)
			.get();
	}

	@Test
	@DisplayName("two agreements signed at the visit, entered in one request, each signed that day at the visit")
	void shouldEnterAVisitsAgreementsInOneRequest() {
		GraphQlTester.Response created = asCurator().documentName("enterAVisitsTwoAgreements")
			.variable("ai",
					signedAt(this.visit, "Memorandum on artificial intelligence",
							"a memorandum on artificial intelligence"))
			.variable("sorghum", signedAt(this.visit, "Protocol on sorghum exports", "a protocol on sorghum exports"))
			.execute();
		created.path("ai.agreement.status").entity(String.class).isEqualTo("SIGNED");
		created.path("sorghum.agreement.status").entity(String.class).isEqualTo("SIGNED");
		created.path("ai.agreement.actions[0].date.value").entity(String.class).isEqualTo("2024-11-20");
		created.path("ai.agreement.actions[0].event.name")
			.entity(String.class)
			.isEqualTo("State visit of Xi Jinping to Brazil");

		GraphQlTester.Response visit = this.graphQl
			.document("query($id: ID!) { node(id: $id) { ... on Event { agreementsReported agreements { title } } } }")
			.variable("id", this.visit)
			.execute();
		visit.path("node.agreements[*].title")
			.entityList(String.class)
			.containsExactly("Memorandum on artificial intelligence", "Protocol on sorghum exports");
		// the source counts 37; two are recorded so far
		visit.path("node.agreementsReported").entity(Integer.class).isEqualTo(37);
		this.graphQl.documentName("whatBrazilAndChinaDidThatDay")
			.execute()
			.path("relations.timeline.nodes[*].statement")
			.entityList(String.class)
			.satisfies((statements) -> assertThat(statements).containsExactlyInAnyOrder(
					"Memorandum on artificial intelligence was signed", "Protocol on sorghum exports was signed"));
	}

	@Test
	@DisplayName("a second source on the visit cites the same event, and a bad count is refused with the other errors")
	void shouldCiteARecordedEventFromASecondSource() {
		String again = asCurator().documentName("createACitedEvent")
			.variable("input",
					Map.of("name", "State visit of Xi Jinping to Brazil", "kind", "VISIT", "date",
							Map.of("value", "2024-11-20"), "citations",
							List.of(cite("Xi Jinping's state visit to Brasília on 20 November 2024"))))
			.execute()
			.path("createEvent.created")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("createEvent.event.citations[*].quote")
			.entityList(String.class)
			.contains("Xi Jinping's state visit to Brasília on 20 November 2024")
			.path("createEvent.event.id")
			.entity(String.class)
			.get();
		assertThat(again).isEqualTo(this.visit);
		String before = graphSize();
		asCurator().documentName("createEventId")
			.variable("input",
					Map.of("name", "Another visit", "kind", "VISIT", "agreementsReported", 0, "citations",
							List.of(cite("a quote that the article does not contain"))))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting((error) -> error.getExtensions().get("argument"))
				.containsExactly("input.agreementsReported", "input.citations[0].quote"));
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	@DisplayName("an event about an agreement and an organisation lists the agreement, the agreement the event, and the timeline tells of the organisation")
	void shouldRecordWhatAnEventWasAbout() {
		String sorghum = sorghumProtocol();
		String ndb = GlobalId.encode(NodeType.ORGANIZATION, "org-ndb");
		String review = asCurator().documentName("createAnEventAndWhatItWasAbout")
			.variable("input",
					Map.of("name", "Review of the sorghum protocol", "kind", "MEETING", "date",
							Map.of("value", "2024-11-21"), "concernsIds", List.of(sorghum, ndb, sorghum), "citations",
							List.of(cite("a protocol on sorghum exports"))))
			.execute()
			.path("createEvent.event.agreements[*].title")
			.entityList(String.class)
			.containsExactly("Protocol on sorghum exports")
			.path("createEvent.event.id")
			.entity(String.class)
			.get();
		asCurator().document("query ($id: ID!) { node(id: $id) { ... on Agreement { events { id } } } }")
			.variable("id", sorghum)
			.execute()
			.path("node.events[*].id")
			.entityList(String.class)
			.contains(review);
		asCurator().document("query ($of: String!) { timeline(of: $of, first: 50) { nodes { statement } } }")
			.variable("of", ndb)
			.execute()
			.path("timeline.nodes[*].statement")
			.entityList(String.class)
			.satisfies(statements -> assertThat(statements)
				.anySatisfy(statement -> assertThat(statement).contains("Review of the sorghum protocol")));
	}

	@Test
	@DisplayName("what an event was about must be at most 20 existing agreements or organisations, each refused at its entry, and nothing is written")
	void shouldRefuseWhatAnEventCannotBeAbout() {
		String before = graphSize();
		asCurator().documentName("createEventId")
			.variable("input",
					Map.of("name", "A meeting about nothing", "kind", "MEETING", "concernsIds",
							List.of(GlobalId.encode(NodeType.PERSON, "person-lavrov"),
									GlobalId.encode(NodeType.AGREEMENT, "no-such-agreement"), "CU"),
							"citations", List.of(cite("a memorandum on artificial intelligence"))))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting((error) -> error.getExtensions().get("argument"))
				.containsExactly("input.concernsIds[0]", "input.concernsIds[1]", "input.concernsIds[2]"));
		asCurator().documentName("createEventId")
			.variable("input",
					Map.of("name", "A meeting about everything", "kind", "MEETING", "concernsIds",
							java.util.Collections.nCopies(21, GlobalId.encode(NodeType.ORGANIZATION, "org-ndb")),
							"citations", List.of(cite("a memorandum on artificial intelligence"))))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "input.concernsIds"))
				.satisfies(error -> assertThat(error.getMessage()).contains("at most 20 entries, was 21")));
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	@DisplayName("a step recorded later names the event it happened at, with no signer")
	void shouldRecordAStepAtAnEvent() {
		String agreement = sorghumProtocol();
		asCurator().documentName("recordAStepAtAnEvent")
			.variable("input",
					Map.of("agreementId", agreement, "kind", "SIGNED", "date", Map.of("value", "2024-11-20"), "eventId",
							this.visit, "citations", List.of(cite("signed 37 agreements"))))
			.execute()
			.path("recordAgreementAction.action.event.name")
			.entity(String.class)
			.isEqualTo("State visit of Xi Jinping to Brazil");
	}

	@Test
	@DisplayName("a first step that cannot be is refused with the agreement, each error at its step, and nothing is written")
	void shouldRefuseImpossibleFirstSteps() {
		String before = graphSize();
		asCurator().documentName("createAgreementId")
			.variable("input",
					Map.of("title", "Memorandum on artificial intelligence", "kind", "MEMORANDUM", "parties",
							List.of(Map.of("actor", "BR")), "actions",
							List.of(Map.of("kind", "SIGNED", "date", Map.of("value", "2024-11-20")),
									Map.of("kind", "ANNOUNCED", "eventId", "garbage")),
							"citations", List.of(cite("a memorandum on artificial intelligence"))))
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).extracting((error) -> error.getExtensions().get("argument"))
					.containsExactly("input.actions[0].kind", "input.actions[1].eventId");
				assertThat(errors.getFirst().getMessage())
					.contains("an agreement needs at least two parties before it can be signed; input.parties names 1");
			});
		assertThat(graphSize()).isEqualTo(before);
	}

}
