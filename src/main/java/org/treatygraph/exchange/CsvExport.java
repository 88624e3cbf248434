package org.treatygraph.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * The standing facts as CSV tables, for spreadsheets and statistics packages: one row per
 * agreement, party, step, signature, membership, post, citation or claim, ids beside
 * names so rows join across tables. A disputed date says so ({@code dispute}), and each
 * value sources gave for it is a row of {@code claims}, which its passages name.
 * Countries are named by ISO code. Rows stream as the export's lines do, and the same
 * filter keeps the same facts.
 */
@Component
class CsvExport {

	/** A table: its columns, in order, and the statement whose rows fill them. */
	record Table(List<String> columns, String statement) {
	}

	/**
	 * Each table read in the order of an index on what it sorts by first (an agreement's,
	 * organisation's or person's id, a citation's fact), so that only the rows of one of
	 * these are sorted at a time, as {@link GraphExport#STATEMENTS} explains.
	 */
	static final Map<String, Table> TABLES = Map.of("agreements",
			new Table(List.of("id", "title", "kind", "status", "summary", "parties", "citations"),
					"""
							MATCH (f:Agreement) USING INDEX f:Agreement(id) WHERE f.id IS NOT NULL AND NOT f:Retracted AND ($keep IS NULL OR f.id IN $keep)
							RETURN f.id AS id, f.title AS title, f.kind AS kind, f.status AS status, f.summary AS summary,
							       COLLECT { MATCH (f)<-[:OF_AGREEMENT]-(p:Party)-[:ACTOR]->(x) WHERE NOT p:Retracted
							                 RETURN CASE WHEN x:Country THEN x.code ELSE x.id END AS party ORDER BY party } AS parties,
							       COUNT { MATCH (c:Citation {factKey: f.id}) WHERE NOT c:Retracted } AS citations
							ORDER BY f.id
							"""),
			"parties",
			new Table(List.of("id", "agreementId", "agreementTitle", "actor", "actorName", "role"),
					"""
							MATCH (a:Agreement)<-[:OF_AGREEMENT]-(f:Party)-[:ACTOR]->(x) USING INDEX a:Agreement(id)
							WHERE a.id IS NOT NULL AND NOT f:Retracted AND NOT a:Retracted AND ($keep IS NULL OR f.id IN $keep)
							RETURN f.id AS id, a.id AS agreementId, a.title AS agreementTitle, CASE WHEN x:Country THEN x.code ELSE x.id END AS actor,
							       coalesce(x.name, x.title) AS actorName, f.role AS role
							ORDER BY a.id, f.id
							"""),
			"actions",
			new Table(List.of("id", "agreementId", "kind", "date", "dateNote", "party", "text", "eventId", "dispute"),
					"""
							MATCH (a:Agreement)<-[:OF_AGREEMENT]-(f:AgreementAction) USING INDEX a:Agreement(id)
							WHERE a.id IS NOT NULL AND NOT f:Retracted AND NOT a:Retracted AND ($keep IS NULL OR f.id IN $keep)
							RETURN f.id AS id, a.id AS agreementId, f.kind AS kind, f.date AS date, f.dateNote AS dateNote,
							       [(f)-[:BY_PARTY]->(x) | CASE WHEN x:Country THEN x.code ELSE x.id END][0] AS party, f.text AS text,
							       [(f)-[:AT_EVENT]->(e:Event) | e.id][0] AS eventId, f.dispute AS dispute
							ORDER BY a.id, f.date, f.id
							"""),
			"signatures",
			new Table(
					List.of("id", "agreementId", "signerId", "signerName", "post", "onBehalfOf", "date", "eventId",
							"dispute"),
					"""
							MATCH (a:Agreement)<-[:OF_AGREEMENT]-(f:Signature)-[:SIGNER]->(signer:Person) USING INDEX a:Agreement(id)
							WHERE a.id IS NOT NULL AND NOT f:Retracted AND NOT a:Retracted AND ($keep IS NULL OR f.id IN $keep)
							RETURN f.id AS id, a.id AS agreementId, signer.id AS signerId, signer.name AS signerName,
							       f.post AS post, [(f)-[:ON_BEHALF_OF]->(x) | CASE WHEN x:Country THEN x.code ELSE x.id END][0] AS onBehalfOf, f.date AS date,
							       [(f)-[:AT_EVENT]->(e:Event) | e.id][0] AS eventId, f.dispute AS dispute
							ORDER BY a.id, f.id
							"""),
			"memberships",
			new Table(
					List.of("id", "member", "memberName", "organizationId", "organizationName", "kind", "start", "end",
							"dispute"),
					"""
							MATCH (x)<-[:MEMBER]-(f:Membership)-[:OF_ORGANIZATION]->(o:Organization) USING INDEX o:Organization(id)
							WHERE o.id IS NOT NULL AND NOT f:Retracted AND ($keep IS NULL OR f.id IN $keep)
							RETURN f.id AS id, CASE WHEN x:Country THEN x.code ELSE x.id END AS member, coalesce(x.name, x.title) AS memberName, o.id AS organizationId,
							       o.name AS organizationName, f.kind AS kind, f.start AS start, f.end AS end, f.dispute AS dispute
							ORDER BY o.id, f.id
							"""),
			"tenures",
			new Table(List.of("id", "personId", "personName", "post", "within", "withinName", "start", "end"),
					"""
							MATCH (p:Person)<-[:HOLDER]-(f:Tenure)-[:WITHIN]->(x) USING INDEX p:Person(id)
							WHERE p.id IS NOT NULL AND NOT f:Retracted AND ($keep IS NULL OR f.id IN $keep)
							RETURN f.id AS id, p.id AS personId, p.name AS personName, f.post AS post, CASE WHEN x:Country THEN x.code ELSE x.id END AS within,
							       coalesce(x.name, x.title) AS withinName, f.start AS start, f.end AS end
							ORDER BY p.id, f.start, f.id
							"""),
			"citations",
			new Table(List.of("factId", "factType", "sourceId", "sourceTitle", "publisher", "url", "quote", "claimId"),
					"""
							MATCH (c:Citation)-[:SUPPORTS]->(f) USING INDEX c:Citation(factKey)
							WHERE c.factKey IS NOT NULL AND NOT c:Retracted AND NOT f:Retracted
							  AND ($keep IS NULL OR f.id IN $keep)
							MATCH (c)-[:FROM_SOURCE]->(s:Source) WHERE NOT s:Retracted
							RETURN f.id AS factId, labels(f)[0] AS factType, s.id AS sourceId, s.title AS sourceTitle,
							       s.publisher AS publisher, s.url AS url, c.quote AS quote,
							       head(COLLECT { MATCH (k:Claim)-[:STATED_IN]->(c) RETURN k.id }) AS claimId
							ORDER BY c.factKey, c.createdAt, c.id
							"""),
			"claims", new Table(List
				.of("id", "factId", "factType", "field", "value", "valueNote", "rank", "rankReason", "citations"), """
						MATCH (k:Claim)-[:CLAIM_OF]->(f) WHERE NOT f:Retracted AND ($keep IS NULL OR f.id IN $keep)
						RETURN k.id AS id, f.id AS factId, labels(f)[0] AS factType, k.field AS field, k.value AS value,
						       k.valueNote AS valueNote, k.rank AS rank, k.rankReason AS rankReason,
						       COUNT { MATCH (k)-[:STATED_IN]->(c:Citation) WHERE NOT c:Retracted } AS citations
						ORDER BY f.id, k.ordinal
						"""));

	private final ReadSessions sessions;

	CsvExport(ReadSessions sessions) {
		this.sessions = sessions;
	}

	static Optional<Table> table(String name) {
		return Optional.ofNullable(TABLES.get(name));
	}

	/**
	 * Writes the header and a row per fact the table holds, of those {@code kept} names
	 * (all when null).
	 * @return how many rows were written
	 */
	long write(Table table, OutputStream out, @Nullable Set<String> kept) {
		long rows = 0;
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("keep", (kept != null) ? List.copyOf(kept) : null);
		try (Session session = this.sessions.open()) {
			out.write(row(table.columns().stream().map(Object.class::cast).toList()));
			Result result = this.sessions.run(session, table.statement(), parameters);
			while (result.hasNext()) {
				Record record = result.next();
				out.write(row(table.columns().stream().map(column -> cell(record.get(column))).toList()));
				rows++;
			}
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	private static @Nullable Object cell(Value value) {
		if (value.isNull()) {
			return null;
		}
		if (value.hasType(org.neo4j.driver.types.TypeSystem.getDefault().LIST())) {
			return String.join(";", value.asList(Value::asString));
		}
		return value.asObject();
	}

	/**
	 * RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled. A
	 * cell a spreadsheet would read as a formula (a quote from an article may begin with
	 * "=") starts with an apostrophe, as OWASP advises against CSV injection.
	 */
	static byte[] row(List<@Nullable Object> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			Object cell = cells.get(i);
			String text = (cell != null) ? cell.toString() : "";
			if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
				text = "'" + text;
			}
			if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
					|| text.indexOf('\r') >= 0) {
				line.append('"').append(text.replace("\"", "\"\"")).append('"');
			}
			else {
				line.append(text);
			}
		}
		return line.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
	}

}
