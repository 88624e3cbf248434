package org.treatygraph.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatygraph.CuratorTest;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad input to the agreement mutations gets a typed error naming the argument and
 * the reason, and leaves the graph exactly as it was.
 */
@DisplayName("Bad input to agreement mutations")
class AgreementBadInputTests extends CuratorTest {

	private static final String TEXT = "Cuba and Russia signed a memorandum on energy cooperation in Moscow.";

	private static final String PLAN = GlobalId.encode(NodeType.AGREEMENT, "agr-cu-ru-political-consultation-plan");

	/**
	 * Stands for an agreement with one party, which the test creates first; the seed has
	 * none.
	 */
	private static final String SINGLE_PARTY = "single-party";

	private static final String LAVROV = GlobalId.encode(NodeType.PERSON, "person-sergey-lavrov");

	private static Map<String, Object> citation() {
		return Map.of("source", Map.of("title", "Energy memorandum", "url", "https://example.org/energy", "text", TEXT),
				"quote", "signed a memorandum on energy cooperation");
	}

	private static Map<String, Object> agreement(Function<Map<String, Object>, Map<String, Object>> change) {
		Map<String, Object> input = new HashMap<>();
		input.put("title", "Memorandum on energy cooperation");
		input.put("kind", "MEMORANDUM");
		input.put("parties", List.of(Map.of("actor", "CU"), Map.of("actor", "RU")));
		input.put("citations", List.of(citation()));
		return change.apply(input);
	}

	private static Map<String, Object> with(Map<String, Object> input, String key, Object value) {
		input.put(key, value);
		return input;
	}

	private static Arguments create(String name, Function<Map<String, Object>, Map<String, Object>> change,
			ErrorType type, String argument, String reason) {
		return Arguments.of(name, "createAgreement", agreement(change), type, argument, reason);
	}

	static Stream<Arguments> badInputs() {
		return Stream
			.of(create("empty title", i -> with(i, "title", "  "), ErrorType.BAD_REQUEST, "input.title",
					"must not be empty"),
					create("title of 301 characters", i -> with(i, "title", "x".repeat(301)), ErrorType.BAD_REQUEST,
							"input.title", "at most 300 characters"),
					create("title with a NUL character", i -> with(i, "title", "Energy\u0000Plan"),
							ErrorType.BAD_REQUEST, "input.title", "found U+0000 at position 7"),
					create("title reversed on screen by a bidi override",
							i -> with(i, "title", "Energy \u202Enalp\u202C"), ErrorType.BAD_REQUEST, "input.title",
							"bidirectional-override characters; found U+202E"),
					create("summary of 2001 characters", i -> with(i, "summary", "x".repeat(2001)),
							ErrorType.BAD_REQUEST, "input.summary", "at most 2000 characters"),
					create("unknown country code",
							i -> with(i, "parties", List.of(Map.of("actor", "CU"), Map.of("actor", "XX"))),
							ErrorType.BAD_REQUEST, "input.parties[1].actor", "not an ISO 3166-1 country code"),
					create("unknown organisation id",
							i -> with(i, "parties",
									List.of(Map.of("actor", GlobalId.encode(NodeType.ORGANIZATION, "org-nowhere")),
											Map.of("actor", "RU"))),
							ErrorType.NOT_FOUND, "input.parties[0].actor", "no Organization has id"),
					create("id of a person as party", i -> with(i, "parties", List.of(Map.of("actor", LAVROV))),
							ErrorType.BAD_REQUEST, "input.parties[0].actor", "is the id of a Person"),
					create("duplicate party",
							i -> with(i, "parties", List.of(Map.of("actor", "CU"), Map.of("actor", "CUB"))),
							ErrorType.BAD_REQUEST, "input.parties[1].actor", "listed twice"),
					create("no citation", i -> with(i, "citations",
							List.of()), ErrorType.BAD_REQUEST, "input.citations", "at least one citation"),
					create("quote not in the source",
							i -> with(i, "citations",
									List.of(Map.of("source",
											Map.of("title", "T", "url", "https://example.org/energy", "text", TEXT),
											"quote", "signed a treaty of alliance"))),
							ErrorType.BAD_REQUEST, "input.citations[0].quote", "does not occur in the source"),
					create("both a source id and a new source",
							i -> with(i, "citations",
									List.of(Map.of("sourceId", GlobalId.encode(NodeType.SOURCE, "src-9f9a7992a81a878d"),
											"source", Map.of("title", "T", "text", TEXT), "quote", "Cuba"))),
							ErrorType.BAD_REQUEST, "input.citations[0]", "not both or neither"),
					create("invalid source URL", i -> with(i, "citations",
							List.of(Map.of("source", Map.of("title", "T", "url", "not a url at all"), "quote", "x"))),
							ErrorType.BAD_REQUEST, "input.citations[0].source.url", "is not a valid URL"),
					create("unknown source id", i -> with(i, "citations",
							List.of(Map.of("sourceId", GlobalId.encode(NodeType.SOURCE, "src-nowhere"), "quote", "x"))),
							ErrorType.NOT_FOUND, "input.citations[0].sourceId", "no Source has id"),
					create("an agreement's id as source id",
							i -> with(i, "citations", List.of(Map.of("sourceId", PLAN, "quote", "x"))),
							ErrorType.BAD_REQUEST, "input.citations[0].sourceId", "is the id of an Agreement"),
					Arguments.of("signing an agreement with fewer than two parties", "recordSignature",
							Map.of("agreementId", SINGLE_PARTY, "signerId", LAVROV, "citations", List.of(citation())),
							ErrorType.BAD_REQUEST, "input.agreementId", "at least two parties"),
					Arguments.of("unknown signer", "recordSignature",
							Map.of("agreementId", PLAN, "signerId", GlobalId.encode(NodeType.PERSON, "person-nobody"),
									"citations", List.of(citation())),
							ErrorType.NOT_FOUND, "input.signerId", "no Person has id"),
					Arguments.of("a day that does not exist", "recordAgreementAction",
							Map.of("agreementId", PLAN, "kind", "RATIFIED", "date", Map.of("value", "2025-02-30"),
									"citations", List.of(citation())),
							ErrorType.BAD_REQUEST, "input.date.value", "not a calendar date"),
					Arguments.of("a year out of range", "recordAgreementAction",
							Map.of("agreementId", PLAN, "kind", "RATIFIED", "date", Map.of("value", "1700"),
									"citations", List.of(citation())),
							ErrorType.BAD_REQUEST, "input.date.value", "year must be between 1800"),
					Arguments.of("a date of no known precision", "recordAgreementAction",
							Map.of("agreementId", PLAN, "kind", "RATIFIED", "date", Map.of("value", "2025-1"),
									"citations", List.of(citation())),
							ErrorType.BAD_REQUEST, "input.date.value", "not a year, month or day"),
					Arguments.of("a day as the article writes it", "recordAgreementAction",
							Map.of("agreementId", PLAN, "kind", "RATIFIED", "date", Map.of("value", "20 November 2024"),
									"citations", List.of(citation())),
							ErrorType.BAD_REQUEST, "input.date.value",
							"a day such as 2024-11-20, a month such as 2024-11 or a year such as 2024; for '20 November 2024' send 2024-11-20"),
					Arguments.of("a month as the article writes it", "recordAgreementAction",
							Map.of("agreementId", PLAN, "kind", "RATIFIED", "date", Map.of("value", "Nov 2024"),
									"citations", List.of(citation())),
							ErrorType.BAD_REQUEST, "input.date.value", "for 'Nov 2024' send 2024-11"),
					Arguments.of("a date in words no calendar holds", "recordAgreementAction",
							Map.of("agreementId", PLAN, "kind", "RATIFIED", "date", Map.of("value", "early spring"),
									"citations", List.of(citation())),
							ErrorType.BAD_REQUEST, "input.date.value",
							"'early spring' is not a year, month or day in ISO 8601: a day such as 2024-11-20"),
					Arguments.of("an id that is not an id", "recordAgreementAction",
							Map.of("agreementId", "garbage", "kind", "ANNOUNCED", "citations", List.of(citation())),
							ErrorType.BAD_REQUEST, "input.agreementId", "not a Treatygraph id"),
					Arguments.of("an update that changes nothing", "updateAgreement",
							Map.of("id", PLAN, "expectedVersion", 1, "citations", List.of(citation())),
							ErrorType.BAD_REQUEST, "input", "nothing to change"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInputs")
	void shouldRefuseWithATypedErrorAndWriteNothing(String name, String mutation, Map<String, Object> input,
			ErrorType type, String argument, String reason) {
		Map<String, Object> sent = new HashMap<>(input);
		if (SINGLE_PARTY.equals(sent.get("agreementId"))) {
			sent.put("agreementId", createAgreementWithOneParty());
		}
		String before = graphSize();
		String inputType = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
		asCurator()
			.document("mutation($input: %s!) { %s(input: $input) { clientMutationId } }".formatted(inputType, mutation))
			.variable("input", sent)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(type);
				assertThat(error.getPath()).isEqualTo(mutation);
				assertThat(error.getExtensions()).containsEntry("argument", argument);
				assertThat(error.getMessage()).startsWith(argument + ": ").contains(reason);
			}));
		assertThat(graphSize()).as("nothing written").isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("severalBadFields")
	@DisplayName("several bad fields in one input come back together, each with its own path, and nothing is written")
	void shouldReportEveryBadFieldAtOnce(String name, String mutation, Map<String, Object> input,
			List<String> arguments) {
		String before = graphSize();
		String inputType = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
		asCurator()
			.document("mutation($input: %s!) { %s(input: $input) { clientMutationId } }".formatted(inputType, mutation))
			.variable("input", input)
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).extracting(error -> error.getExtensions().get("argument"))
					.containsExactlyElementsOf(arguments);
				assertThat(errors).allSatisfy(error -> {
					assertThat(error.getPath()).isEqualTo(mutation);
					assertThat(error.getMessage()).startsWith(error.getExtensions().get("argument") + ": ");
				});
			});
		assertThat(graphSize()).as("nothing written").isEqualTo(before);
	}

	static Stream<Arguments> severalBadFields() {
		return Stream.of(
				Arguments.of("an agreement with no title, an unknown party and no citation", "createAgreement",
						agreement(i -> with(
								with(with(i, "title", " "), "parties",
										List.of(Map.of("actor", "CU"), Map.of("actor", "XX"))),
								"citations", List.of())),
						List.of("input.title", "input.parties[1].actor", "input.citations")),
				Arguments.of("a step of an unknown agreement on a date as the article writes it, uncited",
						"recordAgreementAction",
						Map.of("agreementId", "garbage", "kind", "RATIFIED", "date",
								Map.of("value", "20 November 2024"), "citations", List.of()),
						List.of("input.agreementId", "input.date.value", "input.citations")),
				Arguments.of("a signature by someone unknown, for a principal that is no actor, on an impossible day",
						"recordSignature",
						Map.of("agreementId", PLAN, "signerId", GlobalId.encode(NodeType.PERSON, "person-nobody"),
								"onBehalfOf", "XX", "date", Map.of("value", "2025-02-30"), "citations",
								List.of(citation())),
						List.of("input.signerId", "input.onBehalfOf", "input.date.value")),
				Arguments.of("a party that is no country to an unknown agreement, uncited", "addParty",
						Map.of("agreementId", "garbage", "actor", "XX", "citations", List.of()),
						List.of("input.agreementId", "input.actor", "input.citations")),
				Arguments.of("a link between two unknown agreements, quoting what the source does not say",
						"linkAgreements",
						Map.of("agreementId", GlobalId.encode(NodeType.AGREEMENT, "agr-nowhere"), "relation", "AMENDS",
								"targetId", "garbage", "citations",
								List.of(Map.of("source", Map.of("title", "T", "text", TEXT), "quote", "not in it"))),
						List.of("input.agreementId", "input.targetId", "input.citations[0].quote")),
				Arguments.of("a person with no name and an overlong disambiguation", "createPerson",
						Map.of("name", "", "disambiguation", "x".repeat(400)),
						List.of("input.name", "input.disambiguation")),
				Arguments.of("an organisation with no name, an unknown country and a parent that is no id",
						"createOrganization",
						Map.of("name", " ", "kind", "MINISTRY", "country", "XX", "partOfId", "garbage"),
						List.of("input.name", "input.country", "input.partOfId")),
				Arguments.of("a place with no name, in both a country and a place", "createPlace",
						Map.of("name", "", "kind", "CITY", "country", "CU", "locatedInId", "garbage"),
						List.of("input.name", "input")),
				Arguments.of("an attendance of no event by no actor, uncited", "recordAttendance",
						Map.of("eventId", "garbage", "attendee", "XX", "citations", List.of()),
						List.of("input.eventId", "input.attendee", "input.citations")));
	}

	private String createAgreementWithOneParty() {
		return asCurator().documentName("createAgreementId")
			.variable("input", agreement(i -> with(i, "parties", List.of(Map.of("actor", "CU")))))
			.execute()
			.path("createAgreement.agreement.id")
			.entity(String.class)
			.get();
	}

}
