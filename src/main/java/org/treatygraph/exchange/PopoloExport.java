package org.treatygraph.exchange;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * People, organisations, posts and memberships as Popolo JSON (popoloproject.com), the
 * form tools for officials and their posts read. A post held in a country makes the
 * country an organisation of classification {@code country}, named by its ISO code. Each
 * section streams from its own statement.
 */
@Component
public class PopoloExport {

	/** A country by its ISO code, anything else by its id. */
	private static final String REFERENCE = "CASE WHEN x:Country THEN x.code ELSE x.id END";

	private static final String SOURCES = """
			COLLECT { MATCH (c:Citation {factKey: f.id})-[:SUPPORTS]->(f) WHERE NOT c:Retracted
			          MATCH (c)-[:FROM_SOURCE]->(s:Source) WHERE NOT s:Retracted
			          RETURN {url: s.url, note: c.quote} ORDER BY c.createdAt, c.id }""";

	/**
	 * Each section's statements; people, organisations and memberships read in the order
	 * of the index on their ids, as {@link GraphExport}'s lines are, so none sorts.
	 */
	static final Map<String, List<String>> SECTIONS = Map
		.of("persons", List.of("""
				MATCH (p:Person) USING INDEX p:Person(id) WHERE p.id IS NOT NULL AND NOT p:Retracted
				RETURN {id: p.id, name: p.name, other_names: [alias IN coalesce(p.aliases, []) | {name: alias}]} AS item
				ORDER BY p.id
				"""), "organizations",
				List.of("""
						MATCH (o:Organization) USING INDEX o:Organization(id) WHERE o.id IS NOT NULL AND NOT o:Retracted
						RETURN {id: o.id, name: o.name, classification: toLower(o.kind),
						        parent_id: [(o)-[:PART_OF]->(q:Organization) | q.id][0],
						        other_names: [name IN coalesce(o.aliases, []) + [n IN [o.acronym] WHERE n IS NOT NULL] | {name: name}]} AS item
						ORDER BY o.id
						""",
						"""
								MATCH (x:Country) WHERE EXISTS { (x)<-[:WITHIN|MEMBER]-(f) WHERE NOT f:Retracted }
								RETURN {id: x.code, name: x.name, classification: 'country',
								        identifiers: [{scheme: 'ISO 3166-1 alpha-2', identifier: x.code}]} AS item
								ORDER BY x.code
								"""),
				"posts", List.of("""
						MATCH (f:Tenure)-[:WITHIN]->(x) WHERE NOT f:Retracted
						WITH DISTINCT f.post AS label,
						""" + REFERENCE + """

						AS organization
						RETURN {id: organization + '/' + label, label: label, organization_id: organization} AS item
						ORDER BY organization, label
						"""), "memberships",
				List.of("""
						MATCH (p:Person)<-[:HOLDER]-(f:Tenure)-[:WITHIN]->(x) USING INDEX f:Tenure(id) WHERE f.id IS NOT NULL AND NOT f:Retracted
						RETURN {id: f.id, person_id: p.id, organization_id:
						"""
						+ REFERENCE + """
								, post_id:
								""" + REFERENCE + """

								+ '/' + f.post,
								        role: f.post, start_date: f.start, end_date: f.end, sources:
								""" + SOURCES + """
								} AS item
								ORDER BY f.id
								""",
						"""
								MATCH (x)<-[:MEMBER]-(f:Membership)-[:OF_ORGANIZATION]->(o:Organization) USING INDEX f:Membership(id)
								WHERE f.id IS NOT NULL AND NOT f:Retracted
								RETURN {id: f.id, member: {`@type`: 'Organization', id:
								"""
								+ REFERENCE + """
										}, organization_id: o.id,
										        role: toLower(replace(coalesce(f.kind, 'FULL_MEMBER'), '_', ' ')),
										        start_date: f.start, end_date: f.end, sources:
										""" + SOURCES + """
										} AS item
										ORDER BY f.id
										"""));

	private static final List<String> ORDER = List.of("persons", "organizations", "posts", "memberships");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReadSessions sessions;

	PopoloExport(ReadSessions sessions) {
		this.sessions = sessions;
	}

	/** Writes the four Popolo collections as one JSON object. */
	public void write(OutputStream out) {
		try (Session session = this.sessions.open(); JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			for (String section : ORDER) {
				json.writeName(section);
				json.writeStartArray();
				for (String statement : SECTIONS.get(section)) {
					Result result = this.sessions.run(session, statement, Map.of());
					while (result.hasNext()) {
						json.writePOJO(GraphExport.withoutNulls(result.next().get("item").asMap()));
					}
				}
				json.writeEndArray();
				json.flush();
			}
			json.writeEndObject();
		}
	}

}
