package org.treatygraph.agreement;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.treatygraph.CuratorTest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Curating agreements")
class AgreementCurationTests extends CuratorTest {

	private static final String PARIS_URL = "https://www.un.org/sustainabledevelopment/blog/2016/04/parisagreementsingatures/";

	/** How the service registers {@link #PARIS_URL}: without the trailing slash. */
	private static final String PARIS_CANONICAL_URL = PARIS_URL.substring(0, PARIS_URL.length() - 1);

	private String parisText;

	@BeforeEach
	void readTheArticle() throws Exception {
		this.parisText = new ClassPathResource("articles/paris-agreement-signing.txt")
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Map<String, Object> parisSource() {
		return Map.of("title", "Record 175 Parties Sign Paris Agreement at UN Headquarters", "url", PARIS_URL,
				"publisher", "United Nations", "language", "en", "published", Map.of("value", "2016-04-22"), "text",
				this.parisText);
	}

	private Map<String, Object> parisAgreement(List<Object> parties, List<Object> citations) {
		Map<String, Object> input = new HashMap<>();
		input.put("title", "Paris Agreement");
		input.put("kind", "TREATY");
		input.put("summary",
				"Aims to hold the rise in global average temperature to well below 2 °C above pre-industrial levels.");
		input.put("parties", parties);
		input.put("citations", citations);
		return input;
	}

	private List<Object> citing(String quote) {
		return List.of(Map.of("source", parisSource(), "quote", quote));
	}

	private GraphQlTester.Response create(Map<String, Object> input) {
		return asCurator().documentName("createAgreement").variable("input", input).execute();
	}

	private String createParis() {
		return create(parisAgreement(List.of(Map.of("actor", "CU"), Map.of("actor", "RUS"), Map.of("actor", "FR")),
				citing("A record 175 Parties signed the Paris Agreement on climate change today")))
			.path("createAgreement.agreement.id")
			.entity(String.class)
			.get();
	}

	@Test
	@DisplayName("a curator enters a second article end to end, and the analyst's questions find it")
	void shouldEnterASecondArticleEndToEnd() {
		var created = create(
				parisAgreement(List.of(Map.of("actor", "CU"), Map.of("actor", "RUS"), Map.of("actor", "FR")),
						// Typed with plain spaces and a straight dash; stored as the
						// article has it.
						citing("A record 175 Parties signed the Paris Agreement on climate change today")));
		created.path("createAgreement.created").entity(Boolean.class).isEqualTo(true);
		created.path("createAgreement.agreement.status").entity(String.class).isEqualTo("UNKNOWN");
		created.path("createAgreement.agreement.parties[*].actor.name")
			.entityList(String.class)
			.containsExactly("Cuba", "France", "Russia");
		String paris = created.path("createAgreement.agreement.id").entity(String.class).get();

		asCurator().documentName("recordAgreementAction")
			.variable("input",
					Map.of("agreementId", paris, "kind", "CONCLUDED", "date", Map.of("value", "2015-12"), "citations",
							List.of(Map.of("source", parisSource(), "quote", "adopted in Paris in December 2015"))))
			.execute()
			.path("recordAgreementAction.action.date.precision")
			.entity(String.class)
			.isEqualTo("MONTH");
		asCurator().documentName("recordAgreementAction")
			.variable("input",
					Map.of("agreementId", paris, "kind", "SIGNED", "date", Map.of("value", "2016-04-22"), "citations",
							List.of(Map.of("source", parisSource(), "quote",
									"Among the States signing today were Cuba and the Russian Federation"))))
			.execute()
			.path("recordAgreementAction.action.kind")
			.entity(String.class)
			.isEqualTo("SIGNED");

		// language=GraphQL
		String analyst = """
				{ agreements(filter: { involving: ["CU", "RU"], from: "2016-01-01", to: "2016-12-31" }) {
				    edges { node { title status actions { kind date { value } citations { quote source { title url publisher } } } } } } }
				""";
		var answer = this.graphQl.document(analyst).execute();
		answer.path("agreements.edges[*].node.title").entityList(String.class).containsExactly("Paris Agreement");
		answer.path("agreements.edges[0].node.status").entity(String.class).isEqualTo("SIGNED");
		answer.path("agreements.edges[0].node.actions[1].citations[0].source.url")
			.entity(String.class)
			.isEqualTo(PARIS_CANONICAL_URL);
		answer.path("agreements.edges[0].node.actions[1].citations[0].quote")
			.entity(String.class)
			.satisfies(quote -> assertThat(this.parisText).contains(quote));

		this.graphQl
			.document(
					"query($id: ID!) { history(id: $id) { totalCount edges { node { by operation before after } } } }")
			.variable("id", paris)
			.execute()
			.path("history.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("history.edges[0].node.by")
			.entity(String.class)
			.isEqualTo(CURATOR)
			.path("history.edges[0].node.operation")
			.entity(String.class)
			.isEqualTo("createAgreement")
			.path("history.edges[0].node.before")
			.valueIsNull();
	}

	@Test
	@DisplayName("of two agreements sent in one request, the refused one costs only its own answer: the other is recorded and the curator gets its id")
	void shouldAnswerTheRecordedAgreementWhenTheOneBesideItIsRefused() {
		String quote = "A record 175 Parties signed the Paris Agreement on climate change today";
		var response = asCurator().documentName("createTwoAgreementsTheSecondRefused")
			.variable("paris", parisAgreement(List.of(Map.of("actor", "CU"), Map.of("actor", "FR")), citing(quote)))
			.variable("refused", parisAgreement(List.of(Map.of("actor", "CU"), Map.of("actor", "XX")), citing(quote)))
			.execute();
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getPath()).isEqualTo("refused");
			assertThat(error.getExtensions()).containsEntry("argument", "input.parties[1].actor");
		}));
		response.path("refused").valueIsNull();
		String paris = response.path("paris.agreement.id").entity(String.class).get();
		this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Agreement { title } } }")
			.variable("id", paris)
			.execute()
			.path("node.title")
			.entity(String.class)
			.isEqualTo("Paris Agreement");
	}

	@Test
	@DisplayName("a step sent with the same passage twice is cited by it once")
	void shouldCiteANewStepOncePerPassage() {
		String paris = createParis();
		Map<String, Object> passage = Map.of("source", parisSource(), "quote", "adopted in Paris in December 2015");
		asCurator().documentName("recordAgreementAction")
			.variable("input",
					Map.of("agreementId", paris, "kind", "CONCLUDED", "date", Map.of("value", "2015-12"), "citations",
							List.of(passage, passage)))
			.execute()
			.path("recordAgreementAction.action.citations[*].quote")
			.entityList(String.class)
			.containsExactly("adopted in Paris in December 2015");
	}

	@Test
	@DisplayName("50 identical creates at once make exactly one agreement")
	void shouldCreateOneAgreementUnderConcurrentIdenticalCreates() throws Exception {
		var input = parisAgreement(List.of(Map.of("actor", "CU"), Map.of("actor", "RU")),
				citing("A record 175 Parties signed the Paris Agreement"));
		List<String> ids = inParallel(50,
				() -> create(input).path("createAgreement.agreement.id").entity(String.class).get());
		assertThat(ids.stream().distinct()).hasSize(1);
		assertThat(this.neo4j.query("MATCH (a:Agreement {title: 'Paris Agreement'}) RETURN count(a)")
			.fetchAs(Long.class)
			.one()).contains(1L);
		assertThat(this.neo4j
			.query("MATCH (:Agreement {title: 'Paris Agreement'})<-[:OF_AGREEMENT]-(p:Party) RETURN count(p)")
			.fetchAs(Long.class)
			.one()).contains(2L);
	}

	@Nested
	@DisplayName("updates carry the version the curator read")
	class Versions {

		private Map<String, Object> update(String id, int version, String title) {
			return Map.of("id", id, "expectedVersion", version, "title", title, "citations",
					List.of(Map.of("sourceId", sourceId(), "quote", "Paris Agreement on climate change")));
		}

		private String sourceId() {
			return AgreementCurationTests.this.graphQl.document("{ sources(first: 100) { edges { node { id url } } } }")
				.execute()
				.path("sources.edges[?(@.node.url == '" + PARIS_CANONICAL_URL + "')].node.id")
				.entityList(String.class)
				.get()
				.getFirst();
		}

		@Test
		void shouldApplyAnUpdateBasedOnTheCurrentVersionAndRecordBeforeAndAfter() {
			String paris = createParis();
			asCurator().documentName("updateAgreement")
				.variable("input", update(paris, 1, "Paris Agreement on Climate Change"))
				.execute()
				.path("updateAgreement.agreement.version")
				.entity(Integer.class)
				.isEqualTo(2)
				.path("updateAgreement.agreement.title")
				.entity(String.class)
				.isEqualTo("Paris Agreement on Climate Change");
			var history = AgreementCurationTests.this.graphQl
				.document("query($id: ID!) { history(id: $id) { edges { node { operation before after } } } }")
				.variable("id", paris)
				.execute();
			history.path("history.edges[1].node.operation").entity(String.class).isEqualTo("updateAgreement");
			history.path("history.edges[1].node.before")
				.entity(String.class)
				.satisfies(before -> assertThat(before).contains("\"title\":\"Paris Agreement\"")
					.contains("\"version\":1"));
			history.path("history.edges[1].node.after")
				.entity(String.class)
				.satisfies(after -> assertThat(after).contains("\"title\":\"Paris Agreement on Climate Change\"")
					.contains("\"version\":2"));
		}

		@Test
		@DisplayName("a stale version gets CONFLICT and nothing is overwritten")
		void shouldRefuseAStaleVersion() {
			String paris = createParis();
			asCurator().documentName("updateAgreement")
				.variable("input", update(paris, 1, "First correction"))
				.execute();
			String before = graphSize();
			asCurator().documentName("updateAgreement")
				.variable("input", update(paris, 1, "Second, based on a stale read"))
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
					assertThat(error.getExtensions()).containsEntry("argument", "input.expectedVersion");
				}));
			assertThat(graphSize()).isEqualTo(before);
			AgreementCurationTests.this.graphQl
				.document("query($id: ID!) { node(id: $id) { ... on Agreement { title version } } }")
				.variable("id", paris)
				.execute()
				.path("node.title")
				.entity(String.class)
				.isEqualTo("First correction")
				.path("node.version")
				.entity(Integer.class)
				.isEqualTo(2);
		}

		@Test
		@DisplayName("of 10 concurrent updates from the same version, exactly one wins and every other is told of the conflict")
		void shouldLetOnlyOneOfConcurrentUpdatesWin() throws Exception {
			String paris = createParis();
			List<String> outcomes = inParallel(10,
					() -> asCurator().documentName("updateAgreement")
						.variable("input", update(paris, 1, "Concurrent " + Thread.currentThread().getName()))
						.execute()
						.returnResponse()
						.getErrors()
						.stream()
						.map((error) -> error.getErrorType().toString())
						.findFirst()
						.orElse("WON"));
			assertThat(outcomes).containsOnlyOnce("WON")
				.as("the others, deadlocked or not")
				.containsOnly("WON", "CONFLICT");
		}

	}

	private static <T> List<T> inParallel(int times, Callable<T> task) throws InterruptedException {
		try (var pool = Executors.newFixedThreadPool(Math.min(times, 16))) {
			return pool.invokeAll(IntStream.range(0, times).mapToObj(i -> task).toList())
				.stream()
				.map(AgreementCurationTests::join)
				.toList();
		}
	}

	private static <T> T join(Future<T> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
