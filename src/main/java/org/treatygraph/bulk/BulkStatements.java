package org.treatygraph.bulk;

/**
 * The bulk loader's Cypher: each statement UNWINDs {@code $rows} and creates nodes shaped
 * exactly as the service's curation writes them, so every query reads bulk-loaded data as
 * it reads curated data. Each row names the nodes it attaches to by id.
 */
public final class BulkStatements {

	/** {@code {id, name, kind, naturalKey, country}}; country may be null. */
	public static final String ORGANIZATIONS = """
			UNWIND $rows AS row
			CREATE (o:Organization {id: row.id, name: row.name, kind: row.kind, aliases: [], naturalKey: row.naturalKey})
			WITH o, row WHERE row.country IS NOT NULL
			MATCH (c:Country {id: row.country})
			CREATE (o)-[:BASED_IN]->(c)
			""";

	/** {@code {id, name, naturalKey, country}}: a city in a country. */
	public static final String PLACES = """
			UNWIND $rows AS row
			MATCH (c:Country {id: row.country})
			CREATE (pl:Place {id: row.id, name: row.name, kind: 'CITY', aliases: [], naturalKey: row.naturalKey})-[:LOCATED_IN]->(c)
			""";

	/**
	 * {@code {id, name, naturalKey, tenures: [{id, post, organization, start, end}]}}.
	 */
	public static final String PERSONS = """
			UNWIND $rows AS row
			CREATE (p:Person {id: row.id, name: row.name, aliases: [], naturalKey: row.naturalKey})
			WITH p, row
			UNWIND row.tenures AS t
			MATCH (o:Organization {id: t.organization})
			CREATE (x:Tenure {id: t.id, post: t.post, start: t.start, startApproximate: false, end: t.end,
			                  endApproximate: false, version: 1})-[:HOLDER]->(p), (x)-[:WITHIN]->(o)
			""";

	/** {@code {id, title, publisher, text, contentHash}}. */
	public static final String SOURCES = """
			UNWIND $rows AS row
			CREATE (:Source {id: row.id, title: row.title, publisher: row.publisher, language: 'en', text: row.text,
			                 contentHash: row.contentHash})
			""";

	/**
	 * {@code {id, name, kind, date, naturalKey, place, attendances: [{id, person,
	 * role}]}}.
	 */
	public static final String EVENTS = """
			UNWIND $rows AS row
			MATCH (pl:Place {id: row.place})
			CREATE (e:Event {id: row.id, name: row.name, kind: row.kind, date: row.date, dateApproximate: false,
			                 naturalKey: row.naturalKey})-[:HELD_AT]->(pl)
			WITH e, row
			UNWIND row.attendances AS a
			MATCH (p:Person {id: a.person})
			CREATE (t:Attendance {id: a.id, role: a.role})-[:AT_EVENT]->(e), (t)-[:ATTENDEE]->(p)
			""";

	/**
	 * {@code {id, title, kind, summary, naturalKey, parties: [{id, actor, label}],
	 * actions: [{id, kind, date}], signatures: [{id, signer, country, post, date,
	 * event}]}}; a party's label is {@code Country} or {@code Organization}.
	 */
	public static final String AGREEMENTS = """
			UNWIND $rows AS row
			CREATE (a:Agreement {id: row.id, title: row.title, kind: row.kind, summary: row.summary, version: 1,
			                     naturalKey: row.naturalKey})
			WITH a, row
			CALL (a, row) {
			  UNWIND row.parties AS p
			  CALL (p) {
			    MATCH (c:Country {id: p.actor}) WHERE p.label = 'Country' RETURN c
			    UNION
			    MATCH (c:Organization {id: p.actor}) WHERE p.label = 'Organization' RETURN c
			  }
			  CREATE (x:Party {id: p.id, role: 'PARTY'}), (x)-[:OF_AGREEMENT]->(a), (x)-[:ACTOR]->(c)
			}
			CALL (a, row) {
			  UNWIND row.actions AS s
			  CREATE (x:AgreementAction {id: s.id, kind: s.kind, date: s.date, dateApproximate: false})-[:OF_AGREEMENT]->(a)
			}
			CALL (a, row) {
			  UNWIND row.signatures AS s
			  MATCH (p:Person {id: s.signer}), (c:Country {id: s.country})
			  CREATE (x:Signature {id: s.id, post: s.post, date: s.date, dateApproximate: false}),
			         (x)-[:OF_AGREEMENT]->(a), (x)-[:SIGNER]->(p), (x)-[:ON_BEHALF_OF]->(c)
			  WITH x, s WHERE s.event IS NOT NULL
			  MATCH (e:Event {id: s.event})
			  CREATE (x)-[:AT_EVENT]->(e)
			}
			""";

	/** {@code {id, member, organization, start, end}}: a country's membership. */
	public static final String MEMBERSHIPS = """
			UNWIND $rows AS row
			MATCH (c:Country {id: row.member}), (o:Organization {id: row.organization})
			CREATE (m:Membership {id: row.id, kind: 'FULL_MEMBER', start: row.start, startApproximate: false, end: row.end, endApproximate: false}),
			       (m)-[:MEMBER]->(c), (m)-[:OF_ORGANIZATION]->(o)
			""";

	private BulkStatements() {
	}

	/**
	 * {@code {id, fact, source, quote}} for facts of one label, chosen from the
	 * generator's own list: a label cannot be a parameter and still let Neo4j find the
	 * fact by its index.
	 */
	public static String citations(String label) {
		return """
				UNWIND $rows AS row
				MATCH (f:""" + label
				+ """
						 {id: row.fact}), (s:Source {id: row.source})
						CREATE (c:Citation {id: row.id, quote: row.quote, factKey: row.fact})-[:SUPPORTS]->(f), (c)-[:FROM_SOURCE]->(s)
						""";
	}

}
