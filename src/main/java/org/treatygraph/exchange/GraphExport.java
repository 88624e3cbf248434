package org.treatygraph.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes the graph's standing facts as Treatygraph lines: one curation mutation's input
 * per line, in an order where every line refers only to lines before it (sources, then
 * entities, then the facts between them). Rows stream from the database to the output one
 * at a time, so memory stays flat whatever the graph's size.
 */
@Component
public class GraphExport {

	/**
	 * The citations of the fact bound to {@code fact}: standing passages of standing
	 * sources, and in the whole graph's export also the retracted ones: those retracted
	 * with their source (the source's line retracts them again), so a retracted fact
	 * whose source went after it keeps its citations, and those retracted on their own,
	 * which carry their id for the line at the end that retracts them again.
	 */
	private static String citations(String fact) {
		return citationsStating(fact, "true");
	}

	/**
	 * Those of a disputed fact's citations that give the value of the claim bound to
	 * {@code claim}, or all of them when it is null (the fact is not disputed).
	 */
	private static String claimCitations(String fact, String claim) {
		return citationsStating(fact, "(" + claim + " IS NULL OR EXISTS { (" + claim + ")-[:STATED_IN]->(c) })");
	}

	/**
	 * A disputed fact's citations that give no claim's value, such as a month that holds
	 * both claimed days.
	 */
	private static String unclaimedCitations(String fact) {
		return citationsStating(fact, "NOT EXISTS { (:Claim)-[:STATED_IN]->(c) }");
	}

	/**
	 * {@link #citations(String)} that the condition {@code stating} on {@code c} keeps.
	 */
	private static String citationsStating(String fact, String stating) {
		return "COLLECT { MATCH (c:Citation {factKey: " + fact + ".id})-[:SUPPORTS]->(" + fact + ")\n"
				+ "          MATCH (c)-[:FROM_SOURCE]->(s:Source)\n"
				+ "          WHERE (NOT c:Retracted AND NOT s:Retracted OR $keep IS NULL) AND " + stating + "\n"
				+ "          RETURN {sourceId: s.id, quote: c.quote,\n"
				+ "                  id: CASE WHEN c:Retracted AND NOT (s:Retracted AND c.retractedAt = s.retractedAt) THEN c.id END}\n"
				+ "          ORDER BY c.createdAt, c.id }";
	}

	/** The date {@code name} of {@code node} as {@code FuzzyDateInput} takes it. */
	private static String date(String node, String name) {
		String date = node + "." + name;
		return "CASE WHEN " + date + " IS NULL AND " + date + "Note IS NULL THEN null ELSE {value: " + date
				+ ", approximate: " + date + "Approximate, note: " + date + "Note} END";
	}

	/** A country by its ISO code, anything else by the id its own line gives it. */
	private static final String REFERENCE = "CASE WHEN x:Country THEN x.code ELSE x.id END";

	/**
	 * Each kind of line, in the order an import needs them: events after the agreements
	 * they may concern, before the steps and signatures that may name them. A disputed
	 * step, signature or membership has a line per claim ({@code claim} bound to each in
	 * the order they were made, null for a fact sources agree on), each with the claim's
	 * value and the passages that give it, so an import disputes the fact again as its
	 * sources did; then the passages that give no claim, and the ranks. The whole graph's
	 * export holds retracted facts and sources too, each followed at the end by a line
	 * that retracts it again with its reason, in the order they were retracted; a
	 * filtered export holds standing facts only.
	 * <p>
	 * The facts of a label are read in the order of the index on their ids (the hint and
	 * {@code IS NOT NULL} ask for it), so no statement sorts them: Neo4j's runtime keeps
	 * every row a sort took in until the statement ends, and writes each line into its
	 * row, so an export of scale M held 218 MB of lines it had already sent. Steps keep
	 * the order they were recorded in, which no index holds: they are listed first as
	 * nodes and their lines made from that list. Organisations and places, sorted so a
	 * parent comes before its units, and the few claims, identifiers and retractions are
	 * sorted as they are ({@code ExportStreamingTests}).
	 */
	static final List<String> STATEMENTS = List.of(
			"""
					MATCH (s:Source) USING INDEX s:Source(id) WHERE s.id IS NOT NULL AND ($keep IS NULL OR NOT s:Retracted AND s.id IN $keep)
					RETURN {record: 'addSource', id: s.id, input: {source: {title: s.title, url: s.url, publisher: s.publisher,
					        author: s.author, published:
					"""
					+ date("s", "published") + """
							, language: s.language, category: s.category,
							        text: s.text}}} AS line
							ORDER BY s.id
							""",
			"""
					MATCH (f:Person) USING INDEX f:Person(id) WHERE f.id IS NOT NULL AND NOT f:Retracted AND ($keep IS NULL OR f.id IN $keep)
					RETURN {record: 'createPerson', id: f.id,
					        input: {name: f.name, aliases: f.aliases, disambiguation: f.disambiguation}} AS line
					ORDER BY f.id
					""",
			"""
					MATCH (f:Organization) WHERE NOT f:Retracted AND ($keep IS NULL OR f.id IN $keep)
					RETURN {record: 'createOrganization', id: f.id,
					        input: {name: f.name, acronym: f.acronym, aliases: f.aliases, kind: f.kind,
					                 country: [(f)-[:BASED_IN]->(c:Country) | c.code][0],
					                 partOfId: [(f)-[:PART_OF]->(o:Organization) | o.id][0]}} AS line
					ORDER BY size([(f)-[:PART_OF*1..6]->(o) | o]), f.id
					""",
			"""
					MATCH (f:Place) WHERE NOT f:Retracted AND ($keep IS NULL OR f.id IN $keep)
					WITH f, [(f)-[:LOCATED_IN]->(p:Place) | p.id][0] AS locatedInId
					RETURN {record: 'createPlace', id: f.id,
					        input: {name: f.name, kind: f.kind, aliases: f.aliases, locatedInId: locatedInId,
					                country: CASE WHEN locatedInId IS NULL THEN [(f)-[:LOCATED_IN]->(c:Country) | c.code][0] END}} AS line
					ORDER BY size([(f)-[:LOCATED_IN*1..6]->(p:Place) | p]), f.id
					""",
			"""
					MATCH (f:Agreement) USING INDEX f:Agreement(id) WHERE f.id IS NOT NULL AND ($keep IS NULL OR NOT f:Retracted AND f.id IN $keep)
					WITH f, COLLECT { MATCH (f)<-[:OF_AGREEMENT]-(p:Party)-[:ACTOR]->(x) WHERE $keep IS NULL OR NOT p:Retracted
					                  RETURN {id: p.id, actor:
					"""
					+ REFERENCE + """
							, role: p.role,
							                          citations:
							""" + citations("p")
					+ """
							}
							                  ORDER BY p.id } AS parties
							RETURN {record: 'createAgreement', id: f.id, parties: [p IN parties | p.id],
							        input: {title: f.title, kind: f.kind, summary: f.summary,
							                parties: [p IN parties | {actor: p.actor, role: p.role,
							                           citations: CASE WHEN size(p.citations) = 0 THEN null ELSE p.citations END}],
							                citations:
							"""
					+ citations("f") + """
							}} AS line
							ORDER BY f.id
							""",
			"""
					MATCH (f:Event) USING INDEX f:Event(id) WHERE f.id IS NOT NULL AND ($keep IS NULL OR NOT f:Retracted AND f.id IN $keep)
					RETURN {record: 'createEvent', id: f.id,
					        input: {name: f.name, kind: f.kind, edition: f.edition, summary: f.summary, date:
					"""
					+ date("f", "date")
					+ """
							,
							                venueId: [(f)-[:HELD_AT]->(p:Place) | p.id][0],
							                organizerIds: [(f)-[:ORGANIZED_BY]->(o:Organization) | o.id],
							                concernsIds: [(f)-[:CONCERNS]->(a:Agreement) WHERE $keep IS NULL OR NOT a:Retracted AND a.id IN $keep | a.id]
							                  + [(f)-[:CONCERNS_ORGANIZATION]->(o:Organization) WHERE $keep IS NULL OR o.id IN $keep | o.id],
							                agreementsReported: f.agreementsReported, citations:
							"""
					+ citations("f") + """
							}} AS line
							ORDER BY f.id
							""",
			"""
					MATCH (a:Agreement)<-[:OF_AGREEMENT]-(f:AgreementLink)-[:REFERS_TO]->(t:Agreement) USING INDEX f:AgreementLink(id)
					WHERE f.id IS NOT NULL AND ($keep IS NULL OR NOT a:Retracted AND NOT t:Retracted AND NOT f:Retracted AND f.id IN $keep)
					RETURN {record: 'linkAgreements', id: f.id,
					        input: {agreementId: a.id, relation: f.relation, targetId: t.id, citations:
					"""
					+ citations("f") + """
							}} AS line
							ORDER BY f.id
							""",
			"""
					UNWIND COLLECT {
					  MATCH (a:Agreement)<-[:OF_AGREEMENT]-(f:AgreementAction)
					  WHERE $keep IS NULL OR NOT a:Retracted AND NOT f:Retracted AND f.id IN $keep
					  RETURN f ORDER BY f.createdAt, f.id
					} AS f
					MATCH (a:Agreement)<-[:OF_AGREEMENT]-(f)
					WITH a, f, COLLECT { MATCH (claim:Claim {factKey: f.id})-[:CLAIM_OF]->(f) WHERE claim.field = 'date'
					                     RETURN claim ORDER BY claim.ordinal } AS claims
					UNWIND CASE WHEN size(claims) = 0 THEN [null] ELSE claims END AS claim
					RETURN {record: 'recordAgreementAction', id: f.id,
					        input: {agreementId: a.id, kind: f.kind, date: CASE WHEN claim IS NULL THEN
					""" + date("f", "date") + """

					ELSE
					""" + date("claim", "value") + """

					END,
					                text: f.text, eventId: [(f)-[:AT_EVENT]->(e:Event) | e.id][0],
					                party: [(f)-[:BY_PARTY]->(x) |
					""" + REFERENCE + """
					][0], citations:
					""" + claimCitations("f", "claim") + """
					}} AS line
					""",
			"""
					MATCH (a:Agreement)<-[:OF_AGREEMENT]-(f:Signature)-[:SIGNER]->(signer:Person) USING INDEX f:Signature(id)
					WHERE f.id IS NOT NULL AND ($keep IS NULL OR NOT a:Retracted AND NOT f:Retracted AND f.id IN $keep)
					OPTIONAL MATCH (claim:Claim {factKey: f.id})-[:CLAIM_OF]->(f) WHERE claim.field = 'date'
					RETURN {record: 'recordSignature', id: f.id,
					        input: {agreementId: a.id, signerId: signer.id, post: f.post,
					                date: CASE WHEN claim IS NULL THEN
					"""
					+ date("f", "date") + """

							ELSE
							""" + date("claim", "value") + """

							END,
							                onBehalfOf: [(f)-[:ON_BEHALF_OF]->(x) |
							""" + REFERENCE + """
							][0],
							                eventId: [(f)-[:AT_EVENT]->(e:Event) | e.id][0], citations:
							""" + claimCitations("f", "claim") + """
							}} AS line
							ORDER BY f.id, claim.ordinal
							""",
			"""
					MATCH (x)<-[:MEMBER]-(f:Membership)-[:OF_ORGANIZATION]->(o:Organization) USING INDEX f:Membership(id)
					WHERE f.id IS NOT NULL AND ($keep IS NULL OR NOT f:Retracted AND f.id IN $keep)
					OPTIONAL MATCH (claim:Claim {factKey: f.id})-[:CLAIM_OF]->(f) WHERE claim.field = 'start'
					RETURN {record: 'recordMembership', id: f.id,
					        input: {member:
					"""
					+ REFERENCE + """
							, organizationId: o.id, kind: f.kind,
							                start: CASE WHEN claim IS NULL THEN
							""" + date("f", "start") + """

							ELSE
							""" + date("claim", "value") + """

							END,
							                end:
							""" + date("f", "end") + """
							, citations:
							""" + claimCitations("f", "claim") + """
							}} AS line
							ORDER BY f.id, claim.ordinal
							""",
			"""
					MATCH (p:Person)<-[:HOLDER]-(f:Tenure)-[:WITHIN]->(x) USING INDEX f:Tenure(id)
					WHERE f.id IS NOT NULL AND ($keep IS NULL OR NOT f:Retracted AND f.id IN $keep)
					RETURN {record: 'recordTenure', id: f.id,
					        input: {personId: p.id, post: f.post, within:
					""" + REFERENCE + """
					, start:
					""" + date("f", "start") + """
					, end:
					""" + date("f", "end") + """
					,
					                citations:
					""" + citations("f") + """
					}} AS line
					ORDER BY f.id
					""", """
					MATCH (x)<-[:ATTENDEE]-(f:Attendance)-[:AT_EVENT]->(e:Event) USING INDEX f:Attendance(id)
					WHERE f.id IS NOT NULL AND ($keep IS NULL OR NOT f:Retracted AND f.id IN $keep)
					RETURN {record: 'recordAttendance', id: f.id,
					        input: {eventId: e.id, attendee:
					""" + REFERENCE + """
					, role: f.role, citations:
					""" + citations("f") + """
					}} AS line
					ORDER BY f.id
					""",
			"""
					MATCH (f:Identified) WHERE NOT f:Retracted AND ($keep IS NULL OR f.id IN $keep)
					UNWIND [['WIKIDATA', f.wikidata], ['UN_TREATY_SERIES', f.untsRegistration],
					        ['OFFICIAL_CODE', f.officialCode]] AS held
					WITH f, held WHERE held[1] IS NOT NULL
					RETURN {record: 'addIdentifier', id: f.id + '#' + held[0], country: CASE WHEN f:Country THEN f.id END,
					        input: {nodeId: f.id, scheme: held[0], value: held[1]}} AS line
					ORDER BY f.id, held[0]
					""",
			"""
					MATCH (claim:Claim)-[:CLAIM_OF]->(f) WHERE $keep IS NULL OR NOT f:Retracted AND f.id IN $keep
					WITH DISTINCT f
					WITH f,
					""" + unclaimedCitations("f") + """

					AS citations WHERE size(citations) > 0
					RETURN {record: 'addCitations', input: {factId: f.id, citations: citations}} AS line
					ORDER BY f.id
					""",
			"""
					MATCH (claim:Claim)-[:CLAIM_OF]->(f) WHERE claim.rank <> 'NORMAL' AND ($keep IS NULL OR NOT f:Retracted AND f.id IN $keep)
					RETURN {record: 'rankClaim', claim: {factId: f.id, field: claim.field, value: claim.value},
					        input: {claimId: claim.id, rank: claim.rank, reason: claim.rankReason}} AS line
					ORDER BY claim.rankedAt, claim.id
					""",
			"""
					MATCH (f:Retracted) WHERE $keep IS NULL
					  AND (f:Agreement OR f:AgreementLink OR f:Party OR f:AgreementAction OR f:Signature OR f:Event
					       OR f:Membership OR f:Tenure OR f:Attendance OR f:Source
					       OR f:Citation AND NOT EXISTS { (f)-[:FROM_SOURCE]->(s:Retracted) WHERE s.retractedAt = f.retractedAt }
					          AND EXISTS { (f)-[:SUPPORTS]->(x) WHERE x:Agreement OR x:AgreementLink OR x:Party
					                       OR x:AgreementAction OR x:Signature OR x:Event OR x:Membership OR x:Tenure
					                       OR x:Attendance })
					RETURN {record: 'retract', id: f.id + '#retracted', input: {id: f.id, reason: f.retractionReason}} AS line
					ORDER BY f.retractedAt, f.id
					""");

	/**
	 * The facts an export starts from when it names a country or an organisation: the
	 * agreements it, its organisations or their units are party to; their memberships,
	 * posts and attendances; and the memberships of others in an organisation named.
	 */
	private static final String ROOTS_AROUND = """
			CALL () {
			  MATCH (x:Country {code: $code}) RETURN x
			  UNION
			  MATCH (x:Organization {id: $organization}) RETURN x
			}
			CALL (x) {
			  MATCH (x)<-[:BASED_IN|PART_OF*0..4]-()<-[:ACTOR]-(p:Party)-[:OF_AGREEMENT]->(a:Agreement)
			  WHERE NOT p:Retracted AND NOT a:Retracted RETURN a AS f
			  UNION
			  MATCH (x)<-[:BASED_IN|PART_OF*0..4]-()<-[:MEMBER|WITHIN|ATTENDEE]-(f)
			  WHERE (f:Membership OR f:Tenure OR f:Attendance) AND NOT f:Retracted RETURN f
			  UNION
			  MATCH (x)<-[:OF_ORGANIZATION]-(f:Membership) WHERE NOT f:Retracted RETURN f
			}
			WITH collect(DISTINCT f) AS roots
			""";

	/** Every standing fact, for an export that names only dates. */
	private static final String ROOTS_ALL = """
			CALL () {
			  MATCH (f:Agreement) WHERE NOT f:Retracted RETURN f
			  UNION
			  MATCH (f) WHERE (f:Membership OR f:Tenure OR f:Attendance OR f:Event) AND NOT f:Retracted RETURN f
			}
			WITH collect(f) AS roots
			""";

	/**
	 * From the roots, those that may fall within {@code $from}–{@code $to} (a date known
	 * to the year lies in a range that overlaps its year, as the agreement filter reads
	 * it, and {@code $to} includes all of its own day, month or year, which {@code '~'},
	 * sorting after every digit and dash, stands for; undated facts fall in no range),
	 * then everything their lines need: the agreements' parties, steps, signatures and
	 * links among them; every person, organisation, event and place named, with the
	 * places, parents and organisers those name in turn; and the sources citing any of
	 * them. Countries are named by code and always present.
	 */
	private static final String CLOSURE = """
			WITH [f IN roots WHERE $from IS NULL AND $to IS NULL
			  OR f:Agreement AND EXISTS { MATCH (f)<-[:OF_AGREEMENT]-(x) WHERE (x:AgreementAction OR x:Signature)
			       AND NOT x:Retracted AND x.date IS NOT NULL AND ($to IS NULL OR x.date <= $to + '~') AND ($from IS NULL OR x.date + '~' >= $from) }
			  OR (f:Membership OR f:Tenure) AND f.start IS NOT NULL AND ($to IS NULL OR f.start <= $to + '~')
			       AND ($from IS NULL OR f.end IS NULL OR f.end + '~' >= $from)
			  OR f:Attendance AND EXISTS { MATCH (f)-[:AT_EVENT]->(e:Event) WHERE e.date IS NOT NULL
			       AND ($to IS NULL OR e.date <= $to + '~') AND ($from IS NULL OR e.date + '~' >= $from) }
			  OR f:Event AND f.date IS NOT NULL AND ($to IS NULL OR f.date <= $to + '~') AND ($from IS NULL OR f.date + '~' >= $from)
			] AS roots
			WITH roots, [a IN roots WHERE a:Agreement] AS agreements
			WITH roots + COLLECT { UNWIND agreements AS a MATCH (a)<-[:OF_AGREEMENT]-(part)
			                       WHERE (part:Party OR part:AgreementAction OR part:Signature) AND NOT part:Retracted RETURN part }
			           + COLLECT { UNWIND agreements AS a MATCH (a)<-[:OF_AGREEMENT]-(l:AgreementLink)-[:REFERS_TO]->(t)
			                       WHERE t IN agreements AND NOT l:Retracted RETURN l } AS facts
			WITH facts, COLLECT { UNWIND facts AS f
			                      MATCH (f)-[:ACTOR|SIGNER|ON_BEHALF_OF|BY_PARTY|AT_EVENT|MEMBER|OF_ORGANIZATION|HOLDER|WITHIN|ATTENDEE]->(e)
			                      WHERE NOT e:Country RETURN DISTINCT e } AS direct
			WITH facts, COLLECT { UNWIND facts + direct AS d MATCH (d)-[:HELD_AT|ORGANIZED_BY|PART_OF|LOCATED_IN*0..6]->(e)
			                      WHERE NOT e:Country RETURN DISTINCT e } AS entities
			WITH facts + entities AS nodes
			RETURN [n IN nodes | n.id]
			       + COLLECT { UNWIND nodes AS n MATCH (c:Citation {factKey: n.id})-[:SUPPORTS]->(n)
			                   WHERE NOT c:Retracted MATCH (c)-[:FROM_SOURCE]->(s:Source) RETURN DISTINCT s.id } AS kept
			""";

	private static final String KEPT_AROUND = ROOTS_AROUND + CLOSURE;

	private static final String KEPT_IN_RANGE = ROOTS_ALL + CLOSURE;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReadSessions sessions;

	GraphExport(ReadSessions sessions) {
		this.sessions = sessions;
	}

	/**
	 * Writes every line to {@code out}, flushing as it goes.
	 * @return how many lines were written, the end line included
	 */
	public long write(OutputStream out) {
		return write(out, null);
	}

	/**
	 * The ids an export holds that keeps to what concerns a country (ISO code) or an
	 * organisation (id), and to facts that may fall between two dates; null when the
	 * country or organisation is unknown.
	 */
	public @Nullable Set<String> keptFor(ExportFilter filter) {
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("code", filter.country());
		parameters.put("organization", filter.organization());
		parameters.put("from", filter.from());
		parameters.put("to", filter.to());
		try (Session session = this.sessions.open()) {
			if (filter.anchored()) {
				boolean known = session.run("""
						OPTIONAL MATCH (c:Country {code: $code}) OPTIONAL MATCH (o:Organization {id: $organization})
						RETURN c IS NOT NULL OR o IS NOT NULL AS known""", parameters)
					.single()
					.get("known")
					.asBoolean();
				if (!known) {
					return null;
				}
			}
			return Set.copyOf(this.sessions.run(session, filter.anchored() ? KEPT_AROUND : KEPT_IN_RANGE, parameters)
				.single()
				.get("kept")
				.asList(Value::asString));
		}
	}

	/**
	 * Writes the lines of the nodes whose ids {@code kept} holds, or of all when null,
	 * then the {@link EndLine} that says how many came before it.
	 * @return how many lines were written, the end line included
	 */
	public long write(OutputStream out, @Nullable Set<String> kept) {
		long lines = 0;
		try (Session session = this.sessions.open()) {
			for (String statement : STATEMENTS) {
				Map<String, Object> parameters = new java.util.HashMap<>();
				parameters.put("keep", (kept == null) ? null : List.copyOf(kept));
				Result result = this.sessions.run(session, statement, parameters);
				while (result.hasNext()) {
					Record record = result.next();
					Map<String, Object> line = countryByGlobalId(withoutNulls(record.get("line").asMap()));
					out.write(JSON.writeValueAsBytes(line));
					out.write('\n');
					lines++;
				}
				out.flush();
			}
			// a file cut short (a full disk, a stopped database, a dropped connection)
			// then lacks it, and the import says so
			out.write(JSON.writeValueAsBytes(EndLine.after(lines)));
			out.write('\n');
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines + 1;
	}

	/**
	 * Countries are not created by lines, so an importing graph knows them by their
	 * global id, the same in every graph, rather than by a line's id.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> countryByGlobalId(Map<String, Object> line) {
		Object country = line.remove("country");
		if (country != null && line.get("input") instanceof Map<?, ?> input) {
			Map<String, Object> changed = new java.util.LinkedHashMap<>((Map<String, Object>) input);
			changed.put("nodeId", GlobalId.encode(NodeType.COUNTRY, (String) country));
			line.put("input", changed);
		}
		return line;
	}

	/**
	 * A line says only what is known: absent fields stand for null, at any depth; so do
	 * Popolo's objects.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> withoutNulls(Map<String, Object> map) {
		Map<String, Object> kept = new java.util.LinkedHashMap<>();
		map.forEach((key, value) -> {
			if (value instanceof Map<?, ?> nested) {
				kept.put(key, withoutNulls((Map<String, Object>) nested));
			}
			else if (value instanceof List<?> list) {
				kept.put(key, list.stream()
					.map(item -> (item instanceof Map<?, ?> nested) ? withoutNulls((Map<String, Object>) nested) : item)
					.toList());
			}
			else if (value != null) {
				kept.put(key, value);
			}
		});
		return kept;
	}

}
