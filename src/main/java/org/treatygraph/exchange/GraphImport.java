package org.treatygraph.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads Treatygraph lines and sends each through the curation mutation it names, as the
 * caller: the same checks, citations, history and live updates as a curator's request; a
 * refused line leaves nothing behind. Ids in a line are the file's own; a line may refer
 * to any line before it, and its references are turned into the ids the graph gave.
 */
@Component
public class GraphImport {

	/** Longest line read, as the GraphQL endpoint bounds a request. */
	static final int MAX_LINE = 1_000_000;

	/** Fields whose value may name another line: ids, and actors given by id. */
	private static final Set<String> ACTOR_FIELDS = Set.of("actor", "member", "within", "attendee", "onBehalfOf",
			"party", "country");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Lines imported in one transaction while none of them is refused. */
	static final int BATCH = 200;

	private final ExecutionGraphQlService graphQl;

	private final TransactionTemplate transaction;

	/**
	 * Every party of an agreement, retracted ones too, which the agreement's
	 * {@code parties} field leaves out: a file imported again finds its agreements and
	 * must still know the party a later line retracts. One statement, where asking the
	 * payload for the parties and their actors took three.
	 */
	private static final String ALL_PARTIES = """
			MATCH (:Agreement {id: $key})<-[:OF_AGREEMENT]-(p:Party)-[:ACTOR]->(x)
			RETURN p.id AS key, x.code AS code, x.alpha3 AS alpha3, x.id AS actorKey,
			       CASE WHEN x:Country THEN 'Country' ELSE 'Organization' END AS actorLabel
			""";

	/** A citation by its fact, source and passage, which identify it. */
	private static final String CITATION = """
			MATCH (c:Citation {factKey: $factKey})-[:FROM_SOURCE]->(:Source {id: $sourceKey})
			WHERE c.quote = $quote
			RETURN c.id ORDER BY c.createdAt LIMIT 1
			""";

	/**
	 * A claim by its fact, field and value, which identify it: a file names claims by ids
	 * of its own, and the import makes them anew as the fact's lines dispute it again.
	 */
	private static final String CLAIM = """
			MATCH (c:Claim {factKey: $factKey}) WHERE c.field = $field AND c.value = $value
			RETURN c.id ORDER BY c.ordinal LIMIT 1
			""";

	private final Neo4jClient neo4j;

	GraphImport(ExecutionGraphQlService graphQl, PlatformTransactionManager transactions, Neo4jClient neo4j) {
		this.graphQl = graphQl;
		this.transaction = new TransactionTemplate(transactions);
		this.neo4j = neo4j;
	}

	/**
	 * Imports every line, reporting progress every {@code every} lines.
	 */
	public ImportReport run(BufferedReader lines, int every, Consumer<ImportReport> progress) {
		Map<String, String> ids = new HashMap<>();
		EndLines ends = new EndLines();
		ImportReport report = ImportReport.start();
		try {
			List<Numbered> batch = new ArrayList<>();
			Line line;
			int number = 0;
			while ((line = Line.read(lines)) != null) {
				number++;
				batch.add(new Numbered(number, line));
				if (batch.size() == BATCH) {
					report = importBatch(batch, ids, ends, report);
					batch.clear();
				}
				if (number % every == 0) {
					progress.accept(report);
				}
			}
			report = importBatch(batch, ids, ends, report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return report.finished();
	}

	/**
	 * Imports lines together in one transaction, which the mutations join (they run on
	 * this thread), saving a commit per line; if one of them is refused, the batch is
	 * rolled back and its lines are imported again one by one, each in its own
	 * transaction, so exactly the refused ones are left out. A line whose fact is
	 * recorded already wrote nothing and leaves the transaction good, so the batch goes
	 * on: a second import of a file runs at the first one's pace.
	 */
	private ImportReport importBatch(List<Numbered> batch, Map<String, String> ids, EndLines ends,
			ImportReport report) {
		Map<String, String> before = new HashMap<>(ids);
		int endBefore = ends.previous;
		List<ImportReport.Outcome> outcomes = new ArrayList<>();
		try {
			this.transaction.executeWithoutResult((status) -> {
				for (Numbered line : batch) {
					ImportReport.Outcome outcome = importLine(line, ids, ends);
					if (outcome.rejected() != null || outcome.skipped() && status.isRollbackOnly()) {
						throw new LineRefused();
					}
					outcomes.add(outcome);
				}
			});
		}
		catch (LineRefused | TransactionException ex) {
			ids.clear();
			ids.putAll(before);
			ends.previous = endBefore;
			outcomes.clear();
			batch.forEach((line) -> outcomes.add(importLine(line, ids, ends)));
		}
		ImportReport imported = report;
		for (ImportReport.Outcome outcome : outcomes) {
			imported = imported.with(outcome);
		}
		return imported;
	}

	private ImportReport.Outcome importLine(Numbered numbered, Map<String, String> ids, EndLines ends) {
		return numbered.line().text().isBlank() ? ImportReport.Outcome.blank(numbered.number())
				: importLine(numbered.number(), numbered.line(), ids, ends);
	}

	private record Numbered(int number, Line line) {
	}

	/** Where the last end line was, from which the next one counts. */
	private static final class EndLines {

		private int previous;

		ImportReport.Outcome check(JsonNode parsed, int number) {
			String mismatch = EndLine.mismatch(parsed, number, this.previous);
			this.previous = number;
			return (mismatch == null) ? ImportReport.Outcome.ended(number)
					: ImportReport.Outcome.rejected(number, List.of(mismatch));
		}

	}

	/** Ends a batch's transaction when one of its lines is refused. */
	private static final class LineRefused extends RuntimeException {

		LineRefused() {
			super(null, null, false, false);
		}

	}

	private ImportReport.Outcome importLine(int number, Line line, Map<String, String> ids, EndLines ends) {
		if (line.length() > MAX_LINE) {
			return ImportReport.Outcome.rejected(number,
					List.of("the line is %,d characters long; at most %,d".formatted(line.length(), MAX_LINE)));
		}
		JsonNode parsed;
		try {
			parsed = JSON.readTree(line.text());
		}
		catch (JacksonException ex) {
			return ImportReport.Outcome.rejected(number, List.of("not JSON: " + ex.getOriginalMessage()));
		}
		if (!parsed.isObject()) {
			return ImportReport.Outcome.rejected(number, List
				.of("a line is one JSON object, {\"record\": …, \"input\": {…}}; this one is " + whatJson(parsed)));
		}
		if (parsed.has("id") && !parsed.get("id").isString()) {
			return ImportReport.Outcome.rejected(number,
					List.of("id: the line's own id is a string, which later lines name it by; this one is "
							+ whatJson(parsed.get("id"))));
		}
		if (parsed.hasNonNull("refused")) {
			// a row of a table that could not become a line says why
			return ImportReport.Outcome.rejected(number, List.of(parsed.get("refused").asString()));
		}
		String record = parsed.path("record").asString("");
		if (record.equals(EndLine.RECORD)) {
			return ends.check(parsed, number);
		}
		RecordKind kind = RecordKind.named(record);
		if (kind == null) {
			return ImportReport.Outcome.rejected(number, List.of("record: '%s' is not one of %s, or %s"
				.formatted(record, String.join(", ", RecordKind.names()), EndLine.RECORD)));
		}
		if (!parsed.path("input").isObject()) {
			return ImportReport.Outcome.rejected(number, List.of("input: must be the mutation's input, an object"));
		}
		ObjectNode input = (ObjectNode) parsed.get("input").deepCopy();
		resolve(input, ids);
		List<NamedCitation> named = NamedCitation.takeFrom(input);
		if (kind == RecordKind.RETRACT && input.path("id").isString()) {
			// the one input whose plain "id" names another line
			input.put("id", mapped(input.get("id").asString(), ids));
		}
		if (kind == RecordKind.RANK_CLAIM && parsed.path("claim").isObject()) {
			locateClaim(parsed.get("claim"), input, ids);
		}
		Executed executed = execute(kind, input);
		String localId = parsed.path("id").asString(null);
		if (executed.alreadyRecorded()) {
			// later lines may name what this one meant to record: a retraction, a
			// citation
			if (localId != null && executed.recordedId() != null) {
				ids.put(localId, executed.recordedId());
			}
			mapCitations(named, executed.recordedId(), parsed, ids);
			return ImportReport.Outcome.skipped(number);
		}
		if (!executed.errors().isEmpty()) {
			return ImportReport.Outcome.rejected(number, executed.errors());
		}
		JsonNode data = executed.data();
		JsonNode made = data.path(kind.mutation()).path(kind.payload());
		if (localId != null && made.hasNonNull("id")) {
			ids.put(localId, made.get("id").asString());
		}
		boolean created = kind.recordsAFact() && data.path(kind.mutation()).path("created").asBoolean(true);
		if (kind == RecordKind.CREATE_AGREEMENT) {
			mapParties(parsed, input, allParties(made.path("id").asString()), ids);
		}
		mapCitations(named, made.path("id").asString(null), parsed, ids);
		return created ? ImportReport.Outcome.created(number) : ImportReport.Outcome.found(number);
	}

	private static String whatJson(JsonNode node) {
		return switch (node.getNodeType()) {
			case ARRAY -> "an array";
			case OBJECT -> "an object";
			case STRING -> "a string";
			case NUMBER -> "a number";
			case BOOLEAN -> "true or false";
			case NULL, MISSING -> "null";
			default -> "not JSON text";
		};
	}

	/**
	 * Runs one mutation with this input, as the caller, in the caller's transaction if
	 * one is open.
	 */
	public Executed execute(RecordKind kind, JsonNode input) {
		ExecutionGraphQlResponse response = this.graphQl
			.execute(new DefaultExecutionGraphQlRequest(kind.document(), null,
					Map.of("input", JSON.convertValue(input, Map.class)), null, UUID.randomUUID().toString(), null))
			.block();
		if (response == null) {
			return new Executed(JSON.createObjectNode(), List.of("no answer"), false, null);
		}
		List<ResponseError> errors = response.getErrors();
		boolean already = !errors.isEmpty()
				&& errors.stream().allMatch(error -> "ALREADY_RECORDED".equals(error.getExtensions().get("reason")));
		String recorded = already && errors.getFirst().getExtensions().get("recordedId") instanceof String id ? id
				: null;
		return new Executed(JSON.valueToTree(response.getData() == null ? Map.of() : response.getData()),
				errors.stream().map(ResponseError::getMessage).toList(), already, recorded);
	}

	/**
	 * What a mutation answered: its data, or its errors, or that the fact was recorded
	 * already, and where.
	 */
	public record Executed(JsonNode data, List<String> errors, boolean alreadyRecorded, @Nullable String recordedId) {

		/** The id of what the mutation made or found, or null. */
		public @Nullable String madeId(RecordKind kind) {
			JsonNode made = this.data.path(kind.mutation()).path(kind.payload()).path("id");
			return made.isString() ? made.asString() : null;
		}

	}

	private JsonNode allParties(String agreementId) {
		String key = GlobalId.require(agreementId, NodeType.AGREEMENT, "id");
		// shaped as the agreement's parties read through the API, with global ids
		return JSON.valueToTree(this.neo4j.query(ALL_PARTIES)
			.bind(key)
			.to("key")
			.fetchAs(Map.class)
			.mappedBy((types, row) -> Map.of("id", GlobalId.encode(NodeType.PARTY, row.get("key").asString()), "actor",
					Map.of("code", row.get("code").asString(""), "alpha3", row.get("alpha3").asString(""), "id",
							GlobalId.encode(NodeType.fromLabel(row.get("actorLabel").asString()).orElseThrow(),
									row.get("actorKey").asString()))))
			.all());
	}

	/**
	 * The parties of a new agreement, which the file names in {@code parties} beside the
	 * input's actors, take the ids the graph gave them, so later lines can cite them.
	 */
	private static void mapParties(JsonNode line, ObjectNode input, JsonNode parties, Map<String, String> ids) {
		JsonNode localParties = line.path("parties");
		JsonNode sent = input.path("parties");
		for (int i = 0; i < localParties.size() && i < sent.size(); i++) {
			String actor = sent.get(i).path("actor").asString("");
			for (JsonNode party : parties) {
				JsonNode made = party.path("actor");
				if (actor.equalsIgnoreCase(made.path("code").asString("")) || actor.equals(made.path("id").asString(""))
						|| actor.equalsIgnoreCase(made.path("alpha3").asString(""))) {
					ids.put(localParties.get(i).asString(), party.get("id").asString());
				}
			}
		}
	}

	/**
	 * Gives the citations the line named the ids the graph gave them: those of the fact
	 * the line recorded, and those of its parties, which the file's ids of the parties
	 * now name.
	 */
	private void mapCitations(List<NamedCitation> named, @Nullable String factId, JsonNode line,
			Map<String, String> ids) {
		for (NamedCitation citation : named) {
			mapCitation(citation, (citation.party() == null) ? factId
					: ids.get(line.path("parties").path(citation.party()).asString("")), ids);
		}
	}

	/**
	 * Gives a citation the file named (one a later line retracts) the id the graph gave
	 * it, found by its fact, source and passage.
	 */
	private void mapCitation(NamedCitation citation, @Nullable String factId, Map<String, String> ids) {
		Optional<GlobalId> fact = Optional.ofNullable(factId).flatMap(GlobalId::decode);
		Optional<GlobalId> source = GlobalId.decode(citation.sourceId());
		if (fact.isEmpty() || source.isEmpty()) {
			return;
		}
		this.neo4j.query(CITATION)
			.bindAll(Map.of("factKey", fact.get().key(), "sourceKey", source.get().key(), "quote", citation.quote()))
			.fetchAs(String.class)
			.one()
			.ifPresent((key) -> ids.put(citation.id(), GlobalId.encode(NodeType.CITATION, key)));
	}

	/**
	 * Gives a ranked claim the id the graph gave it, found by the fact the file names,
	 * the field and the value the line's {@code claim} gives; left as the file has it
	 * when not found, which the mutation then refuses.
	 */
	private void locateClaim(JsonNode claim, ObjectNode input, Map<String, String> ids) {
		Optional<GlobalId> fact = GlobalId.decode(mapped(claim.path("factId").asString(""), ids));
		if (fact.isEmpty()) {
			return;
		}
		this.neo4j.query(CLAIM)
			.bindAll(Map.of("factKey", fact.get().key(), "field", claim.path("field").asString(""), "value",
					claim.path("value").asString("")))
			.fetchAs(String.class)
			.one()
			.ifPresent((key) -> input.put("claimId", GlobalId.encode(NodeType.CLAIM, key)));
	}

	/**
	 * A citation that carries the file's id for it, taken out of the input (the mutation
	 * takes none): in the fact's own citations, or in those of one of an agreement's
	 * parties.
	 */
	private record NamedCitation(String id, @Nullable Integer party, String sourceId, String quote) {

		static List<NamedCitation> takeFrom(ObjectNode input) {
			List<NamedCitation> named = new ArrayList<>();
			take(input.path("citations"), null, named);
			JsonNode parties = input.path("parties");
			for (int i = 0; i < parties.size(); i++) {
				take(parties.get(i).path("citations"), i, named);
			}
			return named;
		}

		private static void take(JsonNode citations, @Nullable Integer party, List<NamedCitation> named) {
			for (JsonNode citation : citations) {
				if (citation instanceof ObjectNode object && object.path("id").isString()) {
					named.add(new NamedCitation(object.remove("id").asString(), party,
							object.path("sourceId").asString(""), object.path("quote").asString("")));
				}
			}
		}

	}

	/**
	 * Replaces the file's ids with the graph's, in id fields ({@code …Id}, {@code …Ids})
	 * and in actor fields, which hold an ISO code or an id.
	 */
	private static void resolve(JsonNode node, Map<String, String> ids) {
		if (node instanceof ObjectNode object) {
			for (String field : new ArrayList<>(object.propertyNames())) {
				JsonNode value = object.get(field);
				boolean reference = field.endsWith("Id") || field.endsWith("Ids") || ACTOR_FIELDS.contains(field);
				if (reference && value.isString()) {
					object.put(field, mapped(value.asString(), ids));
				}
				else if (reference && value.isArray()) {
					var array = object.putArray(field);
					value.forEach(item -> array.add(item.isString() ? mapped(item.asString(), ids) : item.asString()));
				}
				else {
					resolve(value, ids);
				}
			}
		}
		else if (node != null && node.isArray()) {
			node.forEach(item -> resolve(item, ids));
		}
	}

	private static String mapped(String reference, Map<String, String> ids) {
		return ids.getOrDefault(reference, reference);
	}

	/**
	 * One line of the input, of which at most {@link #MAX_LINE} characters are kept: a
	 * line too long to be one is counted, not held in memory.
	 */
	record Line(String text, long length) {

		static @Nullable Line read(BufferedReader in) throws IOException {
			StringBuilder text = new StringBuilder();
			long length = 0;
			int c;
			while ((c = in.read()) != -1 && c != '\n') {
				if (c != '\r') {
					length++;
					if (length <= MAX_LINE) {
						text.append((char) c);
					}
				}
			}
			return (c == -1 && length == 0) ? null : new Line(text.toString(), length);
		}

	}

	/** The mutations a line may name, with the selection that reads what they made. */
	public enum RecordKind {

		ADD_SOURCE("addSource", "source", "created source { id }"),
		CREATE_PERSON("createPerson", "person", "created person { id }"),
		CREATE_ORGANIZATION("createOrganization", "organization", "created organization { id }"),
		CREATE_PLACE("createPlace", "place", "created place { id }"),
		CREATE_EVENT("createEvent", "event", "created event { id }"),
		CREATE_AGREEMENT("createAgreement", "agreement", "created agreement { id }"),
		ADD_CITATIONS("addCitations", "fact", "fact { id }"), LINK_AGREEMENTS("linkAgreements", "link", "link { id }"),
		RECORD_AGREEMENT_ACTION("recordAgreementAction", "action", "created action { id }"),
		RECORD_SIGNATURE("recordSignature", "signature", "created signature { id }"),
		RECORD_MEMBERSHIP("recordMembership", "membership", "created membership { id }"),
		RECORD_TENURE("recordTenure", "tenure", "tenure { id }"),
		RECORD_ATTENDANCE("recordAttendance", "attendance", "attendance { id }"),
		ADD_IDENTIFIER("addIdentifier", "node", "created node { id }"),
		RANK_CLAIM("rankClaim", "claim", "claim { id }"), RETRACT("retract", "node", "node { id }");

		private final String mutation;

		private final String payload;

		private final String document;

		RecordKind(String mutation, String payload, String selection) {
			this.mutation = mutation;
			this.payload = payload;
			this.document = "mutation($input: %sInput!) { %s(input: $input) { %s } }"
				.formatted(Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1), mutation, selection);
		}

		public String mutation() {
			return this.mutation;
		}

		String payload() {
			return this.payload;
		}

		/**
		 * False for the lines that only add passages to a fact or rank its claims, which
		 * count as found.
		 */
		boolean recordsAFact() {
			return this != ADD_CITATIONS && this != RANK_CLAIM;
		}

		String document() {
			return this.document;
		}

		public static @Nullable RecordKind named(String mutation) {
			for (RecordKind kind : values()) {
				if (kind.mutation.equals(mutation)) {
					return kind;
				}
			}
			return null;
		}

		static List<String> names() {
			return java.util.Arrays.stream(values()).map(RecordKind::mutation).toList();
		}

	}

}
