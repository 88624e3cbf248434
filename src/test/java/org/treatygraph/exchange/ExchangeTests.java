package org.treatygraph.exchange;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.treatygraph.CuratorTest;
import org.treatygraph.RoundTripQuestion;
import org.treatygraph.TreatygraphApplication;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph out and back in as Treatygraph lines: the seed article exported, imported
 * into a database that never had it, answers the analyst's questions as the original
 * does; bad lines are refused by number; a second import writes nothing.
 */
@DisplayName("Facts in and out")
@ExtendWith(OutputCaptureExtension.class)
class ExchangeTests extends CuratorTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Questions whose answers must survive the round trip, ids aside. */
	private static final List<RoundTripQuestion> QUESTIONS = List.of(
			new RoundTripQuestion("countryProfile", Map.of("name", "Cuba")),
			new RoundTripQuestion("countryProfile", Map.of("name", "Russia")),
			new RoundTripQuestion("countryMemberships", Map.of("code", "CU")),
			new RoundTripQuestion("timeline", Map.of("of", "CU", "first", 100)),
			new RoundTripQuestion("timeline", Map.of("of", "RU", "first", 100)),
			new RoundTripQuestion("whatEventsWereAbout", Map.of("involving", List.of("CU", "RU"))),
			new RoundTripQuestion("retractedAgreements", Map.of("involving", List.of("NO"))));

	private String exported() {
		return this.http.get()
			.uri("/export")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/x-ndjson")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	@DisplayName("the seed exported and imported from the command line into a database without it answers the same questions")
	void shouldAnswerTheSameAfterARoundTrip(@TempDir Path directory, CapturedOutput log) throws Exception {
		identify(GlobalId.encode(NodeType.COUNTRY, "CU"), "Q241");
		identify(GlobalId.encode(NodeType.PERSON, "person-sergey-lavrov"), "Q58005");
		retractNordicFacts();
		disputeNordicDates();
		String lines = exported();
		assertThat(lines.lines()
			.map(JSON::readTree)
			.filter(line -> line.get("record").asString().equals("retract"))
			.map(line -> line.path("input").path("reason").asString())).contains("Denmark only observed",
					"the passage is about rail links", "Norway never joined the bank", "the report was withdrawn",
					"a rumour, denied the next day", "the site published fabrications");
		assertThat(lines.lines().map(line -> JSON.readTree(line).get("record").asString()).distinct()).contains(
				"addSource", "createPerson", "createOrganization", "createPlace", "createEvent", "createAgreement",
				"recordAgreementAction", "recordSignature", "recordMembership", "recordTenure", "recordAttendance",
				"addIdentifier", "addCitations", "rankClaim");
		// the signing ceremony was about the plan, Cuba's accession about the bank
		assertThat(lines.lines()
			.map(JSON::readTree)
			.filter(line -> line.get("record").asString().equals("createEvent"))
			.flatMap(line -> line.path("input").path("concernsIds").valueStream())
			.map(JsonNode::asString)).contains("agr-cu-ru-political-consultation-plan", "org-ndb");
		Path file = directory.resolve("seed.jsonl");
		Files.writeString(file, lines);
		Path data = directory.resolve("data");
		String[] database = { "--treatygraph.embedded.data-directory=" + data, "--treatygraph.embedded.bolt-port=0",
				"--treatygraph.migrations.seed=false" };

		// first a copy cut in half, as a full disk leaves it: imported, with a warning
		Path cut = directory.resolve("cut.jsonl");
		List<String> all = lines.lines().toList();
		Files.writeString(cut, String.join("\n", all.subList(0, all.size() / 2)));
		Command cutShort = Command.run(concat(new String[] { "import", cut.toString() }, database));
		assertThat(cutShort.status()).as("the half's lines imported").isZero();
		assertThat(cutShort.printed()).contains("warning: the file does not end with an end line", "cut short");

		Command whole = Command.run(concat(new String[] { "import", file.toString() }, database));

		assertThat(whole.status()).as("every line imported").isZero();
		assertThat(whole.printed()).doesNotContain("warning:");
		// a command serves nothing on the service's port (it took 8080) and plans no
		// analyst's question (which, still running when it ended, logged an outage)
		assertThat(log.getAll()).doesNotContain("Tomcat started on port 8080", "Planning the usual questions",
				"Neo4j unavailable");
		try (ConfigurableApplicationContext imported = new SpringApplicationBuilder(TreatygraphApplication.class)
			.run(concat(database, new String[] { "--server.port=0", "--treatygraph.warmup.enabled=false",
					"--treatygraph.security.users[0].name=" + CURATOR, "--treatygraph.security.users[0].role=CURATOR",
					"--treatygraph.security.users[0].password-hash=" + CURATOR_HASH }))) {
			String port = imported.getEnvironment().getProperty("local.server.port");
			WebTestClient client = WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + port)
				.responseTimeout(Duration.ofSeconds(60))
				.build();
			HttpGraphQlTester copy = HttpGraphQlTester
				.create(client.mutate().baseUrl("http://localhost:" + port + "/graphql").build());
			for (RoundTripQuestion question : QUESTIONS) {
				assertThat(question.answerOf(copy)).as(question.toString()).isEqualTo(question.answerOf(this.graphQl));
			}
			// identifiers come along, a country's by its global id, a person's by the
			// line
			// that created the person
			for (String wikidata : List.of("Q241", "Q58005")) {
				String found = "{ nodeByIdentifier(scheme: WIKIDATA, value: \"%s\") { ... on Country { name } ... on Person { name } } }"
					.formatted(wikidata);
				assertThat(copy.document(found).execute().path("nodeByIdentifier.name").entity(String.class).get())
					.as(wikidata)
					.isEqualTo(this.graphQl.document(found)
						.execute()
						.path("nodeByIdentifier.name")
						.entity(String.class)
						.get());
			}
			Neo4jClient copyNeo4j = imported.getBean(Neo4jClient.class);
			// citations retracted on their own or with their source, with their reasons
			String retractedCitations = """
					MATCH (c:Citation:Retracted)-[:SUPPORTS]->(f)
					RETURN coalesce(f.title, f.role, '') + ': ' + c.quote + ' (' + c.retractionReason + ')' AS citation
					ORDER BY citation""";
			assertThat(copyNeo4j.query(retractedCitations).fetchAs(String.class).all())
				.contains("Nordic accord on fisheries: Norway and Sweden also signed a memorandum on rail links"
						+ " (the passage is about rail links)")
				.containsExactlyElementsOf(this.neo4j.query(retractedCitations).fetchAs(String.class).all());
			// disputed dates: each claim with its value, rank, reason and passages, the
			// value each fact reads with, and the passages that give no claim
			assertThat(copyNeo4j.query(CLAIMS).fetchAs(String.class).all()).hasSize(4)
				.containsExactlyElementsOf(this.neo4j.query(CLAIMS).fetchAs(String.class).all());
			String before = size(copyNeo4j);
			List<Map<String, Object>> again = importOver(client, lines);
			// every line finds what it records, and says so
			assertThat(again.getLast()).containsEntry("done", true)
				.containsEntry("created", 0)
				.containsEntry("refused", 0)
				.containsEntry("ended", true)
				.doesNotContainKey("warning");
			assertThat(size(copyNeo4j)).as("a second import writes nothing").isEqualTo(before);
		}
	}

	@Test
	@DisplayName("Russia's export holds its agreements, posts and all they refer to, and nothing of Canada's airline")
	void shouldExportOneCountryClosedUnderReferences() {
		List<JsonNode> parsed = linesBeforeTheEnd(got("/export?involving=RU"));
		List<String> ids = new ArrayList<>();
		for (JsonNode line : parsed) {
			for (String reference : references(line.get("input"))) {
				assertThat(ids).as("line %s refers to %s, which an earlier line gives", line.get("id"), reference)
					.contains(reference);
			}
			ids.add(line.get("id").asString());
			line.path("parties").forEach(party -> ids.add(party.asString()));
		}
		assertThat(ids)
			.contains("agr-cu-ru-political-consultation-plan", "person-sergey-lavrov",
					"agr-biocubafarma-skolkovo-pharmaceutical-exports", "tenure-lavrov-foreign-minister")
			.doesNotContain("org-westjet", "tenure-von-hoensbroech-ceo", "tenure-diaz-canel-president");
		this.http.get().uri("/export?involving=XX").exchange().expectStatus().isBadRequest();
	}

	@Test
	@DisplayName("the New Development Bank's export, by its id or global id, holds Cuba's membership and not the Consultation Plan")
	void shouldExportOneOrganization() {
		for (String id : List.of("org-ndb", "T3JnYW5pemF0aW9uOm9yZy1uZGI")) {
			List<String> ids = idsOf(got("/export?involving=" + id));
			assertThat(ids).as(id)
				.contains("org-ndb", "membership-cuba-ndb", "src-9f9a7992a81a878d")
				.doesNotContain("agr-cu-ru-political-consultation-plan", "person-sergey-lavrov");
		}
		this.http.get().uri("/export?involving=org-nowhere").exchange().expectStatus().isBadRequest();
	}

	@Test
	@DisplayName("an export of November 2025 holds FIHAV and where it was held, and leaves out the undated plan")
	void shouldExportADateRange() {
		String title = "Cuba–Russia protocol ratified in March 2026";
		asCurator().documentName("createAgreementId")
			.variable("input",
					Map.of("title", title, "kind", "TREATY", "parties",
							List.of(Map.of("actor", "CU"), Map.of("actor", "RU")), "actions",
							List.of(Map.of("kind", "RATIFIED", "date", Map.of("value", "2026-03-05"), "party", "CU")),
							"citations",
							List.of(Map.of("sourceId", "U291cmNlOnNyYy05ZjlhNzk5MmE4MWE4Nzhk", "quote",
									"The bilateral relations between Cuba and Russia continue to flourish."))))
			.execute()
			.path("createAgreement.agreement.id")
			.hasValue();

		List<String> november = idsOf(got("/export?from=2025-11-01&to=2025-11-30"));
		assertThat(november).contains("evt-fihav-2025", "place-havana")
			.doesNotContain("agr-cu-ru-political-consultation-plan", "membership-cuba-ndb");
		String march = got("/export?involving=CU&from=2026-03&to=2026-03");
		assertThat(march).contains(title);
		assertThat(idsOf(march)).doesNotContain("agr-cu-ru-political-consultation-plan", "evt-fihav-2025");
		assertThat(linesBeforeTheEnd(got("/export?to=2020"))).as("nothing is known to fall before 2021").isEmpty();

		String refused = refused("/export?from=2025-13&to=last%20week");
		assertThat(refused).contains("\"argument\":\"from\"", "\"argument\":\"to\"", "'2025-13' is not a date");
		this.http.get().uri("/export?from=2026&to=2025").exchange().expectStatus().isBadRequest();
	}

	@Test
	@DisplayName("CSV tables list the agreements with their parties, and the citations of what one organisation's export keeps")
	void shouldExportCsvTables() {
		List<String> agreements = got("/export/csv/agreements").lines().toList();
		assertThat(agreements.getFirst()).isEqualTo("id,title,kind,status,summary,parties,citations");
		assertThat(agreements).hasSize(1 + 3)
			.anySatisfy(row -> assertThat(row).startsWith(
					"agr-cu-ru-political-consultation-plan,Cuba–Russia Political Consultation Plan,CONSULTATION_PLAN,SIGNED,")
				.contains(",CU;RU,"));
		assertThat(got("/export/csv/parties").lines()).hasSize(1 + 6);
		List<String> citations = got("/export/csv/citations?involving=org-ndb").lines().toList();
		assertThat(citations.getFirst()).isEqualTo("factId,factType,sourceId,sourceTitle,publisher,url,quote,claimId");
		assertThat(citations.subList(1, citations.size())).isNotEmpty()
			.allSatisfy(row -> assertThat(row)
				.matches("^(membership-cuba-ndb,Membership|org-ndb,Organization|evt-cuba-joins-ndb,Event),.*"));
		for (String table : List.of("actions", "signatures", "memberships", "tenures")) {
			assertThat(got("/export/csv/" + table)).as(table).contains("\r\n");
		}
		String refused = refused("/export/csv/treaties");
		assertThat(refused).contains("\"argument\":\"table\"", "agreements, citations");
	}

	@Test
	@DisplayName("a disputed date says so in the CSV tables, and each claim is a row its passages name")
	void shouldShowDisputesInCsvTables() {
		retractNordicFacts();
		disputeNordicDates();
		List<String> claims = got("/export/csv/claims").lines().toList();
		assertThat(claims.getFirst()).isEqualTo("id,factId,factType,field,value,valueNote,rank,rankReason,citations");
		assertThat(claims.subList(1, claims.size())).hasSize(4)
			.anySatisfy(row -> assertThat(row)
				.contains(",AgreementAction,date,2025-03-04,,PREFERRED,the ministry signed it,1"))
			.anySatisfy(row -> assertThat(row)
				.contains(",Membership,start,2019,,DEPRECATED,the bank's own list says 2021,1"));
		assertThat(got("/export/csv/actions").lines())
			.anySatisfy(row -> assertThat(row).contains(",2025-03-04,").endsWith(",RESOLVED"));
		assertThat(got("/export/csv/memberships").lines())
			.anySatisfy(row -> assertThat(row).contains(",SE,Sweden,org-ndb,").endsWith(",OPEN"));
		// which source gave which date; the digest's month gives none
		List<String> citations = got("/export/csv/citations").lines().toList();
		assertThat(citations.getFirst()).endsWith(",quote,claimId");
		assertThat(citations).filteredOn(row -> row.contains("signed on 4 March 2025"))
			.singleElement()
			.satisfies(row -> assertThat(row).matches(".*,claim-[^,]+$"));
		assertThat(citations).filteredOn(row -> row.contains("In March 2025"))
			.singleElement()
			.satisfies(row -> assertThat(row).endsWith(","));
	}

	@Test
	@DisplayName("a CSV cell is quoted when it must be, and never read by a spreadsheet as a formula")
	void shouldWriteSafeCsvCells() {
		assertThat(new String(
				CsvExport.row(java.util.Arrays.asList("a, b", "say \"yes\"", null, "=HYPERLINK(\"x\")", "-1", "plain")),
				java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo("\"a, b\",\"say \"\"yes\"\"\",,\"'=HYPERLINK(\"\"x\"\")\",'-1,plain\r\n");
	}

	/** The ids an export's lines give, parties included, in order. */
	private static List<String> idsOf(String lines) {
		List<String> ids = new ArrayList<>();
		linesBeforeTheEnd(lines).forEach(line -> {
			ids.add(line.get("id").asString());
			line.path("parties").forEach(party -> ids.add(party.asString()));
		});
		return ids;
	}

	/** The exit status of a command line and what it printed for the operator. */
	private record Command(int status, String printed) {

		static Command run(String... arguments) {
			ByteArrayOutputStream printed = new ByteArrayOutputStream();
			PrintStream console = System.err;
			System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
			try {
				int status = ExchangeCommand.run(TreatygraphApplication.class, arguments);
				return new Command(status, printed.toString(StandardCharsets.UTF_8));
			}
			finally {
				System.setErr(console);
			}
		}

	}

	/**
	 * The lines of an export before its end line, which must come last and count them.
	 */
	private static List<JsonNode> linesBeforeTheEnd(String export) {
		List<JsonNode> lines = export.lines().map(JSON::readTree).toList();
		assertThat(lines).as("an export's lines").isNotEmpty();
		assertThat(lines.getLast()).as("the end line")
			.isEqualTo(JSON.readTree("{\"record\": \"end\", \"lines\": %d}".formatted(lines.size() - 1)));
		return lines.subList(0, lines.size() - 1);
	}

	/**
	 * The ids a line's input names: fields ending in Id or Ids, and sources of citations.
	 */
	private static List<String> references(JsonNode node) {
		List<String> found = new ArrayList<>();
		if (node.isObject()) {
			for (String field : node.propertyNames()) {
				JsonNode value = node.get(field);
				if ((field.endsWith("Id") || field.endsWith("Ids")) && value.isString()) {
					found.add(value.asString());
				}
				else if (field.endsWith("Ids") && value.isArray()) {
					value.forEach(item -> found.add(item.asString()));
				}
				else {
					found.addAll(references(value));
				}
			}
		}
		else if (node.isArray()) {
			node.forEach(item -> found.addAll(references(item)));
		}
		return found;
	}

	@Test
	@DisplayName("lines citing one article read its text once per transaction, not once a line")
	void shouldReadACitedSourceOncePerTransaction() {
		String energy = """
				{"record": "addSource", "id": "energy", "input": {"source": {"title": "Energy accords", "text": "Cuba and Russia signed accords on energy."}}}""";
		String trade = """
				{"record": "addSource", "id": "trade", "input": {"source": {"title": "Trade accords", "text": "Cuba and Russia signed accords on trade."}}}""";
		BiFunction<Integer, String, String> accord = (n,
				source) -> """
						{"record": "createAgreement", "id": "a%d", "input": {"title": "Accord number %d on the cached article", "kind": "MEMORANDUM", "parties": [{"actor": "CU"}, {"actor": "RU"}], "citations": [{"sourceId": "%s", "quote": "signed accords"}]}}"""
					.formatted(n, n, source);
		// the first import registers the sources and reads the ISO codes, once
		importOver(this.http, String.join("\n", energy, trade, accord.apply(0, "energy")));
		long eachItsOwn = statementsOf(
				String.join("\n", energy, trade, accord.apply(1, "energy"), accord.apply(2, "trade")));
		long bothOnOne = statementsOf(
				String.join("\n", energy, trade, accord.apply(3, "energy"), accord.apply(4, "energy")));
		assertThat(bothOnOne).as("the second accord on the article the first cited reads it no more")
			.isEqualTo(eachItsOwn - 1);
		this.graphQl.document("{ agreements(filter: {text: \"cached article\"}) { totalCount } }")
			.execute()
			.path("agreements.totalCount")
			.entity(Integer.class)
			.isEqualTo(5);
	}

	/**
	 * The statements an import of these lines sends, checking that each is created or
	 * found.
	 */
	private long statementsOf(String lines) {
		long before = this.statements.count();
		Map<String, Object> report = importOver(this.http, lines).getLast();
		assertThat(report).containsEntry("refused", 0);
		return this.statements.count() - before;
	}

	@Test
	@DisplayName("bad lines are refused by number with their reasons, and nothing of them is written")
	void shouldRefuseBadLinesByNumber() {
		String before = graphSize();
		String source = """
				{"record": "addSource", "id": "s1", "input": {"source": {"title": "Energy memorandum", "text": "Cuba and Russia signed a memorandum on energy."}}}""";
		String lines = String.join("\n", source, "{not json", """
				{"record": "dropDatabase", "input": {}}""",
				"""
						{"record": "createAgreement", "id": "a1", "input": {"title": "Energy memorandum", "kind": "MEMORANDUM",
						 "parties": [{"actor": "CU"}, {"actor": "XX"}], "citations": [{"sourceId": "s1", "quote": "signed a memorandum"}]}}"""
					.replace("\n", ""),
				"{\"record\": \"addSource\", \"input\": {\"source\": {\"title\": \"" + "x".repeat(1_100_000) + "\"}}}",
				"",
				"""
						{"record": "createAgreement", "id": "a2", "input": {"title": "Energy memorandum", "kind": "MEMORANDUM",
						 "parties": [{"actor": "CU"}, {"actor": "RU"}], "citations": [{"sourceId": "s1", "quote": "not in the text"}]}}"""
					.replace("\n", ""),
				// a rank for a claim of a fact the file never recorded
				"""
						{"record": "rankClaim", "claim": {"factId": "a2", "field": "date", "value": "2025"},
						 "input": {"claimId": "claim-1", "rank": "PREFERRED", "reason": "the treaty office says so"}}"""
					.replace("\n", ""),
				// what a careless script writes: an array, a bare string, an id that is
				// not
				// one
				"[]", "\"addSource\"",
				"""
						{"record": "addSource", "id": {"n": 1}, "input": {"source": {"title": "Energy memorandum"}}}""");

		List<Map<String, Object>> answer = importOver(this.http, lines);

		Map<String, Object> report = answer.getLast();
		assertThat(report).containsEntry("done", true)
			.containsEntry("lines", 11)
			.containsEntry("created", 1)
			.containsEntry("refused", 9);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rejected = (List<Map<String, Object>>) report.get("rejected");
		assertThat(rejected).extracting(line -> line.get("line")).containsExactly(2, 3, 4, 5, 7, 8, 9, 10, 11);
		assertThat(rejected.get(5).get("reasons").toString()).contains("input.claimId");
		assertThat(rejected.get(0).get("reasons").toString()).contains("not JSON");
		assertThat(rejected.get(1).get("reasons").toString()).contains("'dropDatabase' is not one of");
		assertThat(rejected.get(2).get("reasons").toString()).contains("input.parties[1].actor");
		assertThat(rejected.get(3).get("reasons").toString()).contains("at most 1,000,000");
		assertThat(rejected.get(4).get("reasons").toString()).contains("input.citations[0].quote");
		assertThat(rejected.get(6).get("reasons").toString()).contains("a line is one JSON object", "an array");
		assertThat(rejected.get(7).get("reasons").toString()).contains("a line is one JSON object", "a string");
		assertThat(rejected.get(8).get("reasons").toString()).contains("id: the line's own id is a string",
				"an object");
		String afterSource = graphSize();
		assertThat(afterSource).as("only the source was written").isNotEqualTo(before);
		importOver(this.http, source);
		assertThat(graphSize()).as("the same source again writes nothing").isEqualTo(afterSource);
	}

	@Test
	@DisplayName("a misspelt or repeated filter is refused, naming it, rather than exporting the whole graph or one country of two; and the import, which takes no parameter, writes nothing when given one")
	void shouldRefuseParametersTheExchangeDoesNotTake() {
		assertThat(refused("/export?involvng=CU")).contains("\"argument\":\"involvng\"",
				"not a filter of the export, which takes involving, from and to");
		assertThat(refused("/export/csv/agreements?involving=CU&involving=RU")).contains("\"argument\":\"involving\"",
				"given 2 times (CU, RU); an export keeps to one country or organisation");
		assertThat(refused("/export/popolo?involving=CU")).contains("\"argument\":\"involving\"",
				"not a parameter of the Popolo export");

		String before = graphSize();
		String answer = this.http.post()
			.uri("/import?dryRun=true")
			.headers(headers -> headers.setBasicAuth(CURATOR, CURATOR_PASSWORD))
			.contentType(MediaType.parseMediaType("application/x-ndjson"))
			.bodyValue(
					"""
							{"record": "addSource", "id": "s1", "input": {"source": {"title": "A dry run", "text": "Nothing."}}}""")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(answer).contains("\"argument\":\"dryRun\"", "not a parameter of the import, which takes none");
		assertThat(graphSize()).as("nothing imported").isEqualTo(before);
	}

	@Test
	@DisplayName("an agreements table imports one agreement per row with its first step, refusing bad rows, short ones included, by line")
	void shouldImportAnAgreementsTable() {
		String table = """
				title,kind,parties,step,date,source_title,source_url,quote
				"Memorandum on solar energy, 2024",MEMORANDUM,BR;CN,SIGNED,2024-11-20,Brazil and China sign,https://example.org/solar,"Brazil and China signed a memorandum on solar energy"
				Protocol on nothing,MEMORANDUM,BR;XX,SIGNED,2024-11-20,Brazil and China sign,https://example.org/solar,signed

				Treaty of no source,TREATY,BR;CN,,,,,"""
				+ "\"\"\n";
		Map<String, Object> report = importOver(this.http, MediaType.parseMediaType("text/csv"), table).getLast();
		assertThat(report).containsEntry("created", 1).containsEntry("refused", 2);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rejected = (List<Map<String, Object>>) report.get("rejected");
		assertThat(rejected).extracting(line -> line.get("line")).containsExactly(3, 5);
		assertThat(rejected.get(0).get("reasons").toString()).contains("input.parties[1].actor");
		// a row short of its cells once ended the whole import with a 500
		Map<String, Object> narrow = importOver(this.http, MediaType.parseMediaType("text/csv"), """
				title,kind,source_title,parties,quote
				Short accord,MEMORANDUM,Brazil and China sign
				""").getLast();
		assertThat(narrow).containsEntry("done", true).containsEntry("refused", 1);
		assertThat(narrow.get("rejected").toString()).contains("the row has 3 cells where the header names 5 columns");
		this.graphQl.documentName("solarEnergyAgreements")
			.execute()
			.path("agreements.edges[0].node.title")
			.entity(String.class)
			.isEqualTo("Memorandum on solar energy, 2024")
			.path("agreements.edges[0].node.status")
			.entity(String.class)
			.isEqualTo("SIGNED");
	}

	@Test
	@DisplayName("Popolo JSON gives Lavrov, his post at the ministry and Cuba's membership of the NDB")
	void shouldExportPeopleAndPostsAsPopolo() {
		JsonNode popolo = JSON.readTree(got("/export/popolo"));
		String lavrov = null;
		for (JsonNode person : popolo.get("persons")) {
			if (person.get("name").asString().equals("Sergey Lavrov")) {
				lavrov = person.get("id").asString();
			}
		}
		assertThat(lavrov).isNotNull();
		List<String> lavrovsRoles = new ArrayList<>();
		List<String> ndbMembers = new ArrayList<>();
		for (JsonNode membership : popolo.get("memberships")) {
			if (lavrov.equals(membership.path("person_id").asString(""))) {
				lavrovsRoles.add(membership.get("role").asString());
				assertThat(membership.get("sources").get(0).has("note")).isTrue();
			}
			if (membership.has("member")) {
				ndbMembers.add(membership.get("member").get("id").asString());
			}
		}
		assertThat(lavrovsRoles).anyMatch(role -> role.contains("Foreign Affairs"));
		assertThat(ndbMembers).contains("CU");
		assertThat(popolo.get("posts").size()).isPositive();
		assertThat(popolo.get("organizations").findValuesAsString("classification")).contains("country");
	}

	@Test
	@DisplayName("only curators import: anonymous callers get 401, readers 403")
	void shouldLetOnlyCuratorsImport() {
		this.http.post()
			.uri("/import")
			.contentType(MediaType.parseMediaType("application/x-ndjson"))
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.http.post()
			.uri("/import")
			.headers(headers -> headers.setBasicAuth(READER, READER_PASSWORD))
			.contentType(MediaType.parseMediaType("application/x-ndjson"))
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	@DisplayName("an export ends with a line counting the lines before it: a file cut short imports with a warning, one with lines lost is refused at its end line")
	void shouldTellAnExportCutShort() {
		// the bank's export is short: a second import of each line is a check that finds
		// it recorded
		String whole = got("/export?involving=org-ndb");
		List<String> lines = whole.lines().toList();
		assertThat(linesBeforeTheEnd(whole)).hasSize(lines.size() - 1);
		String end = lines.getLast();

		Map<String, Object> read = importOver(this.http, whole).getLast();
		assertThat(read).containsEntry("ended", true).containsEntry("refused", 0).doesNotContainKey("warning");

		String cut = String.join("\n", lines.subList(0, lines.size() / 2));
		Map<String, Object> readCut = importOver(this.http, cut).getLast();
		assertThat(readCut).containsEntry("done", true).containsEntry("ended", false).containsEntry("refused", 0);
		assertThat((String) readCut.get("warning")).contains("cut short");

		List<String> lost = new ArrayList<>(lines);
		// the last fact's line, which no later line refers to
		lost.remove(lines.size() - 2);
		Map<String, Object> readLost = importOver(this.http, String.join("\n", lost)).getLast();
		assertThat(readLost).containsEntry("ended", false).containsEntry("refused", 1);
		assertThat(readLost.get("rejected").toString()).contains("line=" + lost.size(),
				"counts %,d lines before it, the file holds %,d".formatted(lines.size() - 1, lines.size() - 2));

		// two exports one after the other: each end line counts its own
		Map<String, Object> readJoined = importOver(this.http, whole + whole).getLast();
		assertThat(readJoined).containsEntry("ended", true).containsEntry("refused", 0);
		Map<String, Object> readBadCount = importOver(this.http, "{\"record\": \"end\", \"lines\": \"many\"}")
			.getLast();
		assertThat(readBadCount.get("rejected").toString()).contains("lines: must be the number of lines");
		assertThat(end).isEqualTo("{\"record\":\"end\",\"lines\":%d}".formatted(lines.size() - 1));
	}

	@Test
	@DisplayName("the JSON Schema of the lines names every record an import accepts")
	void shouldDescribeEveryRecordInTheSchema() throws Exception {
		JsonNode schema = JSON
			.readTree(new ClassPathResource("exchange/treatygraph-lines.schema.json").getInputStream());
		List<String> records = new ArrayList<>();
		JsonNode shapes = schema.path("$defs");
		shapes.path("fact")
			.path("properties")
			.path("record")
			.path("enum")
			.forEach(name -> records.add(name.asString()));
		assertThat(records).containsExactlyInAnyOrderElementsOf(GraphImport.RecordKind.names());
		assertThat(shapes.path("end").path("properties").path("record").path("const").asString()).isEqualTo("end");
	}

	/**
	 * A Nordic accord from which Denmark's party is retracted, another accord retracted
	 * whole, and a rumour retracted with its source: a round trip brings them all along.
	 */
	private void retractNordicFacts() {
		Map<String, Object> source = Map.of("title", "Nordic ministers meet", "url", "https://example.org/nordic",
				"text", "Norway, Sweden and Denmark signed an accord on fisheries. Norway and Sweden also signed "
						+ "a memorandum on rail links.");
		GraphQlTester.Response fisheries = recordAgreement("Nordic accord on fisheries", List.of("NO", "SE", "DK"),
				source, "Norway, Sweden and Denmark signed an accord on fisheries");
		String denmark = fisheries.path("createAgreement.agreement.parties[?(@.actor.code == 'DK')].id")
			.entityList(String.class)
			.get()
			.getFirst();
		retract(denmark, "Denmark only observed");
		// a second passage cited for the accord by mistake, retracted on its own
		String railLinks = "Norway and Sweden also signed a memorandum on rail links";
		String misquoted = asCurator().documentName("addCitationsAndReadTheQuotes")
			.variable("input",
					Map.of("factId", fisheries.path("createAgreement.agreement.id").entity(String.class).get(),
							"citations", List.of(Map.of("source", source, "quote", railLinks))))
			.execute()
			.path("addCitations.fact.citations[?(@.quote == '%s')].id".formatted(railLinks))
			.entityList(String.class)
			.get()
			.getFirst();
		retract(misquoted, "the passage is about rail links");
		// an ended membership, which a second import finds recorded already: its line's
		// retraction must still find it
		String membership = asCurator().documentName("recordMembershipId")
			.variable("input",
					Map.of("member", "NO", "organizationId", GlobalId.encode(NodeType.ORGANIZATION, "org-ndb"), "start",
							Map.of("value", "2001"), "end", Map.of("value", "2003"), "citations",
							List.of(Map.of("source", source, "quote", "Norway, Sweden and Denmark signed an accord"))))
			.execute()
			.path("recordMembership.membership.id")
			.entity(String.class)
			.get();
		retract(membership, "Norway never joined the bank");
		retract(recordAgreement("Memorandum on rail links", List.of("NO", "SE"), source,
				"Norway and Sweden also signed a memorandum on rail links")
			.path("createAgreement.agreement.id")
			.entity(String.class)
			.get(), "the report was withdrawn");
		// a rumour: its one fact retracted, then the source itself, which the fact's line
		// still needs to be imported
		GraphQlTester.Response rumoured = recordAgreement("Rumoured accord on herring", List.of("NO", "SE"),
				Map.of("title", "A rumour", "url", "https://example.org/rumour", "text",
						"Norway and Sweden are said to have signed an accord on herring."),
				"Norway and Sweden are said to have signed an accord on herring");
		retract(rumoured.path("createAgreement.agreement.id").entity(String.class).get(),
				"a rumour, denied the next day");
		String rumour = this.graphQl.document("{ sources(first: 100) { edges { node { id title } } } }")
			.execute()
			.path("sources.edges[?(@.node.title == 'A rumour')].node.id")
			.entityList(String.class)
			.get()
			.getFirst();
		retract(rumour, "the site published fabrications");
	}

	/** The claims of disputed facts, each described without ids. */
	private static final String CLAIMS = """
			MATCH (c:Claim)-[:CLAIM_OF]->(f)
			RETURN coalesce([(f)-[:OF_AGREEMENT]->(a) | a.title][0], [(f)-[:MEMBER]->(m) | m.name][0]) + ' '
			       + c.field + ' ' + c.ordinal + ': ' + c.value + ' ' + c.rank + ' (' + coalesce(c.rankReason, '') + ')'
			       + ' reads ' + coalesce(f.date, f.start) + ' ' + f.dispute
			       + ' stated in ' + reduce(quotes = '', quote IN COLLECT { MATCH (c)-[:STATED_IN]->(x) RETURN x.quote ORDER BY x.quote } | quotes + '|' + quote)
			       + ' unclaimed ' + COUNT { MATCH (x:Citation {factKey: f.id}) WHERE NOT EXISTS { (:Claim)-[:STATED_IN]->(x) } } AS claim
			ORDER BY claim
			""";

	/**
	 * Two reports disagree on the day the fisheries accord was signed, and a third on
	 * when Sweden joined the bank; a curator prefers one signing date and deprecates one
	 * start, and a later passage that only gives the month cites the signing as a whole.
	 */
	private void disputeNordicDates() {
		String fisheries = this.graphQl
			.document("{ agreements(filter: { text: \"fisheries\" }) { edges { node { id } } } }")
			.execute()
			.path("agreements.edges[0].node.id")
			.entity(String.class)
			.get();
		Map<String, Object> agency = Map.of("title", "Fisheries accord signed", "url", "https://example.org/agency",
				"text", "The fisheries accord was signed on 3 March 2025 in Oslo. Sweden joined the bank in 2019.");
		Map<String, Object> ministry = Map.of("title", "Ministry statement", "url", "https://example.org/ministry",
				"text",
				"The accord on fisheries was signed on 4 March 2025. Sweden has been a member of the bank since 2021.");
		Map<String, Object> digest = Map.of("title", "Monthly digest", "url", "https://example.org/digest", "text",
				"In March 2025 the Nordic fisheries accord was signed.");
		String signing = null;
		for (var report : List.of(Map.entry("2025-03-03", Map.of("source", agency, "quote", "signed on 3 March 2025")),
				Map.entry("2025-03-04", Map.of("source", ministry, "quote", "signed on 4 March 2025")))) {
			signing = asCurator().documentName("recordAgreementActionId")
				.variable("input",
						Map.of("agreementId", fisheries, "kind", "SIGNED", "date", Map.of("value", report.getKey()),
								"citations", List.of(report.getValue())))
				.execute()
				.path("recordAgreementAction.action.id")
				.entity(String.class)
				.get();
		}
		asCurator().documentName("addCitationsFactId")
			.variable("input", Map.of("factId", signing, "citations",
					List.of(Map.of("source", digest, "quote", "In March 2025 the Nordic fisheries accord was signed"))))
			.execute()
			.path("addCitations.fact.id")
			.hasValue();
		rankClaims(signing, "2025-03-04", "PREFERRED", "the ministry signed it");
		String sweden = null;
		for (var report : List.of(
				Map.entry("2019", Map.of("source", agency, "quote", "Sweden joined the bank in 2019")),
				Map.entry("2021", Map.of("source", ministry, "quote", "a member of the bank since 2021")))) {
			sweden = asCurator().documentName("recordMembershipId")
				.variable("input",
						Map.of("member", "SE", "organizationId", GlobalId.encode(NodeType.ORGANIZATION, "org-ndb"),
								"start", Map.of("value", report.getKey()), "citations", List.of(report.getValue())))
				.execute()
				.path("recordMembership.membership.id")
				.entity(String.class)
				.get();
		}
		rankClaims(sweden, "2019", "DEPRECATED", "the bank's own list says 2021");
	}

	/** Ranks the claim of the fact that gives this value. */
	private void rankClaims(String factId, String value, String rank, String reason) {
		String claim = this.graphQl.documentName("claimsOfAFact")
			.variable("id", factId)
			.execute()
			.path("node.claims[?(@.date.value == '%s')].id".formatted(value))
			.entityList(String.class)
			.get()
			.getFirst();
		asCurator().documentName("rankClaim")
			.variable("input", Map.of("claimId", claim, "rank", rank, "reason", reason))
			.execute()
			.path("rankClaim.claim.rank")
			.entity(String.class)
			.isEqualTo(rank);
	}

	private GraphQlTester.Response recordAgreement(String title, List<String> parties, Map<String, Object> source,
			String quote) {
		return asCurator().documentName("createAgreementWithPartyIds")
			.variable("input",
					Map.of("title", title, "kind", "MEMORANDUM", "parties",
							parties.stream().map(code -> Map.of("actor", code)).toList(), "citations",
							List.of(Map.of("source", source, "quote", quote))))
			.execute();
	}

	private void retract(String id, String reason) {
		asCurator().documentName("retract")
			.variable("id", id)
			.variable("reason", reason)
			.execute()
			.path("retract.retraction.reason")
			.entity(String.class)
			.isEqualTo(reason);
	}

	private void identify(String nodeId, String wikidata) {
		asCurator().documentName("addWikidataIdentifier")
			.variable("id", nodeId)
			.variable("value", wikidata)
			.execute()
			.path("addIdentifier.created")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

	private List<Map<String, Object>> importOver(WebTestClient client, String lines) {
		return importOver(client, MediaType.parseMediaType("application/x-ndjson"), lines);
	}

	/**
	 * The import's answer, a line per progress report and the final one last, as a
	 * curator.
	 */
	private List<Map<String, Object>> importOver(WebTestClient client, MediaType type, String body) {
		String answer = client.mutate()
			.defaultHeaders(headers -> headers.setBasicAuth(CURATOR, CURATOR_PASSWORD))
			.build()
			.post()
			.uri("/import")
			.contentType(type)
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<Map<String, Object>> reports = new ArrayList<>();
		answer.lines().forEach(line -> reports.add(JSON.readValue(line, Map.class)));
		return reports;
	}

	private static String size(Neo4jClient neo4j) {
		return neo4j.query("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + '/' + count(r)")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = new String[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
